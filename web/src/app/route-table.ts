// Each page of the site in one table: its URL pattern (under the agency's prefix), its lazily loaded chunk and the
// data it shows for an agency. The router starts a page's data when the URL matches (with the chunk, not after it
// renders), links preload both on hover or focus, and the server render fetches the same data before its first pass.
import type { QueryClient } from '@tanstack/react-query';
import type { ArticleListQuery, SiteLanguage } from '@thads/content';
import { parseIsoDay } from '@thads/vietnamese';
import { parse } from 'regexparam';
import { matchRoute, type Parser } from 'wouter';
import { pageFromSearch, paths } from '../config/paths';
import { articleQueryOptions } from '../features/articles/api/get-article';
import { AGENCIES_NEWS_SIZE, articlesQueryOptions, LIST_PAGE_SIZE } from '../features/articles/api/get-articles';
import { authorQueryOptions } from '../features/authors/api/get-author';
import { authorsQueryOptions } from '../features/authors/api/get-authors';
import { campaignThemeQueryOptions } from '../features/campaign-themes/api/get-campaign-theme';
import { campaignThemesQueryOptions } from '../features/campaign-themes/api/get-campaign-themes';
import { categoriesQueryOptions } from '../features/categories/api/get-categories';
import { legalDocumentQueryOptions } from '../features/legal-documents/api/get-legal-document';
import { legalDocumentFacetsQueryOptions } from '../features/legal-documents/api/get-legal-document-facets';
import { legalDocumentsQueryOptions } from '../features/legal-documents/api/get-legal-documents';
import {
  centralPageFromSearch,
  DOCUMENTS_PAGE_SIZE,
  legalDocumentFiltersFromUrl,
} from '../features/legal-documents/legal-document-url';
import { noticeQueryOptions } from '../features/notices/api/get-notice';
import { noticesQueryOptions } from '../features/notices/api/get-notices';
import {
  EXPIRED_NOTICES_PAGE_SIZE,
  NOTICE_NEWS_CATEGORY,
  NOTICE_NEWS_SIZE,
  noticeFiltersFromUrl,
  noticeListAgency,
  OPEN_NOTICES_SIZE,
} from '../features/notices/notice-url';
import { registerEntryQueryOptions } from '../features/register/api/get-register-entry';
import { unitsQueryOptions } from '../features/register/api/get-units';
import { registerQueryOptions } from '../features/register/api/search-register';
import { registerAgency, registerFiltersFromUrl, registerQuery } from '../features/register/register-url';
import { searchQueryOptions, searchRecordsQueryOptions } from '../features/search/api/search-articles';
import { searchKindFromUrl, searchParamsFromUrl } from '../features/search/search-url';
import type { AgencyScope } from '../lib/agency';
import type { AgencyPageName } from './routes/agency-page';

/** The lazily loaded route modules (each its own chunk), by their file name under `routes/`. */
export const routeModules = {
  article: () => import('./routes/article'),
  category: () => import('./routes/category'),
  'campaign-themes': () => import('./routes/campaign-themes'),
  'campaign-theme': () => import('./routes/campaign-theme'),
  author: () => import('./routes/author'),
  day: () => import('./routes/day'),
  'sign-in': () => import('./routes/sign-in'),
  search: () => import('./routes/search'),
  'site-map': () => import('./routes/site-map'),
  agencies: () => import('./routes/agencies'),
  preview: () => import('./routes/preview'),
  'legal-documents': () => import('./routes/legal-documents'),
  'legal-document': () => import('./routes/legal-document'),
  notices: () => import('./routes/notices'),
  notice: () => import('./routes/notice'),
  register: () => import('./routes/register'),
  'register-entry': () => import('./routes/register-entry'),
  'agency-page': () => import('./routes/agency-page'),
};

type Params = Record<string, string | undefined>;

type SiteRoute = {
  pattern: string;
  /** The route's own chunk; none for the pages in the first bundle. */
  module?: keyof typeof routeModules;
  /** Starts the queries the page renders first for an agency, with the options its components use. */
  prefetch?: (client: QueryClient, params: Params, search: string, scope: AgencyScope) => Array<Promise<void>>;
};

