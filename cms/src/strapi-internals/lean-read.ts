/*
 * Mirrors: @strapi/core 5.54.0 — dist/core-api/controller/collection-type.js (`find`, `findOne`), dist/core-api/controller/index.js
 * (`validateQuery`, `sanitizeQuery`, getContentAPIOptions) and dist/core-api/service/collection-type.js (`find`,
 * `findOne`, the count), with @strapi/utils 5.54.0's pagination helpers as the service uses them.
 * Why: stock reads validate and sanitise the route's own field list and populate tree on every request, and count
 * with the whole query; most of an uncached public read's cost (docs/api-benchmark.md).
 * Verify after an upgrade: tests/audience.test.ts and tests/public-api.test.ts (answers equal a LEAN_READS=false
 * stock instance's), tests/response-cache.test.ts (shape checks per public permission set); see README.md here.
 */
import type { Context } from 'koa';
import { factories, type Core, type UID } from '@strapi/strapi';
import { errors, pagination as paginationUtils, type validate } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { keptCount } from '../cache/invalidation';
import { identify } from '../http/request-identity';
import { LEAN_READ } from '../lib/default-query';
import type { Total } from '../lib/bounded-count';
import { isPlainObject } from '../lib/query-shape';
import { currentScope } from '../lib/request-scope';
import { publishedReader, shapeKeyOf, SHAPES_KEPT } from './published-reads';

type CollectionUid = UID.CollectionType;
type Query = Record<string, unknown>;

/** The parameters a read passes on; anything else in the query string was validated and is ignored. */
const READ_PARAMETERS = ['filters', 'sort', 'fields', 'populate', 'pagination', 'status', 'locale'] as const;

/**
 * Validates what the client sent (filters, sort, pagination…) against the caller's permissions; the field list and
 * populate tree are the route's own and need no check, and skipping them is most of validation's cost.
 */
async function validateClientPart(strapi: Core.Strapi, uid: CollectionUid, ctx: Context): Promise<void> {
  const { fields: _fields, populate: _populate, ...clientPart } = ctx.query;
  await strapi.contentAPI.validate.query(clientPart, strapi.getModel(uid), { auth: ctx.state.auth });
}

/** The parts of a query that make its shape: the same for every request of a page, whatever it filters on. */
const SHAPE_PARAMETERS = ['fields', 'populate', 'sort'] as const;
type CheckedShape = { valid?: true; sanitized?: Query };

/** The options stock controllers give `contentAPI.validate`/`sanitize` (getContentAPIOptions in @strapi/core 5.54). */
function contentApiOptions(strapi: Core.Strapi, ctx: Context): validate.Options {
  const options: validate.Options = { auth: ctx.state.auth ?? {}, route: ctx.state.route };
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
 * and replaced when a permission changes (`strapi-internals/public-ability`), so a shape checked under it stays checked.
 */
function checkedShapes() {
  const byAbility = new WeakMap<object, LRUCache<string, CheckedShape>>();
  return (strapi: Core.Strapi, ctx: Context): LRUCache<string, CheckedShape> | null => {
    const ability: unknown = ctx.state.auth?.ability;
    // The public's permission set: users-permissions' answer to a request without credentials.
    if (!identify(strapi, ctx.req).anonymous || typeof ability !== 'object' || ability === null) return null;
    let shapes = byAbility.get(ability);
    if (!shapes) {
      shapes = new LRUCache<string, CheckedShape>({ max: SHAPES_KEPT });
      byAbility.set(ability, shapes);
    }
    return shapes;
  };
}

const leanEnabled = (strapi: Core.Strapi) => strapi.config.get<boolean>('reads.lean', true);
const isLean = (strapi: Core.Strapi, ctx: Context) => leanEnabled(strapi) && ctx.state[LEAN_READ] === true;
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
  const anonymousQueryParts = (strapi: Core.Strapi, ctx: Context) => {
    const shapes = leanEnabled(strapi) ? shapesOf(strapi, ctx) : null;
    if (!shapes) return null;
    const { shape, rest, key } = splitQuery(ctx.query);
    if (key === null) return null;
    return { shapes, key, shape, rest, model: strapi.getModel(uid), options: contentApiOptions(strapi, ctx) };
  };
  return factories.createCoreController(uid, ({ strapi }) => ({
    // Stock validation and sanitising of the client's query, with its shape (field list, populate tree, sort) checked
    // once per public permission set rather than on every anonymous request; filters and paging every time.
    async validateQuery(context) {
      const parts = anonymousQueryParts(strapi, context);
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
      const parts = anonymousQueryParts(strapi, context);
      if (!parts) return super.sanitizeQuery(context);
      const { shapes, key, shape, rest, model, options } = parts;
      let sanitized = shapes.get(key)?.sanitized;
      if (!sanitized) {
        sanitized = await strapi.contentAPI.sanitize.query(shape, model, options);
        shapes.set(key, { ...shapes.get(key), sanitized });
      }
      return {
        ...(await strapi.contentAPI.sanitize.query(rest, model, options)),
        ...structuredClone(sanitized),
      };
    },
    async find(ctx) {
      if (!isLean(strapi, ctx)) return super.find(ctx);
      await validateClientPart(strapi, uid, ctx);
      const { results, pagination } = await strapi.service(uid).find(readParameters(ctx.query));
      return super.transformResponse(await super.sanitizeOutput(results, ctx), { pagination });
    },
    async findOne(ctx) {
      if (!isLean(strapi, ctx)) return super.findOne(ctx);
      await validateClientPart(strapi, uid, ctx);
      const entity = await strapi.service(uid).findOne(ctx.params.id, readParameters(ctx.query));
      if (!entity) return ctx.notFound();
      return super.transformResponse(await super.sanitizeOutput(entity, ctx));
    },
  }));
}

