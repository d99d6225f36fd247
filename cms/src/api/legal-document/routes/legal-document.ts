import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::legal-document.default-query'] };

export default factories.createCoreRouter('api::legal-document.legal-document', {
  only: ['find', 'findOne'],
  config: { find: defaultQuery, findOne: defaultQuery },
});
