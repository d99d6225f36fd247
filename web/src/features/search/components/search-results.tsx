import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ContentApiError, type SearchHit, type SearchParams } from '@thads/content';
import { highlight } from '@thads/vietnamese';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { HighlightedText } from '../../../components/highlighted-text';
import { Pagination } from '../../../components/pagination';
import { PastLastPage } from '../../../components/past-last-page';
import { CardThumbnail, EAGER_CARDS } from '../../../components/responsive-image';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { useRenderStatus } from '../../../lib/render-status';
import { ServerHtml } from '../../../lib/server-html';
import { searchQueryOptions } from '../api/search-articles';
import { searchUrl } from '../search-url';

/**
 * What a search found: a hint without a query, loading and errors, advice when nothing matched, or the hits, each
 * naming its agency and linking to the article on that agency's pages.
 */
export function SearchResults({
  params,
  hitBadge,
}: {
  params: SearchParams;
  /** Marks of a hit that belong to another feature (the staff badge). */
  hitBadge: (hit: SearchHit) => ReactNode;
}) {
  const queryClient = useQueryClient();
  const { scope, agencyOf, linkTo } = useAgency();
  const result = useQuery(searchQueryOptions(scope, params));
  const hasQuery = params.q.trim().length > 0;
  const filtered = Boolean(
    params.category || params.theme || params.author || params.from || params.to || (scope.national && params.agency),
  );

  let body;
  if (!hasQuery) {
    body = (
      <p className="notice">
        Nhập từ khóa để tìm tin bài. Có thể gõ không dấu (ví dụ “thi dua khen thuong”); đặt cụm từ trong dấu ngoặc kép
        để tìm đúng cụm.
      </p>
    );
  } else if (result.isPending || (result.isPlaceholderData && result.data.data.length === 0)) {
    body = <LoadingState label="Đang tìm kiếm…" lines={6} />;
  } else if (result.isError) {
    body =
      result.error instanceof ContentApiError && result.error.status === 400 ? (
        <RefusedQuery message={result.error.message} />
      ) : (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      );
  } else if (result.data.data.length === 0 && (params.page ?? 1) > 1) {
    body = <PastLastPage page={params.page ?? 1} firstPageHref={searchUrl(params, 1)} label="Kết quả tìm kiếm" />;
  } else if (result.data.data.length === 0) {
    body = (
      <div className="notice" role="status">
        <p>
          Không tìm thấy kết quả nào cho “<strong>{params.q}</strong>”{filtered ? ' với bộ lọc đã chọn' : ''}.
        </p>
        <ul>
          <li>Kiểm tra lại chính tả, hoặc thử gõ không dấu.</li>
          <li>Dùng ít từ hơn, hoặc từ chung hơn.</li>
          {filtered ? (
            <li>
              <Link href={paths.search.build({ q: params.q })}>Bỏ bộ lọc và tìm lại</Link>
            </li>
          ) : null}
        </ul>
      </div>
    );
  } else {
    const { data, meta } = result.data;
    // The last query's hits stay on screen while a new one is searched: its count is not this query's.
    const searching = result.isPlaceholderData;
    body = (
      <>
        <p role="status" className="list-count">
          {searching
            ? `Đang tìm “${params.q}”…`
            : `Tìm thấy ${meta.pagination.total.toLocaleString('vi-VN')} kết quả cho “${params.q}”`}
        </p>
        <ol
          className="search-results"
          aria-busy={searching}
          start={(meta.pagination.page - 1) * meta.pagination.pageSize + 1}
        >
          <ServerHtml of={result.data}>
            {data.map((hit, index) => (
              <li key={hit.documentId} className="article-card">
                <CardThumbnail image={hit.cover} loading={index < EAGER_CARDS ? 'eager' : 'lazy'} />
                <h2 className="article-card__title">
                  <Link href={linkTo(hit.agency, paths.article.build(hit.slug))}>
                    <HighlightedText segments={highlight(hit.title, meta.query)} />
                  </Link>
                </h2>
                <p className="article-card__meta">
                  <span className="article-card__agency">{agencyOf(hit.agency)?.name ?? hit.agency} · </span>
                  <FormattedDate value={hit.date} />
                  {hit.category ? <span> · {hit.category.name}</span> : null}
                  {hit.isSample ? <span className="badge">Bài mẫu</span> : null}
                  {hitBadge(hit)}
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
          hrefFor={(page) => searchUrl(params, page)}
          label="Phân trang kết quả tìm kiếm"
          onPrefetch={(page) => void queryClient.prefetchQuery(searchQueryOptions(scope, { ...params, page }))}
        />
      </>
    );
  }

  return body;
}

/**
 * The CMS's reason for refusing a query (status 400 for the page too). Its messages read "Vietnamese (English)": the
 * English half is marked as such, so that a screen reader's Vietnamese voice does not read it (WCAG 3.1.2).
 */
export function RefusedQuery({ message }: { message: string }) {
  useRenderStatus(400);
  const [, vietnamese = message, english] = /^(.*?)\s*(\([^()]*\))?$/s.exec(message) ?? [];
  return (
    <p className="notice notice--error" role="alert">
      {vietnamese}
      {english ? (
        <>
          {' '}
          <span lang="en">{english}</span>
        </>
      ) : null}
    </p>
  );
}
