import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { responseCacheOf, type CacheSettings } from '../cache/invalidation';
import { cacheKey, entityTag, ifNoneMatchHits, type CachedResponse } from '../cache/response-cache';

/** Per-user answers (the signed-in user, sign-in itself, OAuth redirects) are never shared or stored. */
const PERSONAL = /^\/api\/(users|auth|connect|users-permissions)(\/|$)/;
/** Beyond this a query is not worth a cache entry (and would only push useful ones out). */
const MAX_CACHED_QUERY = 4096;

function bodyBytes(body: unknown): Buffer | null {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe !== 'function') {
    return Buffer.from(JSON.stringify(body));
  }
  return null;
}

/**
 * Public GETs of the content API: answered from the response cache when possible, and always with an ETag, caching
 * headers and 304 for a matching `If-None-Match`. A request with credentials has its own scope (staff may see more
 * than the public), so it is neither served from nor stored in the shared cache, and is marked private.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = strapi.config.get<CacheSettings>('cache');
  const cache = responseCacheOf(strapi);
  const publicCacheControl = `public, max-age=${settings.maxAgeSeconds}, stale-while-revalidate=${settings.staleWhileRevalidateSeconds}`;

  const send = (ctx: Context, response: CachedResponse, scope: 'public' | 'private', status: string) => {
    ctx.set('ETag', response.etag);
    ctx.set('Cache-Control', scope === 'public' ? publicCacheControl : 'private, no-cache');
    ctx.set('Vary', 'Authorization');
    ctx.set('X-Cache', status);
    if (ifNoneMatchHits(ctx.get('If-None-Match'), response.etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.status = 200;
    ctx.type = response.type;
    ctx.body = response.body;
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith('/api/') || PERSONAL.test(ctx.path)) {
      return next();
    }
    const scope = ctx.get('Authorization') ? 'private' : 'public';
    const key =
      settings.enabled && scope === 'public' && ctx.querystring.length <= MAX_CACHED_QUERY
        ? cacheKey(scope, ctx.path, ctx.querystring)
        : null;
    const hit = key ? cache.get(key) : undefined;
    if (hit) return send(ctx, hit, scope, 'HIT');

    const generation = cache.generation;
    await next();
    if (ctx.status !== 200) return;
    const body = bodyBytes(ctx.body);
    if (!body) return;
    const response = { body, type: ctx.response.get('Content-Type') || 'application/json; charset=utf-8', etag: entityTag(body) };
    const stored = key ? cache.set(key, response, generation) : false;
    send(ctx, response, scope, stored ? 'MISS' : 'BYPASS');
  };
};
