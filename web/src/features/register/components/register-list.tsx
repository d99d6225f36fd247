import { useQuery } from '@tanstack/react-query';
import { ContentApiError } from '@thads/content';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { Pagination } from '../../../components/pagination';
import { PastLastPage } from '../../../components/past-last-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { registerQueryOptions } from '../api/search-register';
import { registerQuery, registerSearch, type RegisterFilters } from '../register-url';

/** The entries the register's search found, in name order, each linking to its own page (on its agency's pages). */
export function RegisterList({ agency, filters }: { agency: string | null; filters: RegisterFilters }) {
  const { linkTo, agencyOf } = useAgency();
  const result = useQuery(registerQueryOptions(agency, registerQuery(filters)));
  const hrefFor = (page: number) => paths.register.build(registerSearch(filters, page));
  if (result.isPending) return <LoadingState label="Đang tải danh sách…" lines={6} />;
  if (result.isError)
    return result.error instanceof ContentApiError && result.error.status === 400 ? (
      <p className="notice" role="alert">
        {result.error.message}
      </p>
    ) : (
      <ErrorState error={result.error} onRetry={() => void result.refetch()} />
    );
  const { data, meta } = result.data;
  if (data.length === 0 && filters.page > 1)
    return <PastLastPage page={filters.page} firstPageHref={hrefFor(1)} label="Danh sách" />;
  if (data.length === 0)
    return <EmptyState>{filters.q ? 'Không tìm thấy người nào phù hợp.' : 'Danh sách chưa có người nào.'}</EmptyState>;
  const { total, totalIsLowerBound } = meta.pagination;
  return (
    <>
      <p className="list-count">
        {totalIsLowerBound ? 'Hơn ' : ''}
        {total.toLocaleString('vi-VN')} người
      </p>
      <ul className="record-list" aria-busy={result.isPlaceholderData}>
        {data.map((entry) => (
          <li key={entry.documentId} className="record-card">
            <h2 className="record-card__title">
              <Link href={linkTo(entry.agency, paths.registerEntry.build(entry.documentId))}>{entry.fullName}</Link>
            </h2>
            <p className="record-card__meta">
              {entry.birthYear ? <span>Năm sinh: {entry.birthYear}</span> : null}
              <span>
                Quyết định thi hành án số {entry.decisionNumber} ngày <FormattedDate value={entry.decisionDate} />
              </span>
              <span>{entry.unit?.name ?? agencyOf(entry.agency)?.name}</span>
            </p>
            <p className="record-card__summary">{entry.obligation}</p>
          </li>
        ))}
      </ul>
      <Pagination
        page={meta.pagination.page}
        pageCount={meta.pagination.pageCount}
        hrefFor={hrefFor}
        label="Phân trang: danh sách"
      />
    </>
  );
}
