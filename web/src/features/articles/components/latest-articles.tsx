import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { articlesQueryOptions } from '../api/get-articles';
import { ArticleCard } from './article-card';

const PAGE_SIZE = 10;

export function LatestArticles({ page }: { page: number }) {
  const query = useQuery(articlesQueryOptions({ page, pageSize: PAGE_SIZE }));
  if (query.isPending) return <LoadingState label="Đang tải tin mới…" lines={6} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const { data, meta } = query.data;
  if (data.length === 0) return <EmptyState>Chưa có tin bài nào được đăng.</EmptyState>;
  const { pageCount } = meta.pagination;
  return (
    <>
      <div className="article-list">
        {data.map((article) => (
          <ArticleCard key={article.documentId} article={article} />
        ))}
      </div>
      {pageCount > 1 ? (
        <nav className="pagination" aria-label="Phân trang tin mới">
          {page > 1 ? <Link href={paths.home.build(page - 1)}>‹ Trang trước</Link> : <span />}
          <span>
            Trang {page} / {pageCount}
          </span>
          {page < pageCount ? <Link href={paths.home.build(page + 1)}>Trang sau ›</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
