import { useQuery } from '@tanstack/react-query';
import type { SearchParams } from '@thads/content';
import { Link, useSearch } from 'wouter';
import { SearchForm } from '../../components/search-form';
import { StaffBadge } from '../../features/articles/components/staff-badge';
import { campaignThemesQueryOptions } from '../../features/campaign-themes/api/get-campaign-themes';
import { categoriesQueryOptions } from '../../features/categories/api/get-categories';
import { agencyOptions } from '../../features/agencies/agency-tree';
import { isLegalDocumentKind, LEGAL_DOCUMENT_KINDS } from '../../features/legal-documents/labels';
import { isNoticeKind, NOTICE_KINDS } from '../../features/notices/labels';
import { SearchFilters } from '../../features/search/components/search-filters';
import { SearchResults } from '../../features/search/components/search-results';
import { RecordResults } from '../../features/search/components/record-results';
import {
  searchKindFromUrl,
  searchKindParam,
  searchKindUrl,
  searchParamsFromUrl,
  type SearchKind,
} from '../../features/search/search-url';
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
      agencies={scope.national ? agencyOptions(directory) : undefined}
    />
  );
}

const kindLabel = (kind: string) =>
  isLegalDocumentKind(kind) ? LEGAL_DOCUMENT_KINDS[kind] : isNoticeKind(kind) ? NOTICE_KINDS[kind] : kind;

/** News, documents or notices: each its own kind of result, chosen by links (they work without JavaScript). */
const KINDS: Array<[SearchKind | null, string]> = [
  [null, 'Tin bài'],
  ['legal-document', 'Văn bản'],
  ['notice', 'Thông báo'],
];

function KindFilter({ q, kind }: { q: string; kind: SearchKind | null }) {
  return (
    <nav aria-label="Loại kết quả" className="search-kinds">
      <ul>
        {KINDS.map(([each, label]) => (
          <li key={label}>
            <Link href={searchKindUrl(q, each)} aria-current={each === kind ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function SearchRoute() {
  const search = useSearch();
  const params = searchParamsFromUrl(search);
  const kind = searchKindFromUrl(search);
  const hasQuery = params.q.trim().length > 0;
  usePageHead({ kind: 'search', query: params.q });

  return (
    <>
      <h1 className="page-title">Tìm kiếm</h1>
      <SearchForm key={params.q} initialQuery={params.q} variant="page" kind={searchKindParam(kind)} />
      <KindFilter q={params.q} kind={kind} />
      {hasQuery && !kind ? <Filters key={search} params={params} /> : null}
      <section aria-label="Kết quả tìm kiếm" className="search-section">
        {kind ? (
          <RecordResults params={params} kind={kind} kindLabel={kindLabel} />
        ) : (
          <SearchResults params={params} hitBadge={(hit) => <StaffBadge audience={hit.audience} />} />
        )}
      </section>
    </>
  );
}
