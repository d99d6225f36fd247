import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::agency.default-query'] };

// Read only: agencies are edited in the admin. `/api/site-setting` (routes/site-setting.ts) is the home agency's.
export default factories.createCoreRouter('api::agency.agency', {
  only: ['find', 'findOne'],
  config: { find: defaultQuery, findOne: defaultQuery },
});
