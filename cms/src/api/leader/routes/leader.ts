import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::leader.default-query'] };

// Read only, in either language (`locale=vi`, the default, or `locale=en`): written in the admin.
export default factories.createCoreRouter('api::leader.leader', {
  only: ['find', 'findOne'],
  config: { find: defaultQuery, findOne: defaultQuery },
});
