import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::agency-profile.default-query'] };

// Read only, in either language (`locale=vi`, the default, or `locale=en`): written in the admin.
export default factories.createCoreRouter('api::agency-profile.agency-profile', {
  only: ['find', 'findOne'],
  config: { find: defaultQuery, findOne: defaultQuery },
});
