import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Pagination } from '../../../components/pagination';
import { PastLastPage } from '../../../components/past-last-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { ServerHtml } from '../../../lib/server-html';
import { legalDocumentsQueryOptions } from '../api/get-legal-documents';
import { DOCUMENTS_PAGE_SIZE, type LegalDocumentFilters } from '../legal-document-url';
import { LegalDocumentCard } from './legal-document-card';

/** A paginated list of one agency's documents with the filters of the address. */
export function LegalDocumentList({
  agency,
  filters,
  hrefFor,
  label,
  emptyMessage,
}: {
  agency: string;
  filters: LegalDocumentFilters;
  hrefFor: (page: number) => string;
  label: string;
  emptyMessage: string;
}) {
  const queryClient = useQueryClient();
  const query = { ...filters, pageSize: DOCUMENTS_PAGE_SIZE };
  const result = useQuery(legalDocumentsQueryOptions(agency, query));
  if (result.isPending) return <LoadingState label={`Đang tải ${label.toLowerCase()}…`} />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  const { data, meta } = result.data;
  if (data.length === 0 && filters.page > 1)
    return <PastLastPage page={filters.page} firstPageHref={hrefFor(1)} label={label} />;
  if (data.length === 0) return <EmptyState>{emptyMessage}</EmptyState>;
  return (
    <>
      <p className="list-count">{meta.pagination.total.toLocaleString('vi-VN')} văn bản</p>
      <ul className="record-list" aria-busy={result.isPlaceholderData}>
        <ServerHtml of={data}>
          {data.map((document) => (
            <LegalDocumentCard key={document.documentId} document={document} />
          ))}
        </ServerHtml>
      </ul>
      <Pagination
        page={meta.pagination.page}
        pageCount={meta.pagination.pageCount}
        hrefFor={hrefFor}
        label={`Phân trang: ${label}`}
        onPrefetch={(page) => void queryClient.prefetchQuery(legalDocumentsQueryOptions(agency, { ...query, page }))}
      />
    </>
  );
}
