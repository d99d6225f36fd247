import { useQuery } from '@tanstack/react-query';
import { useSearch } from 'wouter';
import { SearchForm } from '../../components/search-form';
import { StaffBadge } from '../../features/articles/components/staff-badge';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { agencyOptions } from '../../features/agencies/agency-tree';
import { isLegalDocumentKind, LEGAL_DOCUMENT_KINDS } from '../../features/legal-documents/labels';
import { isNoticeKind, NOTICE_KINDS } from '../../features/notices/labels';
import { SearchFilters } from '../../features/search/components/search-filters';
import { SearchKinds } from '../../features/search/components/search-kinds';
import { QuestionSearchResults, SearchResults } from '../../features/search/components/search-results';
import { RecordResults } from '../../features/search/components/record-results';
import { searchKindParam, searchParamsFromUrl, type SiteSearchParams } from '../../features/search/search-url';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

/**
 * The filters of news (category, campaign, period) or of citizens' questions (topic), with the lists they offer,
 * fetched only once there is a query to filter; on the central department's search (of every agency), the agency too.
 */
function Filters({ params }: { params: SiteSearchParams }) {
  const { scope, directory } = useAgency();
  const articles = params.kind === 'article';
  const categories = useQuery({ ...categoriesQueryOptions(), enabled: articles }).data ?? [];
  const themes = useQuery({ ...campaignThemesQueryOptions(scope), enabled: articles }).data ?? [];
  return (
    <SearchFilters
      params={params}
      categories={categories}
      themes={themes}
      agencies={scope.national ? agencyOptions(directory) : undefined}
    />
  );
}

const kindLabel = (kind: string) =>
  isLegalDocumentKind(kind) ? LEGAL_DOCUMENT_KINDS[kind] : isNoticeKind(kind) ? NOTICE_KINDS[kind] : kind;

export default function SearchRoute() {
  const search = useSearch();
  const params = searchParamsFromUrl(search);
  const { kind } = params;
  const hasQuery = params.q.trim().length > 0;
  usePageHead({ kind: 'search', query: params.q });

  return (
    <>
      <h1 className="page-title">Tìm kiếm</h1>
      <SearchForm key={params.q} initialQuery={params.q} variant="page" kind={searchKindParam(kind)} />
      <SearchKinds params={params} />
      {hasQuery && (kind === 'article' || kind === 'question') ? <Filters key={search} params={params} /> : null}
      <section aria-label="Kết quả tìm kiếm" className="search-section">
        {kind === 'article' ? (
          <SearchResults params={params} hitBadge={(hit) => <StaffBadge audience={hit.audience} />} />
        ) : kind === 'question' ? (
          <QuestionSearchResults params={params} />
        ) : (
          <RecordResults params={params} kind={kind} kindLabel={kindLabel} />
        )}
      </section>
    </>
  );
}
