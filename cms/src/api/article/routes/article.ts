import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::article.default-query'] };

export default factories.createCoreRouter('api::article.article', {
  config: { find: defaultQuery, findOne: defaultQuery },
});
