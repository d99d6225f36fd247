import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { boundedCountSql, EXACT_COUNT_BOUND, unordered, type KnexQuery } from '../../src/lib/bounded-count';

// knex as the CMS has it (a dependency of @strapi/database): it writes SQL without a connection.
const require = createRequire(import.meta.url);
type Knex = (config: { client: string }) => (table: string) => KnexQuery;
const knex = (createRequire(require.resolve('@strapi/database')) as (id: string) => Knex)('knex');

describe('a query to count', () => {
  it('loses the order Strapi’s query builder gives it, and keeps its conditions and bound', () => {
    for (const client of ['pg', 'better-sqlite3']) {
      const query = knex({ client })('debtor_entries')
        .select('id')
        .where('name_key', '>=', 'le')
        .orderBy('id', 'asc')
        .limit(10_001);
      const { sql } = unordered(query).toSQL();
      expect(sql).not.toMatch(/order by/i);
      expect(sql).toMatch(/where .*name_key.* >= \?/i);
      expect(sql).toMatch(/limit \?/i);
    }
  });
});

/** A database that answers EXPLAIN with `planned` rows and a bounded count with `matching` (up to the bound). */
function database(planned: number, matching: number) {
  const statements: string[] = [];
  const run = async (sql: string) => {
    statements.push(sql.startsWith('EXPLAIN') ? 'explain' : 'count');
    return sql.startsWith('EXPLAIN')
      ? [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': planned } }] }]
      : [{ n: String(Math.min(matching, EXACT_COUNT_BOUND + 1)) }];
  };
  return { run, statements };
}

describe('a bounded count', () => {
  it('counts exactly up to the bound, and gives the estimate above it', async () => {
    const few = database(30, 12);
    expect(await boundedCountSql(few.run, 'SELECT 1', [])).toEqual({ total: 12, estimated: false });
    expect(few.statements).toEqual(['count']);
    const many = database(80_000, 80_000);
    expect(await boundedCountSql(many.run, 'SELECT 1', [])).toEqual({ total: 80_000, estimated: true });
    expect(many.statements).toEqual(['count', 'explain']);
    // An estimate below the bound never makes a total below what was counted.
    const underestimated = database(50, 20_000);
    expect(await boundedCountSql(underestimated.run, 'SELECT 1', [])).toEqual({
      total: EXACT_COUNT_BOUND + 1,
      estimated: true,
    });
  });

  it('asked to estimate first, does not count a selection the planner puts above the bound', async () => {
    const common = database(EXACT_COUNT_BOUND + 1, 60_000);
    expect(await boundedCountSql(common.run, 'SELECT 1', [], { estimateFirst: true })).toEqual({
      total: EXACT_COUNT_BOUND + 1,
      estimated: true,
    });
    expect(common.statements).toEqual(['explain']);
    // Planned below the bound: counted, the estimate asked once, never a total below what was counted.
    const underestimated = database(9_000, 20_000);
    expect(await boundedCountSql(underestimated.run, 'SELECT 1', [], { estimateFirst: true })).toEqual({
      total: EXACT_COUNT_BOUND + 1,
      estimated: true,
    });
    expect(underestimated.statements).toEqual(['explain', 'count']);
    const rare = database(40, 3);
    expect(await boundedCountSql(rare.run, 'SELECT 1', [], { estimateFirst: true })).toEqual({
      total: 3,
      estimated: false,
    });
  });
});
