import { factories, type Core, type UID } from '@strapi/strapi';
import { errors, pagination as paginationUtils } from '@strapi/utils';
import { LEAN_READ } from './default-query';
import { publishedReader } from './published-reads';
import { currentScope } from './request-scope';

type CollectionUid = UID.CollectionType;
type Query = Record<string, unknown>;
type Controller = {
  sanitizeOutput: (data: unknown, ctx: unknown) => Promise<unknown>;
  transformResponse: (data: unknown, meta?: unknown) => unknown;
};
type ReadContext = { query: Query; params: { id?: string }; state: Record<string, unknown>; notFound: () => unknown };

/** The parameters a read passes on; anything else in the query string was validated and is ignored. */
const READ_PARAMETERS = ['filters', 'sort', 'fields', 'populate', 'pagination', 'status', 'locale'] as const;

/**
 * Validates what the client sent (filters, sort, pagination…) against the caller's permissions; the field list and
 * populate tree are the route's own and need no check, and skipping them is most of validation's cost.
 */
async function validateClientPart(strapi: Core.Strapi, uid: CollectionUid, ctx: ReadContext): Promise<void> {
  const { fields: _fields, populate: _populate, ...clientPart } = ctx.query;
  await strapi.contentAPI.validate.query(clientPart, strapi.getModel(uid), { auth: ctx.state.auth as never });
}

const leanEnabled = (strapi: Core.Strapi) => strapi.config.get<boolean>('reads.lean', true);
const isLean = (strapi: Core.Strapi, ctx: ReadContext) => leanEnabled(strapi) && ctx.state[LEAN_READ] === true;
const readParameters = (query: Query): Query =>
  Object.fromEntries(READ_PARAMETERS.filter((name) => query[name] !== undefined).map((name) => [name, query[name]]));

/**
 * Public reads without the work that does not protect anything here. When the field list and populate tree are the
 * route's own (the client sent neither), what the client sent is still validated against the caller's permissions
 * (unknown or private fields in filters and sort are a 400) and the output still sanitised, but the route's own
 * parts are neither validated nor sanitised: they are trusted code, not input. With the client's own `fields`/`populate` every step of
 * stock Strapi runs.
 */
export function leanCollectionController(uid: CollectionUid) {
  return factories.createCoreController(uid, ({ strapi }) => ({
    async find(context) {
      const ctx = context as unknown as ReadContext;
      if (!isLean(strapi, ctx)) return super.find(context);
      const self = this as unknown as Controller;
      await validateClientPart(strapi, uid, ctx);
      const { results, pagination } = (await strapi.service(uid).find(readParameters(ctx.query))) as { results: unknown[]; pagination: unknown };
      return self.transformResponse(await self.sanitizeOutput(results, ctx), { pagination });
    },
    async findOne(context) {
      const ctx = context as unknown as ReadContext;
      if (!isLean(strapi, ctx)) return super.findOne(context);
      const self = this as unknown as Controller;
      await validateClientPart(strapi, uid, ctx);
      const entity = await strapi.service(uid).findOne(ctx.params.id as string, readParameters(ctx.query));
      if (!entity) return ctx.notFound();
      return self.transformResponse(await self.sanitizeOutput(entity, ctx));
    },
  }));
}

const readers = new WeakMap<Core.Strapi, ReturnType<typeof publishedReader>>();
/** Parameters the published reader understands; a read with any other (locale, publication filters…) takes the Document Service. */
const DIRECT_PARAMETERS = new Set(['filters', 'sort', 'fields', 'populate', 'pagination', 'status', 'start', 'limit']);

/** The published reader, when this read is the public's, of published documents, in a form it understands. */
async function directReader(strapi: Core.Strapi, params: Query) {
  if (params.status !== 'published' || !Object.keys(params).every((name) => DIRECT_PARAMETERS.has(name))) return null;
  if ((await currentScope(strapi)) !== 'public') return null;
  let reader = readers.get(strapi);
  if (!reader) {
    reader = publishedReader(strapi);
    readers.set(strapi, reader);
  }
  return reader;
}

function shouldCount(params: Query): boolean {
  const withCount = (params.pagination as Query | undefined)?.withCount;
  if (withCount === undefined) return strapi.config.get<boolean>('api.rest.withCount', true);
  if ([true, 'true', 't', '1', 1].includes(withCount as never)) return true;
  if ([false, 'false', 'f', '0', 0].includes(withCount as never)) return false;
  throw new errors.ValidationError('Invalid withCount parameter. Expected "t","1","true","false","0","f"');
}

/**
 * Stock `find` and `findOne`, except that the public's reads of published documents go straight to the query engine
 * (`published-reads`), and the count is asked with the filters alone: Strapi passes it the whole query (populate
 * tree, field list, sort), which only costs.
 */
export function leanCollectionService(uid: CollectionUid) {
  return factories.createCoreService(uid, ({ strapi }) => ({
    async find(params: object = {}) {
      if (!leanEnabled(strapi)) return super.find(params);
      const fetchParams: Query = { status: 'published', ...(params as Query) };
      const pagination = (fetchParams.pagination ?? {}) as Query;
      const defaultLimit = Number(strapi.config.get('api.rest.defaultLimit', 25));
      const maxLimit = Number(strapi.config.get('api.rest.maxLimit')) || -1;
      const { start, limit } = paginationUtils.withDefaultPagination(pagination as never, {
        defaults: { offset: { limit: defaultLimit }, page: { pageSize: defaultLimit } },
        maxLimit,
      }) as { start: number; limit: number };
      const isOffset = 'start' in pagination || 'limit' in pagination;
      const isPaged = 'page' in pagination || 'pageSize' in pagination || !isOffset;
      const direct = await directReader(strapi, fetchParams);
      const results = direct ? await direct.findMany(uid, { ...fetchParams, start, limit }) : await strapi.documents(uid).findMany({ ...fetchParams, start, limit } as never);
      const transform = isPaged ? paginationUtils.transformPagedPaginationInfo : paginationUtils.transformOffsetPaginationInfo;
      if (!shouldCount(fetchParams)) {
        const { total: _total, pageCount: _pageCount, ...info } = transform({ start, limit }, 0) as unknown as Query;
        return { results, pagination: info } as never;
      }
      const total = direct
        ? await direct.count(uid, fetchParams)
        : await strapi.documents(uid).count({ status: fetchParams.status, locale: fetchParams.locale, filters: fetchParams.filters } as never);
      return { results, pagination: transform({ start, limit }, total) } as never;
    },
    async findOne(documentId: string, params: object = {}) {
      const fetchParams: Query = { status: 'published', ...(params as Query) };
      const direct = leanEnabled(strapi) ? await directReader(strapi, fetchParams) : null;
      return direct ? direct.findOne(uid, documentId, fetchParams) : super.findOne(documentId, params);
    },
  }));
}
