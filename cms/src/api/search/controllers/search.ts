import type { Core } from '@strapi/strapi';
import { highlight, isEmptyQuery, MAX_QUERY_LENGTH, parseSearchQuery, type SearchQuery } from '@thads/vietnamese';
import { publicOnlyFor } from '../../../audience/guard';
import { keptCount } from '../../../cache/invalidation';
import { dayParam, integerParam, InvalidParameter, slugParam, stringParam } from '../../../lib/query-params';
import type { ScopedContext } from '../../../lib/request-scope';
import { searchIndexer } from '../../../search/indexer';
import type { SearchHit } from '../../../search/store';

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

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/search?q=&page=&pageSize=&category=&theme=&author=&from=&to= over published articles. */
  async search(
    ctx: ScopedContext & {
      query: Record<string, unknown>;
      body: unknown;
      badRequest: (message: string, details?: unknown) => unknown;
    },
  ) {
    let input: string;
    let filters;
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
      filters = {
        category: slugParam(ctx.query, 'category'),
        theme: slugParam(ctx.query, 'theme'),
        author: slugParam(ctx.query, 'author'),
        from: dayParam(ctx.query, 'from', 'start'),
        to: dayParam(ctx.query, 'to', 'end'),
        publicOnly: await publicOnlyFor(strapi, ctx),
      };
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      throw error;
    }

    // Control characters and lone surrogates are noise, not words.
    const query = parseSearchQuery(input.replace(LONE_SURROGATE, ' ').replace(/\p{Cc}/gu, ' '));
    if (isEmptyQuery(query)) return ctx.badRequest('Hãy nhập từ khóa tìm kiếm (q has no words to search for)');

    // The index holds only published articles and their list summaries: it answers alone. The count of every match
    // is made once per change of content for these words and filters (the reader's scope among them), not per page.
    const countKey = `search ${JSON.stringify([query, filters])}`;
    const { hits, total } = await searchIndexer(strapi).store.search(query, filters, { page, pageSize }, (count) =>
      keptCount(strapi, countKey, count),
    );
    ctx.body = {
      data: hits.map((hit) => ({ ...hit.summary, snippet: snippetOf(hit, query) })),
      meta: {
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        query,
      },
    };
  },
});
