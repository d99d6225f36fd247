import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('CMS_HOST', '127.0.0.1'),
  port: env.int('CMS_PORT', env.int('PORT', 1337)),
  // The public URL of the CMS (behind a proxy or load balancer), used for media URLs and the admin.
  url: env('PUBLIC_URL', ''),
  proxy: { koa: env.bool('TRUST_PROXY', false) },
  // Static files and local uploads (PUBLIC_DIR/uploads), relative to the cms folder; `pnpm backup` reads the same.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: { keys: env.array('APP_KEYS') },
  cron: { enabled: false },
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STARTUP_LOG', true) } },
});
