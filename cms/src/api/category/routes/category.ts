import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::category.default-query'] };

export default factories.createCoreRouter('api::category.category', {
  config: { find: defaultQuery, findOne: defaultQuery },
});
