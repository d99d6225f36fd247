import { useQuery } from '@tanstack/react-query';
import { useSearch } from 'wouter';
import { SearchForm } from '../../components/search-form';
import { StaffBadge } from '../../features/articles/components/staff-badge';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { agencyTree } from '../../features/agencies/agency-tree';
import { SearchFilters } from '../../features/search/components/search-filters';
import { SearchKinds } from '../../features/search/components/search-kinds';
import { QuestionSearchResults, SearchResults } from '../../features/search/components/search-results';
import { searchParamsFromUrl, type SiteSearchParams } from '../../features/search/search-url';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

/**
 * The filters with the lists they offer, fetched only once there is a query to filter; on the central department's
 * search (of every agency), the agency too.
 */
function Filters({ params }: { params: SiteSearchParams }) {
  const { scope } = useAgency();
  const articles = params.kind === 'article';
  const categories = useQuery({ ...categoriesQueryOptions(), enabled: articles }).data ?? [];
  const themes = useQuery({ ...campaignThemesQueryOptions(scope), enabled: articles }).data ?? [];
  return <SearchFilters params={params} categories={categories} themes={themes} agencies={useAgencyChoices()} />;
}

/** The agencies a national search may be narrowed to, merged ones under the agency that absorbed them. */
function useAgencyChoices() {
  const { scope, directory } = useAgency();
  return scope.national
    ? agencyTree(directory).flatMap(({ agency, merged }) => [
        { code: agency.code, name: agency.name, merged: false },
        ...merged.map((each) => ({ code: each.code, name: each.name, merged: true })),
      ])
    : undefined;
}

export default function SearchRoute() {
  const search = useSearch();
  const params = searchParamsFromUrl(search);
  const hasQuery = params.q.trim().length > 0;
  usePageHead({ kind: 'search', query: params.q });

  return (
    <>
      <h1 className="page-title">Tìm kiếm</h1>
      <SearchForm key={params.q} initialQuery={params.q} variant="page" kind={params.kind} />
      {hasQuery ? <SearchKinds params={params} /> : null}
      {hasQuery ? <Filters key={search} params={params} /> : null}
      <section aria-label="Kết quả tìm kiếm" className="search-section">
        {params.kind === 'question' ? (
          <QuestionSearchResults params={params} />
        ) : (
          <SearchResults params={params} hitBadge={(hit) => <StaffBadge audience={hit.audience} />} />
        )}
      </section>
    </>
  );
}
