import { useQuery } from '@tanstack/react-query';
import type { SearchParams } from '@thads/content';
import { useSearch } from 'wouter';
import { SearchForm } from '../../components/search-form';
import { StaffBadge } from '../../features/articles/components/staff-badge';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { agencyTree } from '../../features/agencies/agency-tree';
import { SearchFilters } from '../../features/search/components/search-filters';
import { SearchResults } from '../../features/search/components/search-results';
import { searchParamsFromUrl } from '../../features/search/search-url';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

/**
 * The filters with the lists they offer, fetched only once there is a query to filter; on the central department's
 * search (of every agency), the agency too.
 */
function Filters({ params }: { params: SearchParams }) {
  const { scope, directory } = useAgency();
  const categories = useQuery(categoriesQueryOptions()).data ?? [];
  const themes = useQuery(campaignThemesQueryOptions(scope)).data ?? [];
  return (
    <SearchFilters
      params={params}
      categories={categories}
      themes={themes}
      agencies={
        scope.national
          ? agencyTree(directory).flatMap(({ agency, merged }) => [
              { code: agency.code, name: agency.name, merged: false },
              ...merged.map((each) => ({ code: each.code, name: each.name, merged: true })),
            ])
          : undefined
      }
    />
  );
}

export default function SearchRoute() {
  const search = useSearch();
  const params = searchParamsFromUrl(search);
  const hasQuery = params.q.trim().length > 0;
  usePageHead({ kind: 'search', query: params.q });

  return (
    <>
      <h1 className="page-title">Tìm kiếm</h1>
      <SearchForm key={params.q} initialQuery={params.q} variant="page" />
      {hasQuery ? <Filters key={search} params={params} /> : null}
      <section aria-label="Kết quả tìm kiếm" className="search-section">
        <SearchResults params={params} hitBadge={(hit) => <StaffBadge audience={hit.audience} />} />
      </section>
    </>
  );
}
