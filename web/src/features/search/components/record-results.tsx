import { useQuery } from '@tanstack/react-query';
import { ContentApiError, type SearchParams } from '@thads/content';
import { highlight } from '@thads/vietnamese';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { HighlightedText } from '../../../components/highlighted-text';
import { Pagination } from '../../../components/pagination';
import { PastLastPage } from '../../../components/past-last-page';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { ServerHtml } from '../../../lib/server-html';
import { searchRecordsQueryOptions } from '../api/search-articles';
import { searchKindUrl, type SearchKind } from '../search-url';
import { RefusedQuery } from './search-results';

/**
 * Documents or notices the site search found, their own kind of result: a document by its number however it is typed
 * (the exact number first), or by the words of its summary; each on its agency's pages (the central department's
 * documents on this agency's).
 */
export function RecordResults({
  params,
  kind,
  kindLabel,
}: {
  params: SearchParams;
  kind: SearchKind;
  /** How readers name a document's or notice's kind (`decree` → "Nghị định"). */
  kindLabel: (kind: string) => string;
}) {
  const { scope, agencyOf, linkTo, agency: current } = useAgency();
  const result = useQuery(searchRecordsQueryOptions(scope, kind, params));
  const what = kind === 'legal-document' ? 'văn bản' : 'thông báo';
  if (!params.q.trim())
    return (
      <p className="notice">
        {kind === 'legal-document'
          ? 'Nhập số hiệu (ví dụ 42/2022/NĐ-CP, hoặc “42 2022 nd cp”) hoặc từ trong trích yếu văn bản.'
          : 'Nhập từ trong tiêu đề hoặc nội dung thông báo.'}
      </p>
    );
  if (result.isPending) return <LoadingState label="Đang tìm kiếm…" lines={6} />;
  if (result.isError)
    return result.error instanceof ContentApiError && result.error.status === 400 ? (
      <RefusedQuery message={result.error.message} />
    ) : (
      <ErrorState error={result.error} onRetry={() => void result.refetch()} />
    );
  const { data, meta } = result.data;
  const page = params.page ?? 1;
  if (data.length === 0 && page > 1)
    return <PastLastPage page={page} firstPageHref={searchKindUrl(params.q, kind)} label="Kết quả tìm kiếm" />;
  if (data.length === 0)
    return (
      <div className="notice" role="status">
        <p>
          Không tìm thấy {what} nào cho “<strong>{params.q}</strong>”.
        </p>
      </div>
    );
  const hrefOf = (hit: (typeof data)[number]) =>
    hit.type === 'legal-document'
      ? linkTo(hit.agency === scope.central ? current.code : hit.agency, paths.legalDocument.build(hit.slug))
      : linkTo(hit.agency, paths.notice.build(hit.slug));
  return (
    <>
      <p role="status" className="list-count">
        {result.isPlaceholderData
          ? `Đang tìm “${params.q}”…`
          : `Tìm thấy ${meta.pagination.total.toLocaleString('vi-VN')} ${what} cho “${params.q}”`}
      </p>
      <ol
        className="search-results"
        aria-busy={result.isPlaceholderData}
        start={(meta.pagination.page - 1) * meta.pagination.pageSize + 1}
      >
        <ServerHtml of={result.data}>
          {data.map((hit) => (
            <li key={hit.documentId} className="article-card">
              <h2 className="article-card__title">
                <Link href={hrefOf(hit)}>
                  <HighlightedText
                    segments={highlight(hit.number ? `${kindLabel(hit.kind)} số ${hit.number}` : hit.title, meta.query)}
                  />
                </Link>
              </h2>
              <p className="article-card__meta">
                <span className="article-card__agency">{agencyOf(hit.agency)?.name ?? hit.agency} · </span>
                {hit.number ? null : <span>{kindLabel(hit.kind)} · </span>}
                <FormattedDate value={hit.date} />
                {hit.expired ? <span className="status status--expired">Đã hết hạn</span> : null}
              </p>
              <p className="search-results__snippet">
                <HighlightedText segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ServerHtml>
      </ol>
      <Pagination
        page={meta.pagination.page}
        pageCount={meta.pagination.pageCount}
        hrefFor={(target) => searchKindUrl(params.q, kind, target)}
        label="Phân trang kết quả tìm kiếm"
      />
    </>
  );
}
