import { useQuery } from '@tanstack/react-query';
import {
  ContentApiError,
  isPreviewType,
  type Author,
  type CampaignTheme,
  type Category,
  type PreviewType,
} from '@thads/content';
import { useSearch } from 'wouter';
import { BlocksRenderer } from '../../components/blocks-renderer';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { ArticleView } from '../../features/articles/components/article-view';
import { previewQueryOptions } from '../../features/preview/api/get-preview';
import { usePageHead } from '../../lib/use-document-meta';

function ExpiredState() {
  return (
    <div className="notice notice--error" role="alert">
      <h1>Liên kết xem trước đã hết hạn</h1>
      <p>
        Liên kết này đã hết hạn hoặc không hợp lệ. Hãy mở lại bản xem trước từ trang quản trị (mỗi lần mở là một liên
        kết mới, dùng được trong ít phút).
      </p>
    </div>
  );
}

/** Authors, categories and campaign themes as their pages introduce them (their article lists are public reads). */
function DocumentPreview({ item }: { item: Author | CampaignTheme | Category }) {
  const intro = 'bio' in item ? item.bio : 'slogan' in item ? item.slogan : item.description;
  return (
    <article>
      <h1 className="page-title">{item.name}</h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
      {'slogan' in item ? <BlocksRenderer blocks={item.description} /> : null}
    </article>
  );
}

function PreviewPage({ type, documentId, token }: { type: PreviewType; documentId: string; token: string }) {
  const query = useQuery(previewQueryOptions(type, documentId, token));
  const preview = query.data ?? null;
  const title = preview ? ('title' in preview.data ? preview.data.title : preview.data.name) : null;
  // The page's head while it is shown, whatever state it is in (pageHead's preview tags: never indexed, no referrer).
  usePageHead({ kind: 'preview', title });

  if (query.isPending) return <LoadingState label="Đang tải bản xem trước…" lines={8} />;
  if (query.error instanceof ContentApiError && query.error.status === 404)
    return <NotFoundState what="Bản nháp bạn xem trước" ownHead={false} />;
  if (query.error instanceof ContentApiError && query.error.status >= 400 && query.error.status < 500)
    return <ExpiredState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!preview) return <NotFoundState what="Bản nháp bạn xem trước" ownHead={false} />;
  return (
    <>
      <p className="notice preview-banner" role="status">
        <strong>
          {preview.meta.status === 'draft' ? 'Bản xem trước — chưa xuất bản' : 'Bản xem trước — bản đang xuất bản'}
        </strong>
      </p>
      {'title' in preview.data ? <ArticleView article={preview.data} /> : <DocumentPreview item={preview.data} />}
    </>
  );
}

/** `/xem-truoc/:type/:documentId?token=…`: the page the admin's preview frame shows, for a draft or the published version. */
export default function PreviewRoute({ type, documentId }: { type: string; documentId: string }) {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const valid = isPreviewType(type) && token !== '';
  // A link that cannot be read has the preview's head too; a readable one gets it from PreviewPage.
  usePageHead(valid ? null : { kind: 'preview', title: null });
  if (!valid) return <ExpiredState />;
  return <PreviewPage type={type} documentId={documentId} token={token} />;
}
