/*
 * Mirrors: @strapi/core 5.54.0 — dist/services/document-service/repository.js (`validateParams`: which checks run on
 * sort, fields, filters and populate), dist/services/document-service/transform/fields.js and transform/populate.js
 * (documentId added to field lists), transform/query.js and the private `query-params` service (`strapi.get`), and
 * draft-and-publish.js (`status: 'published'` as a `publishedAt` condition on every populated type); the database
 * errors @strapi/database 5.54.0 throws for values of the wrong type.
 * Why: the Document Service spends most of a public read's time on conversions whose result never changes for a
 * query shape (docs/api-benchmark.md). Verify after an upgrade: tests/audience.test.ts ("against stock Strapi":
 * 30 query forms compared with a LEAN_READS=false instance) and tests/public-api.test.ts; see README.md here.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors as databaseErrors } from '@strapi/database';
import { contentTypes, errors, traverse, validate } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { scopedPopulate, withPublicShape, withReadRule } from '../audience/guard';
import { categoryFilterFromColumn } from '../document-middlewares/category-column';
import { boundedCount, type Total } from '../lib/bounded-count';
import type { Scope } from '../lib/request-scope';
import { isPlainObject } from '../lib/query-shape';

type Query = Record<string, unknown>;
type Model = Parameters<typeof contentTypes.hasDraftAndPublish>[0];
/** The private `query-params` service: the Document Service's conversion of REST parameters to the query engine's. */
type QueryParamsService = {
  transform: (uid: string, params: Query) => { where?: unknown; offset?: number; limit?: number } & DbQuery;
};
/** What @strapi/utils' traversals and validators read a model from. */
type Traversal = { schema: Model; getModel: (uid: string) => Model };
type DbQuery = { select?: unknown; populate?: unknown; orderBy?: unknown };

/** What a public read of published documents asks for, once the controller has validated it. */
export type PublishedRead = {
  filters?: unknown;
  sort?: unknown;
  fields?: unknown;
  populate?: unknown;
  start?: number;
  limit?: number;
};

/** The Document Service's own checks of a read's parameters (`validateParams` in its repository, @strapi/core 5.54). */
const SORT_CHECKS = ['nonAttributesOperators', 'dynamicZones', 'morphRelations'];
const FIELD_CHECKS = ['scalarAttributes'];
const FILTER_CHECKS = ['nonAttributesOperators', 'dynamicZones', 'morphRelations'];
const POPULATE_CHECKS = {
  sort: SORT_CHECKS,
  field: FIELD_CHECKS,
  filters: FILTER_CHECKS,
  populate: ['nonAttributesOperators'],
};
/** Database errors caused by the values a client sent, which the Document Service reports as a 400. */
const CLIENT_DATABASE_ERRORS = [
  databaseErrors.InvalidTimeError,
  databaseErrors.InvalidDateTimeError,
  databaseErrors.InvalidDateError,
  databaseErrors.InvalidRelationError,
];

/** lodash's isEmpty, as the Document Service decides which parameters to check. */
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' ? value.length === 0 : typeof value === 'object' ? Object.keys(value).length === 0 : true);

/** Distinct query shapes (field list, populate tree, sort) kept worked out; the site uses a handful, partners a few more. */
export const SHAPES_KEPT = 500;
/** A shape whose text is longer than this is worked out on each request rather than kept. */
const LONGEST_SHAPE_KEPT = 8192;

/** The text naming a query's shape (field list, populate tree, sort), or null when it is too long to keep. */
export function shapeKeyOf(query: { fields?: unknown; populate?: unknown; sort?: unknown }): string | null {
  const key = JSON.stringify([query.fields ?? null, query.populate ?? null, query.sort ?? null]);
  return key.length > LONGEST_SHAPE_KEPT ? null : key;
}

/**
 * Public reads of published documents, straight from Strapi's query engine. For the public scope only: staff reads
 * and anything else go through the Document Service.
 *
 * The Document Service spends most of a read's time on work whose result never changes for a given field list,
 * populate tree and sort (validating and converting them, several times over, through lodash pipelines) and on a
 * transaction a read does not need. Here the conversion is done once per shape, with the Document Service's own steps
 * (documentId added to field lists, `query-params` conversion), and kept; each request converts only its filters.
 * What the Document Service would add is added the same way: published rows only, on the root and on every populated
 * draft-and-publish type (the same `filters` callback Strapi's status conversion makes), and for the public the
 * audience rule of `audience/guard` (as a Document Service middleware, which this path does not pass
 * through). The callers validate the query first, as before; tests compare the answers with the Document Service's.
 */
