// The first reads of the records' pages (issue 20: documents, notices, the register) and of the search page, with the
// options their components use: loaded beside those pages (see route-table.ts), so that neither their queries nor their
// URLs' filters are in the app's first bundle.
import type { AgencyScope } from '../lib/agency';
import type { QueryClient } from '@tanstack/react-query';
import { legalDocumentQueryOptions } from '../features/legal-documents/api/get-legal-document';
import { legalDocumentFacetsQueryOptions } from '../features/legal-documents/api/get-legal-document-facets';
import { legalDocumentsQueryOptions } from '../features/legal-documents/api/get-legal-documents';
import {
  centralPageFromSearch,
  DOCUMENTS_PAGE_SIZE,
  legalDocumentFiltersFromUrl,
} from '../features/legal-documents/legal-document-url';
import { articlesQueryOptions } from '../features/articles/api/get-articles';
import { categoriesQueryOptions } from '../features/categories/api/get-categories';
import { noticeQueryOptions } from '../features/notices/api/get-notice';
import { noticesQueryOptions } from '../features/notices/api/get-notices';
import { NOTICE_NEWS_CATEGORY, NOTICE_NEWS_SIZE } from '../features/notices/notice-news';
import {
  EXPIRED_NOTICES_PAGE_SIZE,
  noticeFiltersFromUrl,
  noticeListAgency,
  OPEN_NOTICES_SIZE,
} from '../features/notices/notice-url';
import { registerEntryQueryOptions } from '../features/register/api/get-register-entry';
import { unitsQueryOptions } from '../features/register/api/get-units';
import { registerQueryOptions } from '../features/register/api/search-register';
import { registerAgency, registerFiltersFromUrl, registerQuery } from '../features/register/register-url';
import { campaignThemesQueryOptions } from '../features/campaign-themes/api/get-campaign-themes';
import { searchQueryOptions, searchRecordsQueryOptions } from '../features/search/api/search-articles';
import { questionSearchQueryOptions } from '../features/search/api/search-questions';
import { searchParamsFromUrl } from '../features/search/search-url';

/**
 * What `/van-ban` reads first, with the options its components use: the agency's documents and their filters, and on
 * an agency's site the central department's beside them.
 */
export function legalDocumentsPrefetch(
  client: QueryClient,
  _params: unknown,
  search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  const filters = legalDocumentFiltersFromUrl(search);
  const central = !scope.national && scope.central ? scope.central : null;
  return [
    client.prefetchQuery(legalDocumentsQueryOptions(scope.code, { ...filters, pageSize: DOCUMENTS_PAGE_SIZE })),
    client.prefetchQuery(legalDocumentFacetsQueryOptions(scope.code)),
    ...(central
      ? [
          client.prefetchQuery(
            legalDocumentsQueryOptions(central, {
              ...filters,
              page: centralPageFromSearch(search),
              pageSize: DOCUMENTS_PAGE_SIZE,
            }),
          ),
          client.prefetchQuery(legalDocumentFacetsQueryOptions(central)),
        ]
      : []),
  ];
}

/** What a legal document's page reads first. */
export function legalDocumentPrefetch(
  client: QueryClient,
  { slug = '' }: { slug?: string },
  _search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  return [client.prefetchQuery(legalDocumentQueryOptions(scope, slug))];
}

/**
 * What `/thong-bao` reads first, with the options its components use: the open notices, a page of the expired ones,
 * and the auction news beside them.
 */
export function noticesPrefetch(
  client: QueryClient,
  _params: unknown,
  search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  const filters = noticeFiltersFromUrl(search);
  const agency = noticeListAgency(scope, filters);
  const query = { kind: filters.kind, assetKind: scope.national ? filters.assetKind : undefined };
  return [
    client.prefetchQuery(
      noticesQueryOptions(agency, { ...query, state: 'open', page: 1, pageSize: OPEN_NOTICES_SIZE }),
    ),
    client.prefetchQuery(
      noticesQueryOptions(agency, {
        ...query,
        state: 'expired',
        page: filters.page,
        pageSize: EXPIRED_NOTICES_PAGE_SIZE,
      }),
    ),
    client.prefetchQuery(categoriesQueryOptions()),
    client.prefetchQuery(
      articlesQueryOptions(scope.code, { categorySlug: NOTICE_NEWS_CATEGORY, pageSize: NOTICE_NEWS_SIZE }),
    ),
  ];
}

/** What a notice's page reads first. */
export function noticePrefetch(
  client: QueryClient,
  { slug = '' }: { slug?: string },
  _search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  return [client.prefetchQuery(noticeQueryOptions(scope.code, slug))];
}

/** What the register's page reads first, with the options its components use: the entries, and an agency's units. */
export function registerPrefetch(
  client: QueryClient,
  _params: unknown,
  search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  const filters = registerFiltersFromUrl(search);
  return [
    client.prefetchQuery(registerQueryOptions(registerAgency(scope, filters), registerQuery(filters))),
    ...(scope.national ? [] : [client.prefetchQuery(unitsQueryOptions(scope.code))]),
  ];
}

/** What an entry's page of the register reads first. */
export function registerEntryPrefetch(client: QueryClient, { documentId = '' }: { documentId?: string }) {
  return [client.prefetchQuery(registerEntryQueryOptions(documentId))];
}

/**
 * What the search page reads first, with the options its components use: nothing without words; the documents,
 * notices or citizens' questions found when it searches those, else the articles found with their filters' categories
 * and themes.
 */
export function searchPrefetch(
  client: QueryClient,
  _params: unknown,
  search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  const params = searchParamsFromUrl(search);
  if (!params.q.trim()) return [];
  const { kind } = params;
  if (kind === 'question') return [client.prefetchQuery(questionSearchQueryOptions(scope, params))];
  if (kind !== 'article') return [client.prefetchQuery(searchRecordsQueryOptions(scope, kind, params))];
  return [
    client.prefetchQuery(searchQueryOptions(scope, params)),
    client.prefetchQuery(categoriesQueryOptions()),
    client.prefetchQuery(campaignThemesQueryOptions(scope)),
  ];
}
