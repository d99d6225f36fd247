import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticeListQuery } from '@thads/content';
import { Pagination } from '../../../components/pagination';
import { PastLastPage } from '../../../components/past-last-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { ServerHtml } from '../../../lib/server-html';
import { noticesQueryOptions } from '../api/get-notices';
import { NoticeCard } from './notice-card';

/** Notices of one agency (null: every agency's, each card naming its agency), open or expired. */
export function NoticeList({
  agency,
  query,
  hrefFor,
  label,
  emptyMessage,
}: {
  agency: string | null;
  query: Omit<NoticeListQuery, 'agency'> & { page: number };
  hrefFor?: (page: number) => string;
  label: string;
  emptyMessage: string;
}) {
  const queryClient = useQueryClient();
  const result = useQuery(noticesQueryOptions(agency, query));
  if (result.isPending) return <LoadingState label={`Đang tải ${label.toLowerCase()}…`} />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  const { data, meta } = result.data;
  if (data.length === 0 && query.page > 1 && hrefFor)
    return <PastLastPage page={query.page} firstPageHref={hrefFor(1)} label={label} />;
  if (data.length === 0) return <EmptyState>{emptyMessage}</EmptyState>;
  return (
    <>
      <p className="list-count">{meta.pagination.total.toLocaleString('vi-VN')} thông báo</p>
      <ul className="record-list" aria-busy={result.isPlaceholderData}>
        <ServerHtml of={data}>
          {data.map((notice) => (
            <NoticeCard key={notice.documentId} notice={notice} showAgency={agency === null} />
          ))}
        </ServerHtml>
      </ul>
      {hrefFor ? (
        <Pagination
          page={meta.pagination.page}
          pageCount={meta.pagination.pageCount}
          hrefFor={hrefFor}
          label={`Phân trang: ${label}`}
          onPrefetch={(page) => void queryClient.prefetchQuery(noticesQueryOptions(agency, { ...query, page }))}
        />
      ) : null}
    </>
  );
}
