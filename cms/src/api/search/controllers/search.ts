import type { Core } from '@strapi/strapi';
import { fold, highlight, isEmptyQuery, MAX_QUERY_LENGTH, parseSearchQuery, type SearchQuery } from '@thads/vietnamese';
import type { UID } from '@strapi/strapi';
import { isQuestionTopic, QUESTION_TOPIC_VALUES } from '@thads/content';
import { agencies, type Agency } from '../../../agencies/registry';
import { requestedAgency, UnknownAgency } from '../../../agencies/request-agency';
import { readerScope, staffAgencies } from '../../../audience/guard';
import { keptCount } from '../../../cache/invalidation';
import { dayParam, integerParam, InvalidParameter, slugParam, stringParam } from '../../../lib/query-params';
import type { ScopedContext } from '../../../lib/request-scope';
import { searchIndexer } from '../../../search/indexer';
import { qualifiedSlug } from '../../../search/entry';
import type { SearchFilters, SearchHit } from '../../../search/store';
import { isExpired, NOTICE_STATES, type NoticeState } from '../../../audience/guard';
import { numberKey } from '../../../records/keys';
import { now } from '../../../scheduling/clock';
import { recordIndexer } from '../../../search/records-index';
import { RECORD_TYPES, type RecordFilters, type RecordType } from '../../../search/records-store';

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

type SearchContext = ScopedContext & {
  query: Record<string, unknown>;
  body: unknown;
  badRequest: (message: string, details?: unknown) => unknown;
  notFound: (message: string) => unknown;
};
/** The reader's words as the index reads them: control characters and lone surrogates are noise, not words. */
const parsedWords = (input: string) => parseSearchQuery(input.replace(LONE_SURROGATE, ' ').replace(/\p{Cc}/gu, ' '));

/**
 * `/api/search?type=legal-document|notice`: the agencies' records as their own kinds of result. Documents of an
 * agency include the central department's (the laws and decrees every agency applies); the number matches first,
 * the exact number before them. Never the register of debtors: it has its own search only.
 */
