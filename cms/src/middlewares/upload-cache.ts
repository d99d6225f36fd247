import { stat } from 'node:fs/promises';
import { ReadStream } from 'node:fs';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ifNoneMatchHits } from '../cache/response-cache';
import { identify } from '../http/request-identity';

/**
 * Uploaded files, for five minutes without asking, then revalidated: Strapi's file names are not content hashes and
 * the Media Library's "Replace" keeps the URL, so nothing may be cached for long without a check.
 */
export const UPLOAD_CACHE_CONTROL = 'public, max-age=300, must-revalidate';

/**
 * The file's validator, from its size and modification time (to the microsecond, as the file system keeps it): a
 * replaced file is a new write, so it gets a new tag even at the same size within the same second.
 */
export function uploadEntityTag(size: number, mtimeMs: number): string {
  return `"${size.toString(16)}-${Math.round(mtimeMs * 1000).toString(16)}"`;
}

/**
 * Caching headers for `/uploads/…` (served by the upload plugin's koa-static, which sends `max-age=0` and no ETag):
 * an ETag, a short freshness with revalidation, and 304 for a matching `If-None-Match`.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    if (!identify(strapi, ctx.req).upload) return next();
    await next();
    const body: unknown = ctx.body;
    if (ctx.status !== 200 || !(body instanceof ReadStream)) return;
    const file = await stat(body.path);
    const etag = uploadEntityTag(file.size, file.mtimeMs);
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', UPLOAD_CACHE_CONTROL);
    // The origin answers the validator as the API does; a request's own `no-cache` (which Koa's `fresh` heeds) asks
    // caches on the way to revalidate, and this is that revalidation.
    if (ifNoneMatchHits(ctx.get('If-None-Match'), etag)) {
      body.destroy();
      ctx.body = null;
      ctx.status = 304;
    }
  };
