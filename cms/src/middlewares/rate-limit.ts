import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ALREADY_COUNTED, rateLimiterOf } from '../cache/fast-path';
import { tooManyRequestsBody } from '../lib/rate-limiter';

/** Per-client limit on the public API (`/api/*`, `/uploads/*`): over it, 429 with `Retry-After`. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limiter = rateLimiterOf(strapi);
  return async (ctx: Context, next: () => Promise<void>) => {
    const limited = ctx.path.startsWith('/api/') || ctx.path.startsWith('/uploads/');
    // A request the cache fast path looked at has paid already.
    if (!limited || (ctx.req as unknown as Record<symbol, boolean>)[ALREADY_COUNTED]) return next();
    const retryAfter = limiter.take(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For') || undefined);
    if (retryAfter === null) return next();
    ctx.set('Retry-After', String(retryAfter));
    ctx.status = 429;
    ctx.body = tooManyRequestsBody(retryAfter);
  };
};
