import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const ARTICLE = 'api::article.article';
type AdminUser = { roles?: Array<{ code?: string }> };

/** Whether the admin user behind the current request is an Author and nothing more. */
function byAuthorOnly(strapi: Core.Strapi): boolean {
  const user = strapi.requestContext.get()?.state?.user as AdminUser | undefined;
  const codes = (user?.roles ?? []).map((role) => role.code);
  return codes.length > 0 && codes.every((code) => code === 'strapi-author');
}

/**
 * Submit for review: an Author sets `reviewState` to "submitted" ("Gửi duyệt"); an Editor publishes, or sets
 * "returned" with `reviewComment`, which the Author reads in the edit view. Only Editors send back or comment;
 * publishing ends the review.
 */
export const review =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { documentId?: unknown; data?: Record<string, unknown> };
    if ((context.action === 'create' || context.action === 'update') && params.data) {
      const { reviewState, reviewComment } = params.data;
      if (
        (reviewState === 'returned' || (typeof reviewComment === 'string' && reviewComment !== '')) &&
        byAuthorOnly(strapi)
      )
        throw new errors.ForbiddenError(
          'Chỉ biên tập viên mới trả lại bài hoặc ghi ý kiến duyệt (only editors send an article back or comment on it)',
        );
    }
    const result = await next();
    if (context.action === 'publish' && params.documentId !== undefined)
      await strapi.db
        .query(ARTICLE)
        .updateMany({ where: { documentId: params.documentId }, data: { reviewState: null, reviewComment: null } });
    return result;
  };
