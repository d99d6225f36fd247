import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { clientAddress } from '../lib/client-address';

type RateLimitSettings = { enabled: boolean; perMinute: number; burst: number; trustedProxies: string[] };
type Bucket = { tokens: number; updatedAt: number };

/** Past this many tracked clients, buckets that have refilled completely are forgotten. */
const SWEEP_ABOVE = 10_000;

/**
 * A token bucket per client on the public API (`/api/*`, `/uploads/*`): over the limit, 429 with `Retry-After`.
 * Kept per instance: behind a load balancer each instance allows its share, which bounds a client all the same.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = strapi.config.get<RateLimitSettings>('rate-limit');
  const trusted = new Set(settings.trustedProxies);
  const refillPerMs = settings.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const sweep = (now: number) => {
    for (const [client, bucket] of buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * refillPerMs >= settings.burst) buckets.delete(client);
    }
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    if (!settings.enabled || !(ctx.path.startsWith('/api/') || ctx.path.startsWith('/uploads/'))) return next();
    const now = Date.now();
    const client = clientAddress(ctx, trusted);
    let bucket = buckets.get(client);
    if (!bucket) {
      if (buckets.size >= SWEEP_ABOVE) sweep(now);
      bucket = { tokens: settings.burst, updatedAt: now };
      buckets.set(client, bucket);
    }
    bucket.tokens = Math.min(settings.burst, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = now;
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      ctx.set('Retry-After', String(retryAfter));
      ctx.status = 429;
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'TooManyRequestsError',
          message: `Quá nhiều yêu cầu, vui lòng thử lại sau ${retryAfter} giây (too many requests, retry after ${retryAfter} s)`,
          details: { retryAfter },
        },
      };
      return;
    }
    bucket.tokens -= 1;
    await next();
  };
};
