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
import type { AgencyScope } from '../lib/agency';
import type { AgencyPageName } from './routes/agency-page';

/** The lazily loaded route modules (each its own chunk), by their file name under `routes/`. */
export const routeModules = {
  home: () => import('./routes/home'),
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
  questions: () => import('./routes/questions'),
  question: () => import('./routes/question'),
  'ask-question': () => import('./routes/ask-question'),
  'track-question': () => import('./routes/track-question'),
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
 * A page's reads, started from a module of their own loaded beside the page's chunk: what they import (the page's
 * queries, its URL's filters, its client) stays out of the app's first bundle.
 */
const loadedPrefetch =
  <M>(load: () => Promise<M>, prefetchOf: (module: M) => NonNullable<SiteRoute['prefetch']>): SiteRoute['prefetch'] =>
  (client, params, search, scope) => [
    load()
      .then((module) => Promise.all(prefetchOf(module)(client, params, search, scope)))
      .then(() => undefined),
  ];

const recordsPrefetch = () => import('./records-prefetch');
const questionsPrefetch = () => import('./questions-prefetch');

const SITE_ROUTES: SiteRoute[] = [
  {
    pattern: paths.home.pattern,
    module: 'home',
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
    prefetch: loadedPrefetch(recordsPrefetch, (module) => module.searchPrefetch),
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
  // Citizens' questions (issue 21): the form and the tracking page before a question's page (their words are no slugs).
  {
    pattern: paths.questions.pattern,
    module: 'questions',
    prefetch: loadedPrefetch(questionsPrefetch, (module) => module.questionsPrefetch),
  },
  {
    pattern: paths.askQuestion.pattern,
    module: 'ask-question',
    prefetch: loadedPrefetch(questionsPrefetch, (module) => module.askQuestionPrefetch),
  },
  {
    pattern: paths.trackQuestion.pattern,
    module: 'track-question',
    prefetch: loadedPrefetch(questionsPrefetch, (module) => module.trackQuestionPrefetch),
  },
  {
    pattern: paths.question.pattern,
    module: 'question',
    prefetch: loadedPrefetch(questionsPrefetch, (module) => module.questionPrefetch),
  },
  {
    pattern: paths.legalDocuments.pattern,
    module: 'legal-documents',
    prefetch: loadedPrefetch(recordsPrefetch, (module) => module.legalDocumentsPrefetch),
  },
  {
    pattern: paths.legalDocument.pattern,
    module: 'legal-document',
    prefetch: loadedPrefetch(recordsPrefetch, (module) => module.legalDocumentPrefetch),
  },
  {
    pattern: paths.notices.pattern,
    module: 'notices',
    prefetch: loadedPrefetch(recordsPrefetch, (module) => module.noticesPrefetch),
  },
  {
    pattern: paths.notice.pattern,
    module: 'notice',
    prefetch: loadedPrefetch(recordsPrefetch, (module) => module.noticePrefetch),
  },
  {
    pattern: paths.register.pattern,
    module: 'register',
    prefetch: loadedPrefetch(recordsPrefetch, (module) => module.registerPrefetch),
  },
  {
    pattern: paths.registerEntry.pattern,
    module: 'register-entry',
    prefetch: loadedPrefetch(recordsPrefetch, (module) => module.registerEntryPrefetch),
  },
  // A preview's data is never kept without a page showing it (a draft must not linger): nothing to start early.
  { pattern: paths.preview.pattern, module: 'preview' },
  // An agency's introduction, organisation and contacts, in Vietnamese and English (issue 21).
  ...AGENCY_PAGES.map(({ pattern, page, language }) => ({
    pattern,
    module: 'agency-page' as const,
    prefetch: loadedPrefetch(
      () => import('../features/agencies/agency-page-prefetch'),
      (module) => module.agencyPagePrefetch(page, language),
    ),
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
