import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { alreadyCounted } from '../cache/fast-path';
import { identify } from '../http/request-identity';
import { rateLimitersOf, tooManyRequestsBody } from '../lib/rate-limiter';

/**
 * Per-client limits (429 with `Retry-After`): one for the public API (`/api/*`, `/uploads/*`), and much smaller ones
 * for sign-in attempts (the API's and the admin's sign-in and password-reset routes, whatever their spelling) and for
 * citizens' questions sent through the public form, each counted on its own so reading news never uses up anyone's
 * attempts (and across instances on PostgreSQL). Paths spelt in a way no route is meant to be reached by (`//`,
 * `/./`, `%2F`, `;`…) are refused here, after paying for the attempt.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { reads, signIns, questions } = rateLimitersOf(strapi);
  return async (ctx: Context, next: () => Promise<void>) => {
    const request = identify(strapi, ctx.req);
    // A request the cache fast path looked at has paid already.
    if (request.budget !== null && !alreadyCounted(ctx.req)) {
      const retryAfter =
        request.budget === 'sign-in'
          ? await signIns.take(request.client)
          : request.budget === 'question'
            ? await questions.take(request.client)
            : reads.take(request.client);
      if (retryAfter !== null) {
        ctx.set('Retry-After', String(retryAfter));
        ctx.status = 429;
        ctx.body = tooManyRequestsBody(retryAfter);
        return;
      }
    }
    if (request.refusal === null) return next();
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'BadRequestError', message: request.refusal, details: {} } };
  };
};