/** One page of an agency's article list, as `ArticleList` asks for it. */
const listPage = (
  client: QueryClient,
  scope: AgencyScope,
  search: string,
  filter: Omit<ArticleListQuery, 'page' | 'pageSize' | 'agency'>,
) =>
  client.prefetchQuery(
    articlesQueryOptions(scope.code, { ...filter, pageSize: LIST_PAGE_SIZE, page: pageFromSearch(search) }),
  );

/** A document found, then its articles of the agency (the list names it by documentId: a slug may be two agencies'). */
const thenList = <T extends { documentId: string }>(
  found: Promise<T | null>,
  list: (document: T) => Promise<void>,
): Promise<void> => found.then((document) => (document ? list(document) : undefined)).catch(() => undefined);

/** An agency's introduction, organisation and contact pages (issue 21), each with its page and language. */
export const AGENCY_PAGES: ReadonlyArray<{ pattern: string; page: AgencyPageName; language: SiteLanguage }> = [
  { pattern: paths.about.pattern, page: 'about', language: 'vi' },
  { pattern: paths.organisation.pattern, page: 'organisation', language: 'vi' },
  { pattern: paths.contact.pattern, page: 'contact', language: 'vi' },
  { pattern: paths.englishHome.pattern, page: 'home', language: 'en' },
  { pattern: paths.englishAbout.pattern, page: 'about', language: 'en' },
  { pattern: paths.englishContact.pattern, page: 'contact', language: 'en' },
];

/**
 * An agency's introduction, organisation or contact page: its reads start with a chunk of their own, beside
 * the page's (what they import stays out of the app's first bundle).
 */
const agencyPagePrefetch =
  (page: AgencyPageName, language: SiteLanguage): SiteRoute['prefetch'] =>
  (client, params, search, scope) => [
    import('../features/agencies/agency-page-prefetch')
      .then((module) => Promise.all(module.agencyPagePrefetch(page, language)(client, params, search, scope)))
      .then(() => undefined),
  ];

