import { factories } from '@strapi/strapi';

const middlewares = ['api::notice.default-query', 'api::notice.expiry'];

export default factories.createCoreRouter('api::notice.notice', {
  only: ['find', 'findOne'],
  config: { find: { middlewares }, findOne: { middlewares } },
});
