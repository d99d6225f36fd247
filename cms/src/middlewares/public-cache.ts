import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { responseCacheOf, type CacheSettings } from '../cache/invalidation';
import { entityTag, ifNoneMatchHits, NATIONAL_TAG, sharedCacheKey, type CachedResponse } from '../cache/response-cache';
import { identify } from '../http/request-identity';

/** Headers that belong to one exchange, not to the stored representation. */
const PER_REQUEST =
  /^(content-length|date|connection|keep-alive|transfer-encoding|retry-after|x-cache|access-control-.*)$/;

function bodyBytes(body: unknown): Buffer | null {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe !== 'function') {
    return Buffer.from(JSON.stringify(body));
  }
  return null;
}

/**
 * Public GETs of the content API: always an ETag, caching headers, and 304 for a matching `If-None-Match`; public
 * answers are stored in the response cache (served from there by the fast path, or here for CORS requests, whose
 * headers depend on the caller's origin). Answers to requests with credentials are marked private and not stored.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = strapi.config.get<CacheSettings>('cache');
  const cache = responseCacheOf(strapi);
  // Revalidated on every use (the ETag makes that a 304): a reload right after a publish shows it. A shared cache may
  // store the answer but must revalidate it too.
  const publicCacheControl = 'public, no-cache';

  const send = (ctx: Context, response: CachedResponse, status: 'HIT' | 'MISS' | 'BYPASS') => {
    ctx.set(response.headers);
    ctx.set('X-Cache', status);
    if (ifNoneMatchHits(ctx.get('If-None-Match'), response.etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.status = 200;
    ctx.body = response.body;
  };

  /** Computes the answer (Strapi), gives it its validators and stores it under `key` when it may be shared. */
  const answer = async (
    ctx: Context,
    next: () => Promise<void>,
    anonymous: boolean,
    key: string | null,
    tag: string,
  ) => {
    const generation = cache.generation(tag);
    await next();
    if (ctx.status !== 200) return;
    const body = bodyBytes(ctx.body);
    if (!body || ctx.response.get('Set-Cookie')) return;
    const etag = entityTag(body);
    ctx.type = ctx.response.get('Content-Type') || 'application/json; charset=utf-8';
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', anonymous ? publicCacheControl : 'private, no-cache');
    ctx.vary('Authorization');
    const headers = Object.fromEntries(
      Object.entries(ctx.response.headers).filter(([name, value]) => value !== undefined && !PER_REQUEST.test(name)),
    ) as CachedResponse['headers'];
    const stored = key ? cache.set(key, { body, etag, headers }, generation, tag) : false;
    send(ctx, { body, etag, headers }, stored ? 'MISS' : 'BYPASS');
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    const request = identify(strapi, ctx.req);
    if (!request.publicRead) return next();
    const key = settings.enabled ? sharedCacheKey(request) : null;
    const hit = key ? cache.get(key) : undefined;
    if (hit) return send(ctx, hit, 'HIT');
    const tag = request.agency ?? NATIONAL_TAG;
    const finish = key ? await cache.leadOrWait(key, tag) : null;
    const computed = key && !finish ? cache.get(key) : undefined;
    if (computed) return send(ctx, computed, 'HIT');
    try {
      await answer(ctx, next, request.anonymous, key, tag);
    } finally {
      finish?.();
    }
  };
};
