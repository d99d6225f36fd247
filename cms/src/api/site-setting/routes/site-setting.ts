import { factories } from '@strapi/strapi';

// Header and footer need the related links on every page: embed them by default.
export default factories.createCoreRouter('api::site-setting.site-setting', {
  only: ['find'],
  config: { find: { middlewares: ['api::site-setting.default-query'] } },
});
