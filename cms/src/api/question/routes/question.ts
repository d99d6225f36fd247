import { factories } from '@strapi/strapi';

const defaultQuery = { middlewares: ['api::question.default-query'] };

// Published questions and their answers, read only: citizens send questions through `POST /questions/ask`
// (routes/citizens.ts); Editors answer and publish them in the admin.
export default factories.createCoreRouter('api::question.question', {
  only: ['find', 'findOne'],
  config: { find: defaultQuery, findOne: defaultQuery },
});
