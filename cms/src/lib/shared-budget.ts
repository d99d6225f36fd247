import type { Core } from '@strapi/strapi';
import type { RateLimiter, RateLimitSettings } from './rate-limiter';

/** A budget shared by every instance: what a client has left, counted for the whole cluster where there is one. */
export type SharedBudget = { take(client: string): Promise<number | null> };

/** One table per budget (the sign-in attempts, the citizens' questions…): each sweeps by its own refill time. */
export const SIGN_IN_BUDGET_TABLE = 'thads_sign_in_budget';
export const QUESTION_BUDGET_TABLE = 'thads_question_budget';
const SWEEP_EVERY_MS = 60_000;

type Raw = { rows: Array<{ tokens: number; allowed: boolean }> };

/**
 * A budget that every instance shares (sign-in attempts, citizens' questions: a limit N instances would each allow
 * once is no limit). On PostgreSQL, each client's token bucket is one row, refilled and taken from in a single atomic upsert on the
 * database's clock (instances on several machines agree): behind nginx, N instances give a client the attempts one
 * gives, not N times as many. Rows of buckets full again are swept. On SQLite (one instance by rule), and while the
 * database fails, the instance's own bucket answers.
 */
export function sharedBudget(
  strapi: Core.Strapi,
  settings: RateLimitSettings,
  local: RateLimiter,
  table: string,
): SharedBudget {
  if (strapi.db.dialect.client !== 'postgres') return { take: async (client) => local.take(client) };
  const perSecond = settings.perMinute / 60;
  let ready: Promise<unknown> | null = null;
  let sweptAt = 0;
  let warned = false;

  const shared = async (client: string): Promise<number | null> => {
    // Instances starting together may race on the creation: the loser tries again on its next attempt.
    ready ??= strapi.db.connection
      .raw(
        `CREATE TABLE IF NOT EXISTS ${table} (client varchar(255) PRIMARY KEY, tokens double precision NOT NULL, ` +
          'allowed boolean NOT NULL, updated_at timestamptz NOT NULL)',
      )
      .then(
        () => undefined,
        (error: unknown) => {
          ready = null;
          throw error;
        },
      );
    await ready;
    if (Date.now() - sweptAt > SWEEP_EVERY_MS) {
      sweptAt = Date.now();
      await strapi.db.connection.raw(`DELETE FROM ${table} WHERE updated_at < now() - make_interval(secs => ?)`, [
        settings.burst / perSecond,
      ]);
    }
    const refilled = 'LEAST(:burst, b.tokens + EXTRACT(EPOCH FROM now() - b.updated_at) * :perSecond)';
    const { rows } = (await strapi.db.connection.raw(
      `INSERT INTO ${table} AS b (client, tokens, allowed, updated_at) VALUES (:client, :burst - 1, :burst >= 1, now())
       ON CONFLICT (client) DO UPDATE SET
         tokens = ${refilled} - CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
         allowed = ${refilled} >= 1,
         updated_at = now()
       RETURNING tokens, allowed`,
      { client, burst: settings.burst, perSecond },
    )) as unknown as Raw;
    const row = rows[0];
    if (!row || row.allowed) return null;
    return Math.max(1, Math.ceil((1 - row.tokens) / perSecond));
  };

  return {
    take: async (client) => {
      if (!settings.enabled) return null;
      try {
        return await shared(client);
      } catch (error) {
        if (!warned)
          strapi.log.warn(`[rate-limit] shared budget ${table} unavailable, counting per instance: ${error}`);
        warned = true;
        return local.take(client);
      }
    },
  };
}
