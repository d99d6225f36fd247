import { Link } from 'wouter';
import { paths } from '../config/paths';
import { SearchForm } from './search-form';
import { usePageHead } from '../lib/use-document-meta';
import { useRenderStatus } from '../lib/render-status';

/**
 * The page for a path, slug or day that does not exist: its own title, and ways to go on. `ownHead={false}` inside a
 * page that keeps its own head tags whatever it shows (a preview stays unindexed, its URL never sent as a referrer).
 */
export function NotFoundState({
  what = 'Trang hoặc bài viết bạn tìm',
  reason = `${what} không tồn tại, hoặc đã được gỡ xuống.`,
  ownHead = true,
}: {
  what?: string;
  /** The whole first sentence, when "… không tồn tại, hoặc đã được gỡ xuống" does not fit (a day not in the calendar). */
  reason?: string;
  ownHead?: boolean;
}) {
  usePageHead(ownHead ? { kind: 'notFound' } : null);
  useRenderStatus(404);
  return (
    <section className="not-found">
      <h1 className="page-title">Không tìm thấy trang</h1>
      <p>{reason} Bạn có thể tìm tin bài cần đọc:</p>
      <SearchForm variant="page" />
      <ul>
        <li>
          <Link href={paths.home.build()}>Về trang chủ</Link>
        </li>
        <li>
          <Link href={paths.campaignThemes.build()}>Xem các phong trào thi đua</Link>
        </li>
      </ul>
    </section>
  );
}
