import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { identify } from '../http/request-identity';
import { answerBeforeStrapi } from '../strapi-internals/request-listener';
import { rateLimitersOf, tooManyRequestsBody } from '../lib/rate-limiter';
import { responseCacheOf, type CacheSettings } from './invalidation';
import { ifNoneMatchHits, sharedCacheKey } from './response-cache';

/** Requests whose rate-limit token the fast path has taken, so the Koa middleware does not take another. */
const counted = new WeakSet<IncomingMessage>();
export const alreadyCounted = (request: IncomingMessage): boolean => counted.has(request);

/**
 * Takes over the HTTP server's request listener: every request is first identified (what it is, for every check
 * after; see `identify`), then cache hits are answered straight from here, before Koa and Strapi's middleware
 * chain: a hit then costs about what a bare Node server costs. Everything else (misses, credentials, CORS requests,
 * whose headers depend on the origin) goes on to Strapi. The stored headers are the ones Strapi's middlewares
 * produced for the miss.
 */
export function installRequestListener(strapi: Core.Strapi): void {
  const settings = strapi.config.get<CacheSettings>('cache');
  const cache = responseCacheOf(strapi);
  const limiter = rateLimitersOf(strapi).reads;

  const serveHit = (request: IncomingMessage, response: ServerResponse): boolean => {
    const identity = identify(strapi, request);
    if (!settings.enabled || !identity.publicRead || request.headers.origin) return false;
    const key = sharedCacheKey(identity);
    const hit = key ? cache.get(key) : undefined;
    if (!hit) return false;

    counted.add(request);
    const retryAfter = limiter.take(identity.client);
    if (retryAfter !== null) {
      const body = JSON.stringify(tooManyRequestsBody(retryAfter));
      response.writeHead(429, {
        'Content-Type': 'application/json; charset=utf-8',
        'Retry-After': String(retryAfter),
        'Content-Length': Buffer.byteLength(body),
      });
      response.end(body);
      return true;
    }
    if (ifNoneMatchHits(request.headers['if-none-match'], hit.etag)) {
      response.writeHead(304, { ...hit.headers, 'X-Cache': 'HIT' });
      response.end();
      return true;
    }
    response.writeHead(200, { ...hit.headers, 'Content-Length': hit.body.length, 'X-Cache': 'HIT' });
    response.end(request.method === 'HEAD' ? undefined : hit.body);
    return true;
  };

  if (!answerBeforeStrapi(strapi, serveHit)) {
    // The Koa middlewares still identify each request themselves (on first use); only the fast path is lost.
    strapi.log.warn('[cache] unexpected request listeners on the HTTP server; the cache fast path is off');
  }
}