async function searchRecords(strapi: Core.Strapi, ctx: SearchContext, type: RecordType) {
  let filters: RecordFilters;
  let input: string;
  let page: number;
  let pageSize: number;
  try {
    input = stringParam(ctx.query, 'q') ?? '';
    if (input.length > MAX_QUERY_LENGTH)
      throw new InvalidParameter(`Từ khóa quá dài: tối đa ${MAX_QUERY_LENGTH} ký tự (q is too long)`);
    page = integerParam(ctx.query, 'page', { min: 1, max: 1000, fallback: 1 });
    pageSize = integerParam(ctx.query, 'pageSize', { min: 1, max: MAX_SEARCH_PAGE_SIZE, fallback: 10 });
    const agency = requestedAgency(strapi, ctx.query);
    const registry = agencies(strapi);
    const state = stringParam(ctx.query, 'state');
    if (state !== undefined && !NOTICE_STATES.includes(state as NoticeState))
      throw new InvalidParameter('Tham số "state" chỉ nhận "open" hoặc "expired"');
    const folded = (name: string) => {
      const value = stringParam(ctx.query, name);
      return value === undefined ? undefined : fold(value).slice(0, 200);
    };
    const word = (name: string) => {
      const value = stringParam(ctx.query, name);
      if (value !== undefined && !/^[a-z-]{1,40}$/.test(value))
        throw new InvalidParameter(`Tham số "${name}" không hợp lệ (${name}: a value from the OpenAPI document)`);
      return value;
    };
    filters = {
      type,
      agencies: agency
        ? type === 'legal-document'
          ? registry.relationScope(agency.code)
          : registry.readScope(agency.code)
        : undefined,
      kind: word('kind'),
      validity: word('validity'),
      assetKind: word('assetKind'),
      issuingBody: folded('issuingBody'),
      field: folded('field'),
      year: stringParam(ctx.query, 'year')
        ? integerParam(ctx.query, 'year', { min: 1900, max: 2100, fallback: 0, outOfRange: 'reject' })
        : undefined,
      state: state ? { open: state === 'open', at: now().toISOString() } : undefined,
    };
  } catch (error) {
    if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
    if (error instanceof UnknownAgency) return ctx.notFound(error.message);
    throw error;
  }
  const query = parsedWords(input);
  if (isEmptyQuery(query)) return ctx.badRequest('Hãy nhập từ khóa tìm kiếm (q has no words to search for)');
  const { hits, total } = await recordIndexer(strapi).store.search(query, numberKey(input), filters, {
    page,
    pageSize,
  });
  const at = now();
  ctx.body = {
    data: hits.map(({ hit, text }) => ({
      ...hit,
      ...(type === 'notice' ? { expired: isExpired(hit.validUntil, at) } : {}),
      snippet: highlight(text, query, SNIPPET_LENGTH),
    })),
    meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, query },
  };
}
/** The filters of one kind of search, read from the query (an InvalidParameter or UnknownAgency when wrong). */
type FiltersOf = (ctx: SearchContext, agency: Agency | null) => Promise<Omit<SearchFilters, 'staffAgencies'>>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** One search: the words, a page, the filters of its kind and the reader's scope, answered from the index alone. */
  async function search(ctx: SearchContext, filtersOf: FiltersOf) {
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
      filters = {
        ...(await filtersOf(ctx, agency)),
        agencies: agency ? agencies(strapi).readScope(agency.code) : undefined,
        staffAgencies: staffAgencies(await readerScope(strapi, ctx)),
      };
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      if (error instanceof UnknownAgency) return ctx.notFound(error.message);
      throw error;
    }

    const query = parsedWords(input);
    if (isEmptyQuery(query)) return ctx.badRequest('Hãy nhập từ khóa tìm kiếm (q has no words to search for)');

    // The index holds only published documents and their list summaries: it answers alone. The count of every match
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
  }

  return {
    /**
     * GET /api/search?q=&page=&pageSize=&agency=&category=&theme=&author=&from=&to= over published articles: of one
     * agency and the agencies merged into it, or of the whole installation.
     */
    search(ctx: SearchContext) {
      // Without `type`: articles, as partners have always had it.
      const type = ctx.query.type;
      if (type !== undefined) {
        if (!RECORD_TYPES.includes(type as RecordType))
          return ctx.badRequest(
            `Tham số "type" chỉ nhận ${RECORD_TYPES.join(', ')}; bỏ trống để tìm bài viết (type must be one of ${RECORD_TYPES.join(', ')})`,
          );
        delete ctx.query.type;
        return searchRecords(strapi, ctx, type as RecordType);
      }
      return search(ctx, async (context, agency) => {
        const related = agency ? agencies(strapi).relationScope(agency.code) : null;
        return {
          kind: 'article',
          category: slugParam(context.query, 'category'),
          themes: await keysOf(
            strapi,
            'api::campaign-theme.campaign-theme',
            slugParam(context.query, 'theme'),
            related,
          ),
          authors: await keysOf(strapi, 'api::author.author', slugParam(context.query, 'author'), related),
          from: dayParam(context.query, 'from', 'start'),
          to: dayParam(context.query, 'to', 'end'),
        };
      });
    },

    /**
     * GET /api/search/questions?q=&page=&pageSize=&agency=&topic= over citizens' published questions and their
     * answers: the site's search shows them as their own kind of result.
     */
    questions: (ctx: SearchContext) =>
      search(ctx, async (context) => {
        const topic = stringParam(context.query, 'topic');
        if (topic !== undefined && !isQuestionTopic(topic))
          throw new InvalidParameter(
            `Không có chủ đề "${topic.slice(0, 40)}"; các chủ đề: ${QUESTION_TOPIC_VALUES.join(', ')} (unknown topic)`,
          );
        return { kind: 'question', category: topic };
      }),
  };
};
