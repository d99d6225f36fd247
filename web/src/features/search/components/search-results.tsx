import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { ContentApiError, questionTopicLabel, type Pagination as PageInfo, type SearchHit } from '@thads/content';
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
import { questionSearchQueryOptions } from '../api/search-questions';
import { searchUrl, type SiteSearchParams } from '../search-url';

/** A page of what a search found, of any kind of result. */
type Found<T> = { data: T[]; meta: { pagination: PageInfo; query: { terms: string[]; phrases: string[][] } } };

/**
 * What a search found, whatever its kind: a hint without a query, loading and errors, advice when nothing matched, or
 * the hits (drawn by `hits`) with their count and pages.
 */
export function SearchOutcome<T>({
  params,
  result,
  filtered,
  hint,
  hits,
  onPrefetch,
  noun = 'kết quả',
}: {
  params: SiteSearchParams;
  result: UseQueryResult<Found<T>>;
  filtered: boolean;
  hint: string;
  hits: (found: Found<T>) => ReactNode;
  onPrefetch: (page: number) => void;
  /** What was searched for, in its count ("văn bản"; "kết quả" by default). */
  noun?: string;
}) {
  const hasQuery = params.q.trim().length > 0;
  if (!hasQuery) return <p className="notice">{hint}</p>;
  if (result.isPending || (result.isPlaceholderData && result.data.data.length === 0))
    return <LoadingState label="Đang tìm kiếm…" lines={6} />;
  if (result.isError)
    return result.error instanceof ContentApiError && result.error.status === 400 ? (
      <RefusedQuery message={result.error.message} />
    ) : (
      <ErrorState error={result.error} onRetry={() => void result.refetch()} />
    );
  if (result.data.data.length === 0 && (params.page ?? 1) > 1)
    return <PastLastPage page={params.page ?? 1} firstPageHref={searchUrl(params, 1)} label="Kết quả tìm kiếm" />;
  if (result.data.data.length === 0)
    return (
      <div className="notice" role="status">
        <p>
          Không tìm thấy {noun} nào cho “<strong>{params.q}</strong>”{filtered ? ' với bộ lọc đã chọn' : ''}.
        </p>
        <ul>
          <li>Kiểm tra lại chính tả, hoặc thử gõ không dấu.</li>
          <li>Dùng ít từ hơn, hoặc từ chung hơn.</li>
          {filtered ? (
            <li>
              <Link href={searchUrl({ q: params.q, kind: params.kind })}>Bỏ bộ lọc và tìm lại</Link>
            </li>
          ) : null}
        </ul>
      </div>
    );
  const { meta } = result.data;
  // The last query's hits stay on screen while a new one is searched: its count is not this query's.
  const searching = result.isPlaceholderData;
  return (
    <>
      <p role="status" className="list-count">
        {searching
          ? `Đang tìm “${params.q}”…`
          : `Tìm thấy ${meta.pagination.total.toLocaleString('vi-VN')} ${noun} cho “${params.q}”`}
      </p>
      <ol
        className="search-results"
        aria-busy={searching}
        start={(meta.pagination.page - 1) * meta.pagination.pageSize + 1}
      >
        <ServerHtml of={result.data}>{hits(result.data)}</ServerHtml>
      </ol>
      <Pagination
        page={meta.pagination.page}
        pageCount={meta.pagination.pageCount}
        hrefFor={(page) => searchUrl(params, page)}
        label="Phân trang kết quả tìm kiếm"
        onPrefetch={onPrefetch}
      />
    </>
  );
}

/**
 * What a search of articles found: each hit naming its agency and linking to the article on that agency's pages.
 */
export function SearchResults({
  params,
  hitBadge,
}: {
  params: SiteSearchParams;
  /** Marks of a hit that belong to another feature (the staff badge). */
  hitBadge: (hit: SearchHit) => ReactNode;
}) {
  const queryClient = useQueryClient();
  const { scope, agencyOf, linkTo } = useAgency();
  const result = useQuery(searchQueryOptions(scope, params));
  const filtered = Boolean(
    params.category || params.theme || params.author || params.from || params.to || (scope.national && params.agency),
  );
  return (
    <SearchOutcome
      params={params}
      result={result}
      filtered={filtered}
      hint="Nhập từ khóa để tìm tin bài. Có thể gõ không dấu (ví dụ “thi dua khen thuong”); đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm."
      onPrefetch={(page) => void queryClient.prefetchQuery(searchQueryOptions(scope, { ...params, page }))}
      hits={({ data, meta }) =>
        data.map((hit, index) => (
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
        ))
      }
    />
  );
}

/**
 * What a search of citizens' published questions found (their own kind of result): each names its agency and topic
 * and links to the question and its answer on that agency's pages. Never who asked: the index has no contacts.
 */
export function QuestionSearchResults({ params }: { params: SiteSearchParams }) {
  const queryClient = useQueryClient();
  const { scope, agencyOf, linkTo } = useAgency();
  const result = useQuery(questionSearchQueryOptions(scope, params));
  return (
    <SearchOutcome
      params={params}
      result={result}
      filtered={Boolean(params.topic || (scope.national && params.agency))}
      hint="Nhập từ khóa để tìm trong các câu hỏi của người dân đã được trả lời. Có thể gõ không dấu."
      onPrefetch={(page) => void queryClient.prefetchQuery(questionSearchQueryOptions(scope, { ...params, page }))}
      hits={({ data, meta }) =>
        data.map((hit) => (
          <li key={hit.documentId} className="article-card question-card">
            <h2 className="article-card__title citizen-text">
              {hit.slug ? (
                <Link href={linkTo(hit.agency, paths.question.build(hit.slug))}>
                  <HighlightedText segments={highlight(hit.title, meta.query)} />
                </Link>
              ) : (
                <HighlightedText segments={highlight(hit.title, meta.query)} />
              )}
            </h2>
            <p className="article-card__meta">
              <span className="badge">Hỏi đáp</span>{' '}
              <span className="article-card__agency">{agencyOf(hit.agency)?.name ?? hit.agency} · </span>
              {questionTopicLabel(hit.topic)}
              {hit.answeredAt ? (
                <>
                  {' · Trả lời ngày '}
                  <FormattedDate value={hit.answeredAt} />
                </>
              ) : null}
              {hit.isSample ? <span className="badge">Mẫu</span> : null}
            </p>
            <p className="search-results__snippet citizen-text">
              <HighlightedText segments={hit.snippet} />
            </p>
          </li>
        ))
      }
    />
  );
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
