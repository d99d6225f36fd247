import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { Client, type ClientConfig } from 'pg';

/** How long one answer of "is the database reachable?" is believed. */
const RECHECK_MS = 1000;
const RETRY_AFTER_SECONDS = 5;

export const DATABASE_OUTAGE_MESSAGE =
  'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít giây (The database is briefly unreachable; try again in a few seconds).';

/**
 * While PostgreSQL is unreachable (restarted, failed over), Strapi answers 500, or 401 for the public (it cannot
 * read the public role), or waits for a connection. Here such an answer becomes a clean 503 with `Retry-After`, and
 * while the database stays unreachable the next requests get it at once instead of waiting; nginx tries another
 * instance on a 503, and serves what it has cached. SQLite cannot be unreachable: nothing to do there.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  if (strapi.db.dialect.client !== 'postgres') return (_ctx: Context, next: () => Promise<void>) => next();
  const settings = (strapi.config.get('database.connection') as { connection: ClientConfig }).connection;
  let state: { reachable: boolean; checkedAt: number; pending: Promise<boolean> | null } = {
    reachable: true,
    checkedAt: 0,
    pending: null,
  };

  /** A fresh connection (not the pool's, which waits for one): answers within a second. */
  const ping = async () => {
    const client = new Client({ ...settings, connectionTimeoutMillis: 1000, query_timeout: 1000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      void client.end().catch(() => {});
    }
  };
  /** Whether the database answers, by a check made at `freshSince` or later. */
  const reachable = async (freshSince: number) => {
    if (state.checkedAt >= freshSince) return state.reachable;
    state.pending ??= ping().then((up) => {
      state = { reachable: up, checkedAt: Date.now(), pending: null };
      return up;
    });
    return state.pending;
  };
  const unavailable = (ctx: Context) => {
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.body = {
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: DATABASE_OUTAGE_MESSAGE, details: {} },
    };
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    if (!state.reachable && !(await reachable(Date.now() - RECHECK_MS))) return unavailable(ctx);
    await next();
    // At most one check a second, however many 401s (wrong tokens) or 500s arrive.
    if ((ctx.status === 500 || ctx.status === 401) && !(await reachable(Date.now() - RECHECK_MS))) unavailable(ctx);
  };
};
