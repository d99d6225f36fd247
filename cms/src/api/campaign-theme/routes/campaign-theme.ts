import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::campaign-theme.default-query'] };

export default factories.createCoreRouter('api::campaign-theme.campaign-theme', {
  config: { find: defaultQuery, findOne: defaultQuery },
});
