import { useQuery } from '@tanstack/react-query';
import { vietnamDay } from '@thads/vietnamese';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { DayPicker } from '../../features/archive/components/day-picker';
import { articleQueryOptions } from '../../features/articles/api/get-article';
import { ArticleView } from '../../features/articles/components/article-view';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

export default function ArticleRoute({ slug }: { slug: string }) {
  const { code } = useAgency().scope;
  const query = useQuery(articleQueryOptions(code, slug));
  const article = query.data ?? null;
  usePageHead(article ? { kind: 'article', article } : null);

  if (query.isPending) return <LoadingState label="Đang tải bài viết…" lines={8} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!article) return <NotFoundState what="Bài viết bạn tìm" />;
  // The day picker belongs to the archive feature: the route composes it after the article.
  return (
    <>
      <ArticleView article={article} />
      <DayPicker initialDay={vietnamDay(article.date)} />
    </>
  );
}
