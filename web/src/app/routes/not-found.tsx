import { Link } from 'wouter';
import { paths } from '../../config/paths';
import { useDocumentMeta } from '../../lib/use-document-title';

export default function NotFoundRoute() {
  useDocumentMeta('Không tìm thấy trang');
  return (
    <section className="not-found">
      <h1 className="page-title">Không tìm thấy trang</h1>
      <p>Trang hoặc bài viết bạn tìm không tồn tại, hoặc đã được gỡ xuống.</p>
      <p>
        <Link href={paths.home.build()}>Về trang chủ</Link>
      </p>
    </section>
  );
}
