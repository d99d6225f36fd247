import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::author.default-query'] };

export default factories.createCoreRouter('api::author.author', {
  config: { find: defaultQuery, findOne: defaultQuery },
});
