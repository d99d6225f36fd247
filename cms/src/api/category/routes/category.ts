import { factories } from '@strapi/strapi';

// Categories embed nothing by default: their articles are paginated through /api/articles.
export default factories.createCoreRouter('api::category.category');
