import type { Core } from '@strapi/strapi';
import { contentChanged } from '../cache/invalidation';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Every type whose documents appear, whole or embedded, in a public response. */
export const PUBLIC_CONTENT_TYPES = new Set([
  'api::article.article',
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
  'api::site-setting.site-setting',
]);

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/**
 * Any write to public content empties the response cache, here and on the other instances. Relations are embedded
 * in responses (an author's name in every article card), so the whole cache goes, not the one document's entries.
 */
export function cacheInvalidation(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (!WRITES.has(context.action) || !PUBLIC_CONTENT_TYPES.has(context.uid)) return next();
    const result = await next();
    contentChanged(strapi);
    return result;
  };
}

/** Media (alt text, captions) and public permissions are written outside the Document Service: follow their rows. */
export function invalidateOnSupportingChanges(strapi: Core.Strapi): void {
  const changed = () => contentChanged(strapi);
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file', 'plugin::users-permissions.permission', 'plugin::users-permissions.role'],
    afterCreate: changed,
    afterCreateMany: changed,
    afterUpdate: changed,
    afterUpdateMany: changed,
    afterDelete: changed,
    afterDeleteMany: changed,
  });
}
