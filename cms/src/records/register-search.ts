import type { Core } from '@strapi/strapi';
import { DEBTOR_ENTRY, PUBLIC_SHAPES } from '../audience/guard';
import { agencies } from '../agencies/registry';
import { unordered } from '../lib/bounded-count';
import { integerParam, InvalidParameter, stringParam } from '../lib/query-params';
import { looksLikeNumber, nameKey, numberKey, prefixEnd } from './keys';

/** Beyond this many matches the register says "more than" rather than counting every one (a national register holds a million). */
export const REGISTER_COUNT_CAP = 10_000;
export const REGISTER_MAX_PAGE_SIZE = 100;
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
/** What the register's list answers to; anything else is refused rather than ignored. */
const PARAMETERS = new Set(['q', 'unit', 'year', 'page', 'pageSize', 'filters']);

export type RegisterQuery = {
  q?: string;
  agencies?: readonly string[];
  unit?: string;
  year?: number;
  page: number;
  pageSize: number;
};

/** A reader's register query from the request (`agency=` was read before, by the route's default-query). */
export function registerQuery(query: Record<string, unknown>, agency: string | undefined, strapi: Core.Strapi) {
  const unknown = Object.keys(query).filter((name) => !PARAMETERS.has(name));
  if (unknown.length > 0)
    throw new InvalidParameter(
      `Danh sách chỉ nhận các tham số q, agency, unit, year, page, pageSize (unknown parameter: ${unknown.join(', ').slice(0, 100)})`,
    );
  let filtered: string | undefined;
  if (query.filters !== undefined) {
    const filters = query.filters as { agency?: { $eq?: unknown } } | undefined;
    const code = filters?.agency?.$eq;
    if (typeof code !== 'string' || Object.keys(query.filters as object).length !== 1)
      throw new InvalidParameter(
        'Danh sách chỉ nhận bộ lọc filters[agency][$eq]=<mã cơ quan>; tìm theo tên, đơn vị, năm bằng q, unit, year',
      );
    filtered = code;
  }
  const q = stringParam(query, 'q')?.slice(0, 200);
  const unit = stringParam(query, 'unit');
  if (unit !== undefined && !DOCUMENT_ID.test(unit))
    throw new InvalidParameter('Tham số "unit" là documentId của một đơn vị (/api/units)');
  const year = stringParam(query, 'year')
    ? integerParam(query, 'year', { min: 1990, max: 2100, fallback: 0, outOfRange: 'reject' })
    : undefined;
  const registry = agencies(strapi);
  const within = agency ? registry.readScope(agency) : undefined;
  const scoped = filtered === undefined ? within : (within ?? [filtered]).filter((code) => code === filtered);
  return {
    q,
    unit,
    year,
    agencies: scoped,
    page: integerParam(query, 'page', { min: 1, max: 10_000, fallback: 1 }),
    pageSize: integerParam(query, 'pageSize', { min: 1, max: REGISTER_MAX_PAGE_SIZE, fallback: 20 }),
  } satisfies RegisterQuery;
}

/** The query engine's conditions of a register query: published entries only (an entry taken off has none). */
function conditionsOf(query: RegisterQuery): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [{ publishedAt: { $notNull: true } }];
  if (query.agencies) conditions.push({ agency: { $in: [...query.agencies] } });
  if (query.unit) conditions.push({ unit: { documentId: query.unit } });
  if (query.year) conditions.push({ noConditionsOn: { $gte: `${query.year}-01-01`, $lte: `${query.year}-12-31` } });
  if (query.q) {
    // A decision number in any spelling, or a name without diacritics from its beginning ("nguyen van a").
    const [column, key] = looksLikeNumber(query.q)
      ? ['decisionKey', numberKey(query.q)]
      : ['nameKey', nameKey(query.q)];
    if (key) conditions.push({ [column]: { $gte: key, $lt: prefixEnd(key) } });
  }
  return conditions;
}

type Row = Record<string, unknown> & { unit?: Record<string, unknown> | null };

/**
 * The register's own search (never the site-wide one): by name without diacritics or by decision number, filtered by
 * agency, unit and year, in name order; only the public shape of each entry. The count stops at REGISTER_COUNT_CAP.
 */
export async function searchRegister(strapi: Core.Strapi, query: RegisterQuery) {
  const shape = PUBLIC_SHAPES[DEBTOR_ENTRY]!;
  const where = { $and: conditionsOf(query) };
  if (query.agencies?.length === 0) return { rows: [], total: 0, capped: false };
  const rows = (await strapi.db.query(DEBTOR_ENTRY).findMany({
    where,
    select: ['id', 'documentId', ...shape.fields],
    populate: { unit: { select: ['id', 'documentId', 'name', 'kind'] } },
    orderBy: [{ nameKey: 'asc' }, { id: 'asc' }],
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  })) as Row[];
  const knex = strapi.db.connection;
  const matching = unordered(
    strapi.db
      .queryBuilder(DEBTOR_ENTRY)
      .select(['id'])
      .where(where)
      .limit(REGISTER_COUNT_CAP + 1)
      .getKnexQuery(),
  );
  const [{ total }] = (await knex.count({ total: '*' }).from(matching.as('matching'))) as Array<{
    total: number | string;
  }>;
  const count = Number(total);
  return {
    rows: rows.map(({ unit, ...row }) => ({
      ...row,
      unit: unit ? { id: unit.id, documentId: unit.documentId, name: unit.name, kind: unit.kind } : null,
    })),
    total: Math.min(count, REGISTER_COUNT_CAP),
    capped: count > REGISTER_COUNT_CAP,
  };
}
