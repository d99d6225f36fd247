/*
 * Mirrors: knex 3.0.1 (the version @strapi/database 5.54.0 depends on), lib/dialects/better-sqlite3/index.js —
 * `Client_BetterSQLite3.prototype._query`, replaced here, and `_formatBindings`; and @strapi/database's
 * `strapi.db.connection.client` (the knex client).
 * Why: knex prepares every SQLite statement anew. Verify after an upgrade: every SQLite test file (all queries pass
 * through it), and compare `_query` in the new knex with the body below; see README.md here.
 */
import type { Core } from '@strapi/strapi';

type Statement = {
  reader: boolean;
  all: (bindings: unknown[]) => unknown;
  run: (bindings: unknown[]) => { lastInsertRowid: unknown; changes: number };
};
type Connection = { prepare: (sql: string) => Statement };
type QueryObject = { sql?: string; bindings?: unknown[]; response?: unknown; context?: unknown };
type KnexClient = {
  dialect?: string;
  driverName?: string;
  _query: (connection: Connection, obj: QueryObject) => Promise<QueryObject>;
  _formatBindings: (bindings?: unknown[]) => unknown[];
};

const PATCHED = Symbol.for('thads.sqlite-statement-cache');

/** Distinct statements kept per connection; Strapi issues a few hundred shapes, so this is never reached in practice. */
const MAX_STATEMENTS = 2000;

/**
 * knex compiles every SQLite statement anew (`prepare` on each query), a visible part of a read's cost here. With
 * better-sqlite3 a prepared statement can be reused once its previous run has finished, which `all`/`run` (both
 * synchronous) guarantee; SQLite re-prepares it by itself after a schema change. So each connection keeps its
 * statements by SQL text. The rest of knex's `_query` (pinned knex of Strapi 5.54) is unchanged.
 */
export function cacheSqliteStatements(strapi: Core.Strapi): void {
  if (!strapi.config.get<boolean>('reads.lean', true) || strapi.db.dialect.client !== 'sqlite') return;
  const client = (strapi.db.connection as unknown as { client: KnexClient }).client;
  if (client.driverName !== 'better-sqlite3' || typeof client._query !== 'function') return;
  // Transactions run on a client knex makes from the class's prototype, not from this instance: patch the prototype.
  const prototype = Object.getPrototypeOf(client) as KnexClient & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const caches = new WeakMap<Connection, Map<string, Statement>>();

  prototype._query = async function cachedQuery(this: KnexClient, connection: Connection, obj: QueryObject) {
    if (!obj.sql) throw new Error('The query is empty');
    if (!connection) throw new Error('No connection provided');
    let cache = caches.get(connection);
    if (!cache) {
      cache = new Map();
      caches.set(connection, cache);
    }
    let statement = cache.get(obj.sql);
    if (!statement) {
      statement = connection.prepare(obj.sql);
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      cache.set(obj.sql, statement);
    }
    const bindings = this._formatBindings(obj.bindings);
    if (statement.reader) {
      obj.response = statement.all(bindings);
      return obj;
    }
    const response = statement.run(bindings);
    obj.response = response;
    obj.context = { lastID: response.lastInsertRowid, changes: response.changes };
    return obj;
  };
}
