import type { Core } from '@strapi/strapi';

/**
 * The public response cache (see src/cache), the HTTP caching headers of public GETs, and where the site server hears
 * of changes (a POST signed with CONTENT_CHANGE_SECRET, which empties its rendered-page cache).
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('RESPONSE_CACHE_ENABLED', true),
  maxBytes: env.int('RESPONSE_CACHE_MAX_MB', 64) * 1024 * 1024,
  ttlMs: env.int('RESPONSE_CACHE_TTL_SECONDS', 300) * 1000,
  siteChangeHookUrl: env('SITE_CHANGE_HOOK_URL', ''),
  changeSecret: env('CONTENT_CHANGE_SECRET', ''),
});