const SITE_ROUTES: SiteRoute[] = [
  {
    pattern: paths.home.pattern,
    prefetch: (client, _params, search, scope) => [
      listPage(client, scope, search, {}),
      // The central department's block of every agency's news, on its first page.
      ...(scope.national && pageFromSearch(search) === 1
        ? [client.prefetchQuery(articlesQueryOptions(null, { pageSize: AGENCIES_NEWS_SIZE }))]
        : []),
    ],
  },
  {
    pattern: paths.article.pattern,
    module: 'article',
    prefetch: (client, { slug = '' }, _search, scope) => [client.prefetchQuery(articleQueryOptions(scope.code, slug))],
  },
  {
    pattern: paths.category.pattern,
    module: 'category',
    prefetch: (client, { slug = '' }, search, scope) => [
      client.prefetchQuery(categoriesQueryOptions()),
      listPage(client, scope, search, { categorySlug: slug }),
    ],
  },
  {
    pattern: paths.campaignThemes.pattern,
    module: 'campaign-themes',
    prefetch: (client, _params, _search, scope) => [client.prefetchQuery(campaignThemesQueryOptions(scope))],
  },
  {
    pattern: paths.campaignTheme.pattern,
    module: 'campaign-theme',
    prefetch: (client, { slug = '' }, search, scope) => [
      thenList(client.fetchQuery(campaignThemeQueryOptions(scope, slug)), (theme) =>
        listPage(client, scope, search, { campaignThemeId: theme.documentId }),
      ),
    ],
  },
  {
    pattern: paths.author.pattern,
    module: 'author',
    prefetch: (client, { slug = '' }, search, scope) => [
      thenList(client.fetchQuery(authorQueryOptions(scope, slug)), (author) =>
        listPage(client, scope, search, { authorId: author.documentId }),
      ),
    ],
  },
  {
    pattern: paths.day.pattern,
    module: 'day',
    // A day that does not exist is a not-found page, with no list to ask for.
    prefetch: (client, { day = '' }, search, scope) =>
      parseIsoDay(day) ? [listPage(client, scope, search, { day })] : [],
  },
  { pattern: paths.signIn.pattern, module: 'sign-in' },
  {
    pattern: paths.search.pattern,
    module: 'search',
    prefetch: (client, _params, search, scope) => {
      const params = searchParamsFromUrl(search);
      if (!params.q.trim()) return [];
      const kind = searchKindFromUrl(search);
      if (kind) return [client.prefetchQuery(searchRecordsQueryOptions(scope, kind, params))];
      return [
        client.prefetchQuery(searchQueryOptions(scope, params)),
        client.prefetchQuery(categoriesQueryOptions()),
        client.prefetchQuery(campaignThemesQueryOptions(scope)),
      ];
    },
  },
  {
    pattern: paths.siteMap.pattern,
    module: 'site-map',
    prefetch: (client, _params, _search, scope) => [
      client.prefetchQuery(categoriesQueryOptions()),
      client.prefetchQuery(campaignThemesQueryOptions(scope)),
      client.prefetchQuery(authorsQueryOptions(scope.code)),
    ],
  },
  // Every agency is in the directory the page already has.
  { pattern: paths.agencies.pattern, module: 'agencies' },
  {
    pattern: paths.legalDocuments.pattern,
    module: 'legal-documents',
    prefetch: (client, _params, search, scope) => {
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
    },
  },
  {
    pattern: paths.legalDocument.pattern,
    module: 'legal-document',
    prefetch: (client, { slug = '' }, _search, scope) => [client.prefetchQuery(legalDocumentQueryOptions(scope, slug))],
  },
  {
    pattern: paths.notices.pattern,
    module: 'notices',
    prefetch: (client, _params, search, scope) => {
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
    },
  },
  {
    pattern: paths.notice.pattern,
    module: 'notice',
    prefetch: (client, { slug = '' }, _search, scope) => [client.prefetchQuery(noticeQueryOptions(scope.code, slug))],
  },
  {
    pattern: paths.register.pattern,
    module: 'register',
    prefetch: (client, _params, search, scope) => {
      const filters = registerFiltersFromUrl(search);
      return [
        client.prefetchQuery(registerQueryOptions(registerAgency(scope, filters), registerQuery(filters))),
        ...(scope.national ? [] : [client.prefetchQuery(unitsQueryOptions(scope.code))]),
      ];
    },
  },
  {
    pattern: paths.registerEntry.pattern,
    module: 'register-entry',
    prefetch: (client, { documentId = '' }) => [client.prefetchQuery(registerEntryQueryOptions(documentId))],
  },
  // A preview's data is never kept without a page showing it (a draft must not linger): nothing to start early.
  { pattern: paths.preview.pattern, module: 'preview' },
  // An agency's introduction, organisation and contacts, in Vietnamese and English (issue 21).
  ...AGENCY_PAGES.map(({ pattern, page, language }) => ({
    pattern,
    module: 'agency-page' as const,
    prefetch: agencyPagePrefetch(page, language),
  })),
];

/**
 * The route a path (under an agency's prefix) shows, with its parameters; null for the not-found page. Wouter's own
 * parser by default.
 */
export function matchSiteRoute(path: string, parser: Parser = parse): { route: SiteRoute; params: Params } | null {
  for (const route of SITE_ROUTES) {
    const [matched, params] = matchRoute(parser, route.pattern, path);
    if (matched) return { route, params: params ?? {} };
  }
  return null;
}

/**
 * Starts loading a page's chunk and its data (for the agency whose page it is) side by side; resolves when the data is
 * in the cache (failures stay in the cache for the page to show). Returns the matched route module's name.
 */
export async function preloadRoute(
  client: QueryClient,
  scope: AgencyScope,
  path: string,
  search: string,
  parser?: Parser,
): Promise<keyof typeof routeModules | undefined> {
  const match = matchSiteRoute(path, parser);
  if (!match) return undefined;
  const { route, params } = match;
  if (route.module) void routeModules[route.module]().catch(() => undefined);
  await Promise.all(route.prefetch?.(client, params, search, scope) ?? []);
  return route.module;
}
