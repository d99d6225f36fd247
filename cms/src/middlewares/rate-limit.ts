import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ALREADY_COUNTED } from '../cache/fast-path';
import { rateLimitersOf, tooManyRequestsBody } from '../lib/rate-limiter';

/** Where passwords and reset codes are tried: users-permissions' sign-in, reset and change-password routes. */
const SIGN_IN = /^\/api\/auth\/(local|forgot-password|reset-password|change-password|send-email-confirmation)\/?$/;

/**
 * Per-client limits (429 with `Retry-After`): one for the public API (`/api/*`, `/uploads/*`), and a much smaller
 * one for sign-in attempts, counted on their own so reading news never uses up anyone's attempts.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { reads, signIns } = rateLimitersOf(strapi);
  return async (ctx: Context, next: () => Promise<void>) => {
    const isSignIn = ctx.method === 'POST' && SIGN_IN.test(ctx.path);
    const limited = isSignIn || ctx.path.startsWith('/api/') || ctx.path.startsWith('/uploads/');
    // A request the cache fast path looked at has paid already.
    if (!limited || (ctx.req as unknown as Record<symbol, boolean>)[ALREADY_COUNTED]) return next();
    const limiter = isSignIn ? signIns : reads;
    const retryAfter = limiter.take(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For') || undefined);
    if (retryAfter === null) return next();
    ctx.set('Retry-After', String(retryAfter));
    ctx.status = 429;
    ctx.body = tooManyRequestsBody(retryAfter);
  };
};
