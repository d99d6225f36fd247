import { factories, type Core, type UID } from '@strapi/strapi';
import { errors, pagination as paginationUtils } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { LEAN_READ } from './default-query';
import { publishedReader, shapeKeyOf, SHAPES_KEPT } from './published-reads';
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

/** The parts of a query that make its shape: the same for every request of a page, whatever it filters on. */
const SHAPE_PARAMETERS = ['fields', 'populate', 'sort'] as const;
type CheckedShape = { valid?: true; sanitized?: Query };
type ContentApiOptions = { auth: unknown; route?: unknown; strictParams?: boolean };

/** The options stock controllers give `contentAPI.validate`/`sanitize` (getContentAPIOptions in @strapi/core 5.54). */
function contentApiOptions(strapi: Core.Strapi, ctx: ReadContext): ContentApiOptions {
  const options: ContentApiOptions = { auth: ctx.state.auth ?? {}, route: ctx.state.route };
  const strictParams = strapi.config.get<unknown>('api.rest.strictParams');
  if (typeof strictParams === 'boolean') options.strictParams = strictParams;
  return options;
}

/** The query's shape part, its key, and the rest (filters, pagination…), as separate queries. */
function splitQuery(query: Query): { shape: Query; rest: Query; key: string | null } {
  const shape: Query = {};
  const rest: Query = { ...query };
  for (const name of SHAPE_PARAMETERS) {
    if (name in rest) shape[name] = rest[name];
    delete rest[name];
  }
  return { shape, rest, key: shapeKeyOf(shape) };
}

/**
 * Checked shapes of anonymous requests, per public permission set: the public role's ability object is built once
 * and replaced when a permission changes (`auth/public-ability`), so a shape checked under it stays checked.
 */
function checkedShapes() {
  const byAbility = new WeakMap<object, LRUCache<string, CheckedShape>>();
  return (ctx: ReadContext): LRUCache<string, CheckedShape> | null => {
    const auth = ctx.state.auth as
      { strategy?: { name?: string }; credentials?: unknown; ability?: unknown } | undefined;
    if (
      auth?.strategy?.name !== 'users-permissions' ||
      auth.credentials ||
      typeof auth.ability !== 'object' ||
      auth.ability === null
    )
      return null;
    let shapes = byAbility.get(auth.ability);
    if (!shapes) {
      shapes = new LRUCache<string, CheckedShape>({ max: SHAPES_KEPT });
      byAbility.set(auth.ability, shapes);
    }
    return shapes;
  };
}

const leanEnabled = (strapi: Core.Strapi) => strapi.config.get<boolean>('reads.lean', true);
const isLean = (strapi: Core.Strapi, ctx: ReadContext) => leanEnabled(strapi) && ctx.state[LEAN_READ] === true;
const readParameters = (query: Query): Query =>
  Object.fromEntries(READ_PARAMETERS.filter((name) => query[name] !== undefined).map((name) => [name, query[name]]));

/**
 * Public reads without the work that does not protect anything here. When the field list and populate tree are the
 * route's own (the client sent neither), what the client sent is still validated against the caller's permissions
 * (unknown or private fields in filters and sort are a 400) and the output still sanitised, but the route's own
 * parts are neither validated nor sanitised: they are trusted code, not input. With the client's own
 * `fields`/`populate` every step of stock Strapi runs, the shape's checks once per public permission set.
 */
export function leanCollectionController(uid: CollectionUid) {
  const shapesOf = checkedShapes();
  /** An anonymous read's query in its two parts, with what checking them needs; null when it is not anonymous. */
  const anonymousQueryParts = (strapi: Core.Strapi, ctx: ReadContext) => {
    const shapes = leanEnabled(strapi) ? shapesOf(ctx) : null;
    if (!shapes) return null;
    const { shape, rest, key } = splitQuery(ctx.query);
    if (key === null) return null;
    return { shapes, key, shape, rest, model: strapi.getModel(uid), options: contentApiOptions(strapi, ctx) as never };
  };
  return factories.createCoreController(uid, ({ strapi }) => ({
    // Stock validation and sanitising of the client's query, with its shape (field list, populate tree, sort) checked
    // once per public permission set rather than on every anonymous request; filters and paging every time.
    async validateQuery(context) {
      const parts = anonymousQueryParts(strapi, context as unknown as ReadContext);
      if (!parts) return super.validateQuery(context);
      const { shapes, key, shape, rest, model, options } = parts;
      // The rest first: stock validation reports a bad filter before a bad field list.
      await strapi.contentAPI.validate.query(rest, model, options);
      if (!shapes.get(key)?.valid) {
        await strapi.contentAPI.validate.query(shape, model, options);
        shapes.set(key, { ...shapes.get(key), valid: true });
      }
    },
    async sanitizeQuery(context) {
      const parts = anonymousQueryParts(strapi, context as unknown as ReadContext);
      if (!parts) return super.sanitizeQuery(context);
      const { shapes, key, shape, rest, model, options } = parts;
      let sanitized = shapes.get(key)?.sanitized;
      if (!sanitized) {
        sanitized = (await strapi.contentAPI.sanitize.query(shape, model, options)) as Query;
        shapes.set(key, { ...shapes.get(key), sanitized });
      }
      return {
        ...((await strapi.contentAPI.sanitize.query(rest, model, options)) as Query),
        ...structuredClone(sanitized),
      };
    },
    async find(context) {
      const ctx = context as unknown as ReadContext;
      if (!isLean(strapi, ctx)) return super.find(context);
      const self = this as unknown as Controller;
      await validateClientPart(strapi, uid, ctx);
      const { results, pagination } = (await strapi.service(uid).find(readParameters(ctx.query))) as {
        results: unknown[];
        pagination: unknown;
      };
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
      const results = direct
        ? await direct.findMany(uid, { ...fetchParams, start, limit })
        : await strapi.documents(uid).findMany({ ...fetchParams, start, limit } as never);
      const transform = isPaged
        ? paginationUtils.transformPagedPaginationInfo
        : paginationUtils.transformOffsetPaginationInfo;
      if (!shouldCount(fetchParams)) {
        const { total: _total, pageCount: _pageCount, ...info } = transform({ start, limit }, 0) as unknown as Query;
        return { results, pagination: info } as never;
      }
      const total = direct
        ? await direct.count(uid, fetchParams)
        : await strapi
            .documents(uid)
            .count({ status: fetchParams.status, locale: fetchParams.locale, filters: fetchParams.filters } as never);
      return { results, pagination: transform({ start, limit }, total) } as never;
    },
    async findOne(documentId: string, params: object = {}) {
      const fetchParams: Query = { status: 'published', ...(params as Query) };
      const direct = leanEnabled(strapi) ? await directReader(strapi, fetchParams) : null;
      return direct ? direct.findOne(uid, documentId, fetchParams) : super.findOne(documentId, params);
    },
  }));
}
