import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleListQuery } from '@thads/content';
import { Pagination } from '../../../components/pagination';
import { PastLastPage } from '../../../components/past-last-page';
import { EAGER_CARDS } from '../../../components/responsive-image';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useAgency } from '../../../lib/agency';
import { ServerHtml } from '../../../lib/server-html';
import { articlesQueryOptions } from '../api/get-articles';
import { ArticleCard } from './article-card';

type ArticleListProps = {
  /** Which of the agency's articles (category, author, theme, day…), without the page. */
  query: Omit<ArticleListQuery, 'page' | 'agency'>;
  page: number;
  hrefFor: (page: number) => string;
  emptyMessage: string;
  label: string;
  headingLevel?: 2 | 3;
};

/** A paginated list of the agency's article cards; the next page loads when a reader points at its link. */
export function ArticleList({ query, page, hrefFor, emptyMessage, label, headingLevel = 2 }: ArticleListProps) {
  const queryClient = useQueryClient();
  const { code } = useAgency().scope;
  const result = useQuery(articlesQueryOptions(code, { ...query, page }));
  if (result.isPending) return <LoadingState label={`Đang tải ${label.toLowerCase()}…`} lines={6} />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;

  const { data, meta } = result.data;
  if (data.length === 0 && page > 1) return <PastLastPage page={page} firstPageHref={hrefFor(1)} label={label} />;
  if (data.length === 0) return <EmptyState>{emptyMessage}</EmptyState>;
  // While another page loads, the cards on screen are still those of the page named below them.
  const loadingAnother = result.isPlaceholderData;
  return (
    <>
      <p className="list-count">{meta.pagination.total.toLocaleString('vi-VN')} tin bài</p>
      <div className="article-list" aria-busy={loadingAnother}>
        <ServerHtml of={data}>
          {data.map((article, index) => (
            <ArticleCard
              key={article.documentId}
              article={article}
              headingLevel={headingLevel}
              imageLoading={index < EAGER_CARDS ? 'eager' : 'lazy'}
            />
          ))}
        </ServerHtml>
      </div>
      <Pagination
        page={meta.pagination.page}
        pageCount={meta.pagination.pageCount}
        hrefFor={hrefFor}
        label={`Phân trang: ${label}`}
        onPrefetch={(target) => void queryClient.prefetchQuery(articlesQueryOptions(code, { ...query, page: target }))}
      />
    </>
  );
}
