import { factories } from '@strapi/strapi';

const middlewares = ['api::debtor-entry.default-query', 'api::debtor-entry.noindex'];

export default factories.createCoreRouter('api::debtor-entry.debtor-entry', {
  only: ['find', 'findOne'],
  config: { find: { middlewares }, findOne: { middlewares } },
});