const readers = new WeakMap<Core.Strapi, ReturnType<typeof publishedReader>>();
/** Parameters the published reader understands; a read with any other (locale, publication filters…) takes the Document Service. */
const DIRECT_PARAMETERS = new Set(['filters', 'sort', 'fields', 'populate', 'pagination', 'status', 'start', 'limit']);

/** The published reader, when this read is the public's, of published documents, in a form it understands. */
async function directReader(strapi: Core.Strapi, params: Query) {
  if (params.status !== 'published' || !Object.keys(params).every((name) => DIRECT_PARAMETERS.has(name))) return null;
  const scope = await currentScope(strapi);
  if (scope?.audience !== 'public') return null;
  let reader = readers.get(strapi);
  if (!reader) {
    reader = publishedReader(strapi);
    readers.set(strapi, reader);
  }
  return { reader, scope };
}

/** Parameters as `withDefaultPagination` takes them; it reads numbers out of what the client sent itself. */
type PaginationArgs = Parameters<typeof paginationUtils.withDefaultPagination>[0];

function shouldCount(params: Query): boolean {
  const withCount = isPlainObject(params.pagination) ? params.pagination.withCount : undefined;
  if (withCount === undefined) return strapi.config.get<boolean>('api.rest.withCount', true);
  if (COUNT_YES.has(withCount)) return true;
  if (COUNT_NO.has(withCount)) return false;
  throw new errors.ValidationError('Invalid withCount parameter. Expected "t","1","true","false","0","f"');
}
const COUNT_YES = new Set<unknown>([true, 'true', 't', '1', 1]);
const COUNT_NO = new Set<unknown>([false, 'false', 'f', '0', 0]);

/**
 * Stock `find` and `findOne`, except that the public's reads of published documents go straight to the query engine
 * (`published-reads`), and the count is asked with the filters alone: Strapi passes it the whole query (populate
 * tree, field list, sort), which only costs.
 */
export function leanCollectionService(uid: CollectionUid) {
  return factories.createCoreService(uid, ({ strapi }) => ({
    async find(params: object = {}) {
      if (!leanEnabled(strapi)) return super.find(params);
      const fetchParams: Query = { status: 'published', ...params };
      // The query's shape was checked before (lib/query-shape): pagination is an object when present.
      const pagination: Query = isPlainObject(fetchParams.pagination) ? fetchParams.pagination : {};
      const defaultLimit = Number(strapi.config.get('api.rest.defaultLimit', 25));
      const maxLimit = Number(strapi.config.get('api.rest.maxLimit')) || -1;
      // The client's values as sent (text from the query string); withDefaultPagination converts and checks them.
      const { start, limit } = paginationUtils.withDefaultPagination(pagination as PaginationArgs, {
        defaults: { offset: { limit: defaultLimit }, page: { pageSize: defaultLimit } },
        maxLimit,
      });
      const isOffset = 'start' in pagination || 'limit' in pagination;
      const isPaged = 'page' in pagination || 'pageSize' in pagination || !isOffset;
      const direct = await directReader(strapi, fetchParams);
      const results = direct
        ? await direct.reader.findMany(uid, { ...fetchParams, start, limit }, direct.scope)
        : await strapi.documents(uid).findMany(documentParams({ ...fetchParams, start, limit }));
      const counted = shouldCount(fetchParams);
      const { total, estimated }: Total = !counted
        ? { total: 0, estimated: false }
        : direct
          ? // The public's count (exact up to a bound, estimated above), kept for the other pages of the same list
            // until content changes.
            await keptCount(
              strapi,
              `${uid} ${direct.scope.view?.code ?? ''} ${JSON.stringify(fetchParams.filters ?? null)}`,
              () => direct.reader.count(uid, fetchParams, direct.scope),
            )
          : {
              total: await strapi.documents(uid).count(
                documentParams({
                  status: fetchParams.status,
                  locale: fetchParams.locale,
                  filters: fetchParams.filters,
                }),
              ),
              estimated: false,
            };
      // An estimated total says so: its pages past the matches are empty.
      const flag = estimated ? { estimated: true } : {};
      if (isPaged) {
        const { page, pageSize, ...counts } = paginationUtils.transformPagedPaginationInfo({ start, limit }, total);
        return { results, pagination: counted ? { page, pageSize, ...counts, ...flag } : { page, pageSize } };
      }
      const info = paginationUtils.transformOffsetPaginationInfo({ start, limit }, total);
      return { results, pagination: counted ? { ...info, ...flag } : { start: info.start, limit: info.limit } };
    },
    async findOne(documentId: string, params: object = {}) {
      const fetchParams: Query = { status: 'published', ...params };
      const direct = leanEnabled(strapi) ? await directReader(strapi, fetchParams) : null;
      return direct
        ? direct.reader.findOne(uid, documentId, fetchParams, direct.scope)
        : super.findOne(documentId, params);
    },
  }));
}

/**
 * The Document Service's parameters are typed per content type from literal queries; these are a client's query,
 * validated against the model at run time (validateQuery) instead.
 */
const documentParams = (params: Query): Record<string, never> => params as Record<string, never>;
