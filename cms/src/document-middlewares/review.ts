import type { Core } from '@strapi/strapi';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const ARTICLE = 'api::article.article';
const REVIEW_FIELDS = ['reviewState', 'reviewComment'];

/**
 * The review state of an article changes only through the review routes (`src/review/routes.ts`), which check who
 * may submit or send back: a save from the edit view (whose form still holds the state it loaded) or any other write
 * through the Document Service leaves it as it is. Publishing ends the review.
 */
export const review =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { documentId?: unknown; data?: Record<string, unknown> };
    if ((context.action === 'create' || context.action === 'update') && params.data)
      for (const field of REVIEW_FIELDS) delete params.data[field];
    const result = await next();
    if (context.action === 'publish' && params.documentId !== undefined)
      await strapi.db
        .query(ARTICLE)
        .updateMany({ where: { documentId: params.documentId }, data: { reviewState: null, reviewComment: null } });
    return result;
  };
