import type { ArticleSummary } from '@thads/content';
import { fold, highlight, parseSearchQuery } from '@thads/vietnamese';
import {
  agencyDirectory,
  agencyRecord,
  author,
  campaignTheme,
  categories,
  listOf,
  pastTheme,
  sampleSummary,
  seedArticle,
} from './fixtures';

export type StubAnswer = { status?: number; body: unknown };
const one = <T>(item: T | undefined) => ({ data: item ? [item] : [], meta: {} });

/** `/api/agencies`: the directory (with `meta.home`), or one agency's record by its code. */
function agenciesAnswer(url: URL, home: string) {
  const code = url.searchParams.get('filters[code][$eq]');
  if (code)
    return one(agencyDirectory.agencies.some((agency) => agency.code === code) ? agencyRecord(code) : undefined);
  const data = agencyDirectory.agencies.map((agency) => ({
    ...agencyRecord(agency.code),
    successor: agency.successor ? { code: agency.successor } : null,
    aliases: agency.aliases.map((alias) => ({ code: alias })),
  }));
  return { data, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: data.length }, home } };
}

/**
 * A stand-in CMS for component tests: answers each public endpoint from the fixtures, by the same query parameters
 * the site sends. `articles` decides which articles a list query returns; `home` is the agency at the root.
 */
export function fixtureCms(
  articles: (url: URL) => ArticleSummary[] = () => [seedArticle, sampleSummary(1)],
  { home = agencyDirectory.home }: { home?: string } = {},
) {
  return (url: URL): StubAnswer => {
    const slug = url.searchParams.get('filters[slug][$eq]');
    // One agency's own documents, when the site names it (the fixtures' themes are Phú Thọ's).
    const agency = url.searchParams.get('filters[agency][$eq]');
    const ofAgency = <T extends { agency: string }>(items: T[]) =>
      agency ? items.filter((item) => item.agency === agency) : items;
    switch (url.pathname) {
      case '/api/agencies':
        return { body: agenciesAnswer(url, home) };
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
      case '/api/categories':
        return { body: slug ? one(categories.find((item) => item.slug === slug)) : listOf(categories as never) };
      case '/api/campaign-themes':
        return {
          body: slug
            ? one([campaignTheme, pastTheme].find((item) => item.slug === slug))
            : listOf(ofAgency([campaignTheme, pastTheme]) as never),
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
