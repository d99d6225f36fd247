import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { rateLimitersOf, tooManyRequestsBody } from '../lib/rate-limiter';
import { responseCacheOf, type CacheSettings } from './invalidation';
import { ifNoneMatchHits, isPublicRead, sharedCacheKey } from './response-cache';

/** Set on a request whose rate-limit token the fast path has taken, so the Koa middleware does not take another. */
export const ALREADY_COUNTED = Symbol('thads.rateLimitCounted');

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Answers cache hits straight from the HTTP server, before Koa and Strapi's middleware chain: a hit then costs about
 * what a bare Node server costs. Everything else (misses, credentials, CORS requests, whose headers depend on the
 * origin) goes on to Strapi unchanged. The stored headers are the ones Strapi's middlewares produced for the miss.
 */
export function installCacheFastPath(strapi: Core.Strapi): void {
  const settings = strapi.config.get<CacheSettings>('cache');
  if (!settings.enabled) return;
  const server = strapi.server.httpServer;
  const [koa, ...others] = server.listeners('request') as Listener[];
  if (!koa || others.length > 0) {
    strapi.log.warn('[cache] unexpected request listeners on the HTTP server; the cache fast path is off');
    return;
  }
  const cache = responseCacheOf(strapi);
  const limiter = rateLimitersOf(strapi).reads;

  const serveHit = (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    if (!isPublicRead(request.method, path) || request.headers.origin) return false;
    const key = sharedCacheKey(path, queryAt === -1 ? '' : url.slice(queryAt + 1), request.headers.authorization);
    const hit = key ? cache.get(key) : undefined;
    if (!hit) return false;

    (request as unknown as Record<symbol, boolean>)[ALREADY_COUNTED] = true;
    const forwardedFor = request.headers['x-forwarded-for'];
    const retryAfter = limiter.take(request.socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor);
    if (retryAfter !== null) {
      const body = JSON.stringify(tooManyRequestsBody(retryAfter));
      response.writeHead(429, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': String(retryAfter), 'Content-Length': Buffer.byteLength(body) });
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

  server.removeListener('request', koa);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!serveHit(request, response)) koa.call(server, request, response);
  });
}