export function publishedReader(strapi: Core.Strapi) {
  const shapes = new LRUCache<string, DbQuery>({ max: SHAPES_KEPT });
  // A registry entry Strapi's types do not list (the container is typed by name for public services only).
  const queryParams = () => strapi.get('query-params') as QueryParamsService;
  const checksOf = (uid: string) => traversalOf(strapi, uid);

  /** The published rows of any draft-and-publish type a query reaches, as Strapi's `status=published` says it. */
  const publishedOnly = ({ meta }: { meta: { uid: string } }) => {
    const model = modelOf(strapi, meta.uid);
    return model && contentTypes.hasDraftAndPublish(model) ? { publishedAt: { $null: false } } : {};
  };

  async function convertShape(uid: string, params: PublishedRead, scope: Scope): Promise<DbQuery> {
    const populate = scopedPopulate(strapi, uid, structuredClone(params.populate), scope);
    const checks = checksOf(uid);
    if (!isEmpty(params.sort)) await validate.validators.validateSort(checks, params.sort, SORT_CHECKS);
    if (!isEmpty(params.fields)) await validate.validators.validateFields(checks, params.fields, FIELD_CHECKS);
    if (!isEmpty(populate)) await validate.validators.validatePopulate(checks, populate, POPULATE_CHECKS);
    const fields =
      Array.isArray(params.fields) && !params.fields.includes('documentId')
        ? [...params.fields, 'documentId']
        : params.fields;
    const {
      select,
      populate: dbPopulate,
      orderBy,
    } = queryParams().transform(uid, {
      fields,
      populate: await withDocumentIds(strapi, uid, populate),
      sort: params.sort,
    });
    return { select, populate: dbPopulate, orderBy };
  }

  /**
   * The converted field list, populate tree and sort: checked and converted once per shape (and agency view, whose
   * conditions the populate tree carries), then kept.
   */
  async function shapeOf(uid: string, params: PublishedRead, scope: Scope): Promise<DbQuery> {
    const shapeKey = shapeKeyOf(params);
    if (shapeKey === null) return convertShape(uid, params, scope);
    const key = `${uid}\u0000${scope.view?.code ?? ''}\u0000${shapeKey}`;
    let shape = shapes.get(key);
    if (!shape) {
      shape = await convertShape(uid, params, scope);
      shapes.set(key, shape);
    }
    // The query engine may annotate what it is given; the kept shape must stay as converted.
    return structuredClone(shape);
  }

  /** The client's filters (checked and converted on each request) with the published and read rules, and paging. */
  async function selectionOf(uid: string, params: PublishedRead, scope: Scope, extra?: Query) {
    const filters = withReadRule(strapi, uid, params.filters, scope);
    if (!isEmpty(filters)) await validate.validators.validateFilters(checksOf(uid), filters, FILTER_CHECKS);
    const { where, offset, limit } = queryParams().transform(uid, {
      // Checked as the client wrote it; a category page's filter then read from the article's own column.
      filters: await categoryFilterFromColumn(strapi, uid, filters),
      start: params.start,
      limit: params.limit,
    });
    const conditions = [
      { publishedAt: { $notNull: true } },
      ...(extra ? [extra] : []),
      ...(where === undefined ? [] : [where]),
    ];
    return { where: { $and: conditions }, filters: publishedOnly, offset, limit };
  }

  /** Values the database could not read as their column's type are the client's mistake, as in the Document Service. */
  async function reading<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof Error && CLIENT_DATABASE_ERRORS.some((type) => error instanceof type))
        throw new errors.ValidationError(error.message);
      throw error;
    }
  }

  return {
    async findMany(uid: UID.CollectionType, asked: PublishedRead, scope: Scope): Promise<unknown[]> {
      const params = withPublicShape(uid, asked);
      // Filters are checked before the shape, as the Document Service reports their errors first.
      const selection = await selectionOf(uid, params, scope);
      const query = { ...(await shapeOf(uid, params, scope)), ...selection };
      return reading(() => strapi.db.query(uid).findMany(query));
    },
    async findOne(uid: UID.CollectionType, documentId: string, asked: PublishedRead, scope: Scope): Promise<unknown> {
      const params = withPublicShape(uid, asked);
      const {
        offset: _offset,
        limit: _limit,
        ...selection
      } = await selectionOf(uid, { filters: params.filters }, scope, { documentId });
      const query = { ...(await shapeOf(uid, params, scope)), ...selection };
      return reading(() => strapi.db.query(uid).findOne(query));
    },
    /** The total, exact up to a bound and estimated above it (`lib/bounded-count`). */
    async count(uid: UID.CollectionType, params: Pick<PublishedRead, 'filters'>, scope: Scope): Promise<Total> {
      const { where, filters } = await selectionOf(uid, { filters: params.filters }, scope);
      return reading(() =>
        boundedCount(strapi, strapi.db.queryBuilder(uid).select(['id']).where(where).getKnexQuery(), async () =>
          Number(await strapi.db.query(uid).count({ where, filters })),
        ),
      );
    },
  };
}

/** documentId in every relation's field list, as the Document Service adds it (transform/populate in @strapi/core). */
async function withDocumentIds(strapi: Core.Strapi, uid: string, populate: unknown): Promise<unknown> {
  if (populate === undefined || populate === null || typeof populate !== 'object') return populate;
  return traverse.traverseQueryPopulate(
    async ({ attribute, key, value }, { set }) => {
      if (!isPlainObject(value) || attribute?.type !== 'relation') return;
      if (Array.isArray(value.fields) && !value.fields.includes('documentId'))
        value.fields = [...value.fields, 'documentId'];
      set(key, value);
    },
    traversalOf(strapi, uid),
    populate,
  );
}

/**
 * A model as @strapi/utils reads it. Strapi's schema types and @strapi/utils' `Model` are declared apart for the
 * same registry objects, and `getModel` is typed for known UIDs only; query-engine meta hands plain strings.
 */
const modelOf = (strapi: Core.Strapi, uid: string): Model | undefined => strapi.getModel(uid as UID.Schema);

/** What @strapi/utils' traversals and validators take; they are only given UIDs of registered models. */
function traversalOf(strapi: Core.Strapi, uid: string): Traversal {
  const getModel = (name: string) => modelOf(strapi, name) as Model;
  return { schema: getModel(uid), getModel };
}
