// Each page of the site in one table: its URL pattern (under the agency's prefix), its lazily loaded chunk and the
// data it shows for an agency. The router starts a page's data when the URL matches (with the chunk, not after it
// renders), links preload both on hover or focus, and the server render fetches the same data before its first pass.
import type { QueryClient } from '@tanstack/react-query';
import { isQuestionTopic, normalizeTrackingCode, type ArticleListQuery } from '@thads/content';
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
import { privacyNoticeQueryOptions } from '../features/questions/api/get-privacy-notice';
import { questionQueryOptions } from '../features/questions/api/get-question';
import { questionStatusQueryOptions } from '../features/questions/api/get-question-status';
import { questionsQueryOptions } from '../features/questions/api/get-questions';
import { searchQueryOptions } from '../features/search/api/search-articles';
import { questionSearchQueryOptions } from '../features/search/api/search-questions';
import { searchParamsFromUrl } from '../features/search/search-url';
import type { AgencyScope } from '../lib/agency';

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
  questions: () => import('./routes/questions'),
  question: () => import('./routes/question'),
  'ask-question': () => import('./routes/ask-question'),
  'track-question': () => import('./routes/track-question'),
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
      if (params.kind === 'question') return [client.prefetchQuery(questionSearchQueryOptions(scope, params))];
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
  // Citizens' questions (issue 21): the form and the tracking page before a question's page (their words are no slugs).
  {
    pattern: paths.questions.pattern,
    module: 'questions',
    prefetch: (client, _params, search, scope) => {
      const topic = new URLSearchParams(search).get('chu-de') || null;
      // A topic that does not exist is the list's own "not found", with nothing to ask for.
      if (topic !== null && !isQuestionTopic(topic)) return [];
      return [client.prefetchQuery(questionsQueryOptions(scope.code, topic, pageFromSearch(search)))];
    },
  },
  {
    pattern: paths.askQuestion.pattern,
    module: 'ask-question',
    prefetch: (client) => [client.prefetchQuery(privacyNoticeQueryOptions())],
  },
  {
    pattern: paths.trackQuestion.pattern,
    module: 'track-question',
    prefetch: (client, _params, search) => {
      const code = normalizeTrackingCode((new URLSearchParams(search).get('ma') ?? '').slice(0, 40));
      return code ? [client.prefetchQuery(questionStatusQueryOptions(code))] : [];
    },
  },
  {
    pattern: paths.question.pattern,
    module: 'question',
    prefetch: (client, { slug = '' }, _search, scope) => [client.prefetchQuery(questionQueryOptions(scope.code, slug))],
  },
  // A preview's data is never kept without a page showing it (a draft must not linger): nothing to start early.
  { pattern: paths.preview.pattern, module: 'preview' },
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
