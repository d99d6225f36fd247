import type { ArticleSummary } from '@thads/content';
import { fold, highlight, parseSearchQuery } from '@thads/vietnamese';
import {
  author,
  campaignTheme,
  categories,
  listOf,
  pastTheme,
  sampleSummary,
  seedArticle,
  siteSettings,
} from './fixtures';

export type StubAnswer = { status?: number; body: unknown };
const one = <T>(item: T | undefined) => ({ data: item ? [item] : [], meta: {} });

/**
 * A stand-in CMS for component tests: answers each public endpoint from the fixtures, by the same query parameters
 * the site sends. `articles` decides which articles a list query returns.
 */
export function fixtureCms(articles: (url: URL) => ArticleSummary[] = () => [seedArticle, sampleSummary(1)]) {
  return (url: URL): StubAnswer => {
    const slug = url.searchParams.get('filters[slug][$eq]');
    switch (url.pathname) {
      case '/api/archive':
        return {
          body: {
            data: {
              year: Number(url.searchParams.get('year')),
              month: Number(url.searchParams.get('month')),
              days: [{ date: '2021-03-16', count: 1 }],
            },
            meta: {},
          },
        };
      case '/api/search':
        return { body: searchAnswer(url, articles(url)) };
      case '/api/site-setting':
        return { body: { data: siteSettings, meta: {} } };
      case '/api/categories':
        return { body: slug ? one(categories.find((item) => item.slug === slug)) : listOf(categories as never) };
      case '/api/campaign-themes':
        return {
          body: slug
            ? one([campaignTheme, pastTheme].find((item) => item.slug === slug))
            : listOf([campaignTheme, pastTheme] as never),
        };
      case '/api/authors':
        return { body: one(slug === author.slug ? author : undefined) };
      case '/api/articles':
        if (slug) return { body: one(slug === seedArticle.slug ? seedArticle : undefined) };
        return { body: listOf(articles(url), Number(url.searchParams.get('pagination[page]') ?? 1), 3) };
      default:
        return {
          status: 404,
          body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } },
        };
    }
  };
}

function searchAnswer(url: URL, hits: ArticleSummary[]) {
  const q = url.searchParams.get('q') ?? '';
  const matching = hits.filter((hit) => fold(`${hit.title} ${hit.lead ?? ''}`).includes(fold(q)));
  return {
    data: matching.map((hit) => ({ ...hit, snippet: highlight(hit.lead ?? '', parseSearchQuery(q)) })),
    meta: {
      pagination: { page: 1, pageSize: 10, pageCount: matching.length ? 1 : 0, total: matching.length },
      query: parseSearchQuery(q),
    },
  };
}

export const failingCms = (): StubAnswer => ({
  status: 500,
  body: { data: null, error: { status: 500, name: 'InternalServerError', message: 'boom' } },
});
