import type { Core } from '@strapi/strapi';

/** The public response cache (see src/cache) and the HTTP caching headers of public GETs. */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('RESPONSE_CACHE_ENABLED', true),
  maxBytes: env.int('RESPONSE_CACHE_MAX_MB', 64) * 1024 * 1024,
  ttlMs: env.int('RESPONSE_CACHE_TTL_SECONDS', 300) * 1000,
  maxAgeSeconds: env.int('HTTP_CACHE_MAX_AGE', 60),
  staleWhileRevalidateSeconds: env.int('HTTP_CACHE_STALE_WHILE_REVALIDATE', 300),
});
