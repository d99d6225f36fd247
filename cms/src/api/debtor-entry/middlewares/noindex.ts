import type { Core } from '@strapi/strapi';

/** Personal data: no search engine indexes, follows or keeps a copy of the register's answers. */
export default () => async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
  await next();
  ctx.set('X-Robots-Tag', 'noindex, nofollow, noarchive');
};
