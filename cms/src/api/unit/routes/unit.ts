import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::unit.default-query'] };

export default factories.createCoreRouter('api::unit.unit', {
  only: ['find', 'findOne'],
  config: { find: defaultQuery, findOne: defaultQuery },
});
