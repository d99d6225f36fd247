import type { Core, UID } from '@strapi/strapi';
import { isPreviewType, PREVIEW_SHAPES } from '@thads/content';
import type { Context } from 'koa';
import { agencyOfDocument } from '../../../agencies/write-rule';
import { isAgencyScoped } from '../../../agencies/scoped-types';
import { staffOf, type Scope } from '../../../lib/request-scope';
import { previewUid } from '../../../preview/handler';
import { verifyPreviewToken, type PreviewRefusal } from '../../../preview/token';

const REFUSALS: Record<PreviewRefusal | 'other-document', { status: number; message: string }> = {
  malformed: { status: 400, message: 'Liên kết xem trước không hợp lệ (malformed preview token)' },
  forged: { status: 403, message: 'Liên kết xem trước không hợp lệ (preview token signature is invalid)' },
  expired: { status: 401, message: 'Liên kết xem trước đã hết hạn (preview link has expired)' },
  'other-document': {
    status: 403,
    message: 'Liên kết xem trước này dành cho tài liệu khác (preview token is for another document)',
  },
};

/** Never stored by the response cache, the site, a proxy or a browser's history cache. */
const PRIVATE = 'private, no-store';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/preview/:type/:documentId?token=: the one document and status the token names, drafts included. */
  async findOne(ctx: Context & { state: { thadsScope?: Scope } }) {
    ctx.set('Cache-Control', PRIVATE);
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    const { type, documentId } = ctx.params as { type: string; documentId: string };
    const verdict = verifyPreviewToken(ctx.query.token);
    const uid = isPreviewType(type) ? previewUid(strapi, type) : undefined;
    if (!isPreviewType(type) || !uid) return ctx.notFound('Không có loại nội dung này (unknown preview type)');
    const refusal =
      'refusal' in verdict
        ? REFUSALS[verdict.refusal]
        : verdict.claims.uid !== uid || verdict.claims.documentId !== documentId
          ? REFUSALS['other-document']
          : null;
    if (refusal || !('claims' in verdict)) {
      const { status, message } = refusal ?? REFUSALS.malformed;
      ctx.status = status;
      ctx.body = { data: null, error: { status, name: 'PreviewTokenError', message } };
      return;
    }
    // The editor who opened the preview may read the internal articles of the document's agency; the token stands
    // for them.
    const agency = isAgencyScoped(strapi, uid) ? await agencyOfDocument(strapi, uid, documentId) : null;
    ctx.state.thadsScope = staffOf(strapi, agency ?? null);
    // The page's own populate tree (site shapes are plain objects the Document Service reads as it does a query's).
    const populate: Parameters<ReturnType<typeof strapi.documents>['findOne']>[0]['populate'] =
      PREVIEW_SHAPES[type]?.populate ?? {};
    const document = await strapi.documents(uid).findOne({ documentId, status: verdict.claims.status, populate });
    if (!document) return ctx.notFound('Tài liệu không còn tồn tại (the document no longer exists)');
    const schema = strapi.getModel(uid as UID.Schema);
    ctx.body = {
      data: await strapi.contentAPI.sanitize.output(document, schema, { auth: undefined }),
      meta: { status: verdict.claims.status, expiresAt: new Date(verdict.claims.exp * 1000).toISOString() },
    };
  },
});
