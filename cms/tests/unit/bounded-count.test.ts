import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { unordered, type KnexQuery } from '../../src/lib/bounded-count';

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
