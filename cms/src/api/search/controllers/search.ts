import type { Core } from '@strapi/strapi';
import { highlight, isEmptyQuery, MAX_QUERY_LENGTH, parseSearchQuery, type SearchQuery } from '@thads/vietnamese';
import type { UID } from '@strapi/strapi';
import { agencies } from '../../../agencies/registry';
import { requestedAgency, UnknownAgency } from '../../../agencies/request-agency';
import { readerScope, staffAgencies } from '../../../audience/guard';
import { keptCount } from '../../../cache/invalidation';
import { dayParam, integerParam, InvalidParameter, slugParam, stringParam } from '../../../lib/query-params';
import type { ScopedContext } from '../../../lib/request-scope';
import { searchIndexer } from '../../../search/indexer';
import { qualifiedSlug } from '../../../search/entry';
import type { SearchFilters, SearchHit } from '../../../search/store';

export const MAX_SEARCH_PAGE_SIZE = 50;
const SNIPPET_LENGTH = 220;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The snippet comes from the body where the words occur there, else from the lead: original, accented text. */
function snippetOf(hit: SearchHit, query: SearchQuery) {
  for (const text of [hit.body, hit.lead]) {
    const segments = highlight(text, query, SNIPPET_LENGTH);
    if (segments.some((segment) => segment.match)) return segments;
  }
  return highlight(hit.lead || hit.body, query, SNIPPET_LENGTH);
}

/**
 * An author or campaign theme named by its slug, as the index names it (`<agency>/<slug>`): among the agencies an
 * agency's articles may be related to (its own, those merged into it, the central department's), or anywhere.
 */
async function keysOf(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  slug: string | undefined,
  within: string[] | null,
): Promise<string[] | undefined> {
  if (slug === undefined) return undefined;
  const rows = (await strapi.db.query(uid).findMany({
    where: { slug, publishedAt: { $notNull: true }, ...(within ? { agency: { $in: within } } : {}) },
    select: ['agency', 'slug'],
  })) as Array<{ agency: string | null; slug: string }>;
  return [...new Set(rows.map((row) => qualifiedSlug(row.agency, row.slug)))];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /api/search?q=&page=&pageSize=&agency=&category=&theme=&author=&from=&to= over published articles: of one
   * agency and the agencies merged into it, or of the whole installation.
   */
  async search(
    ctx: ScopedContext & {
      query: Record<string, unknown>;
      body: unknown;
      badRequest: (message: string, details?: unknown) => unknown;
      notFound: (message: string) => unknown;
    },
  ) {
    let input: string;
    let filters: SearchFilters;
    let page: number;
    let pageSize: number;
    try {
      input = stringParam(ctx.query, 'q') ?? '';
      if (input.length > MAX_QUERY_LENGTH) {
        throw new InvalidParameter(
          `Từ khóa quá dài: tối đa ${MAX_QUERY_LENGTH} ký tự (q is longer than ${MAX_QUERY_LENGTH} characters)`,
        );
      }
      page = integerParam(ctx.query, 'page', { min: 1, max: 1000, fallback: 1 });
      pageSize = integerParam(ctx.query, 'pageSize', { min: 1, max: MAX_SEARCH_PAGE_SIZE, fallback: 10 });
      const agency = requestedAgency(strapi, ctx.query);
      const related = agency ? agencies(strapi).relationScope(agency.code) : null;
      filters = {
        agencies: agency ? agencies(strapi).readScope(agency.code) : undefined,
        category: slugParam(ctx.query, 'category'),
        themes: await keysOf(strapi, 'api::campaign-theme.campaign-theme', slugParam(ctx.query, 'theme'), related),
        authors: await keysOf(strapi, 'api::author.author', slugParam(ctx.query, 'author'), related),
        from: dayParam(ctx.query, 'from', 'start'),
        to: dayParam(ctx.query, 'to', 'end'),
        staffAgencies: staffAgencies(await readerScope(strapi, ctx)),
      };
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      if (error instanceof UnknownAgency) return ctx.notFound(error.message);
      throw error;
    }

    // Control characters and lone surrogates are noise, not words.
    const query = parseSearchQuery(input.replace(LONE_SURROGATE, ' ').replace(/\p{Cc}/gu, ' '));
    if (isEmptyQuery(query)) return ctx.badRequest('Hãy nhập từ khóa tìm kiếm (q has no words to search for)');

    // The index holds only published articles and their list summaries: it answers alone. The count of every match
    // is made once per change of content for these words and filters (the reader's scope among them), not per page.
    const countKey = `search ${JSON.stringify([query, filters])}`;
    const { hits, total, estimated } = await searchIndexer(strapi).store.search(
      query,
      filters,
      { page, pageSize },
      (count) => keptCount(strapi, countKey, count),
    );
    ctx.body = {
      data: hits.map((hit) => ({ ...hit.summary, snippet: snippetOf(hit, query) })),
      meta: {
        pagination: {
          page,
          pageSize,
          pageCount: Math.ceil(total / pageSize),
          total,
          ...(estimated ? { estimated: true } : {}),
        },
        query,
      },
    };
  },
});
