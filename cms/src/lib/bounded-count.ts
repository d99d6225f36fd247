import type { Core } from '@strapi/strapi';

/** A knex query as Strapi's query builder hands it (`getKnexQuery()`); knex itself is not a dependency of ours. */
export type KnexQuery = ReturnType<ReturnType<Core.Strapi['db']['queryBuilder']>['getKnexQuery']>;
type RawBindings = Parameters<Core.Strapi['db']['connection']['raw']>[1];

/**
 * A list's or a search's total: counted exactly up to a bound, estimated above it. Counting every match of a query
 * over hundreds of thousands of rows costs more than the page it is shown with (at 1,000,000 articles a national list
 * or a search for "thi hành án" matches half of them); the reader needs the pages near them, not an exact number.
 */
export type Total = { total: number; estimated: boolean };

/** Up to this many matches are counted exactly, everywhere. */
export const EXACT_COUNT_BOUND = 10_000;

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

type Plan = { Plan?: { 'Plan Rows'?: number } };
/** Runs one statement (with `?` bindings) and gives its rows. */
export type RunSql = (sql: string, bindings: readonly unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * PostgreSQL's total of a selection (`select` and `bindings`: any columns, no limit): counted up to the bound, past it
 * the planner's estimate of the selection's rows (statistics kept by ANALYZE), flagged as such, never below the bound.
 * `estimateFirst` asks the planner before counting, for a full-text search, whose count checks each match's text (a
 * search for "thi hành án" in one agency read its 12,065 articles' texts to count the first 10,001, 97 ms): above the
 * bound, the estimate is the total without counting (PostgreSQL's statistics of words estimated those 12,065 as
 * 12,176).
 */
export async function boundedCountSql(
  run: RunSql,
  select: string,
  bindings: readonly unknown[],
  { estimateFirst = false }: { estimateFirst?: boolean } = {},
): Promise<Total> {
  const estimate = async () => {
    const [plan] = await run(`EXPLAIN (FORMAT JSON) ${select}`, bindings);
    return Math.round((plan?.['QUERY PLAN'] as Plan[] | undefined)?.[0]?.Plan?.['Plan Rows'] ?? 0);
  };
  const estimated = estimateFirst ? await estimate() : undefined;
  if (estimated !== undefined && estimated > EXACT_COUNT_BOUND) return { total: estimated, estimated: true };
  const [row] = await run(`SELECT count(*) AS n FROM (${select} LIMIT ${EXACT_COUNT_BOUND + 1}) AS bounded`, bindings);
  const counted = Number(row?.n ?? 0);
  if (counted <= EXACT_COUNT_BOUND) return { total: counted, estimated: false };
  return { total: Math.max(EXACT_COUNT_BOUND + 1, estimated ?? (await estimate())), estimated: true };
}

/**
 * A query of the rows to count, without the `ORDER BY id` Strapi's query builder gives every query: counting needs no
 * order, and with it PostgreSQL sorts every match (83,000 of a million register entries for "le") before the bound.
 */
export const unordered = (query: KnexQuery): KnexQuery => query.clearOrder();

/**
 * The total of the rows a query selects (`query`: the matching rows, any columns, no limit). SQLite (one machine,
 * 100,000 articles at most in this project's figures) counts exactly (`exact`); PostgreSQL counts up to the bound.
 */
export async function boundedCount(
  strapi: Core.Strapi,
  query: KnexQuery,
  exact: () => Promise<number>,
): Promise<Total> {
  if (!isPostgres(strapi)) return { total: await exact(), estimated: false };
  const knex = strapi.db.connection;
  const { sql, bindings } = unordered(query).toSQL();
  return boundedCountSql(
    async (statement, values) =>
      ((await knex.raw(statement, values as RawBindings)) as { rows: Array<Record<string, unknown>> }).rows,
    sql,
    bindings,
  );
}
