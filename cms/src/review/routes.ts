import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { nameOf } from '../history/actor';
import { conflict } from '../history/conflicts';
import { adminRoute, refused } from '../http/admin-route';
import { describeImage, draftImagesWithoutAlt, isDraftImage, type MissingAlt } from '../document-middlewares/alt-text';
import { adminScopeOf, reachedAgencies, reaches } from '../agencies/admin-scope';
import { otherAgency } from '../agencies/write-rule';

export const ARTICLE = 'api::article.article';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const COMMENT_MAX = 2000;

type Ability = { can: (action: string, subject: string) => boolean };
type Context = {
  params: Record<string, string>;
  state: { user?: { id: number; roles?: Array<{ code?: string }> }; userAbility?: Ability };
  request: { body?: unknown };
  body: unknown;
};
type Person = { id: number; firstname?: string; lastname?: string; email?: string };
type Draft = {
  id: number;
  documentId: string;
  title: string;
  reviewState: 'submitted' | 'returned' | null;
  reviewComment: string | null;
  updatedAt: string;
  agency: string | null;
  createdBy: Person | null;
};

/** What the edit view shows and allows, decided here so the admin never guesses a rule. */
export type ReviewStatus = {
  state: Draft['reviewState'];
  comment: string | null;
  /** The signed-in user may publish articles (Editors, Super Admins): they publish or send back. */
  mayPublish: boolean;
  maySubmit: boolean;
  mayReturn: boolean;
  /** The draft's images still without alternative text: submitting and publishing wait for them. */
  imagesWithoutAlt: MissingAlt[];
};

const mayPublish = (ctx: Context): boolean => ctx.state.userAbility?.can(PUBLISH, ARTICLE) === true;

/** The draft of an article of an agency the account works for (another agency's is refused, as everywhere). */
async function draftOf(strapi: Core.Strapi, ctx: Context, documentId: string): Promise<Draft> {
  const draft = (await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    select: ['id', 'documentId', 'title', 'reviewState', 'reviewComment', 'updatedAt', 'agency'],
    populate: { createdBy: { select: ['id', 'firstname', 'lastname', 'email'] } },
  })) as Draft | null;
  if (!draft) throw new errors.NotFoundError('Không có bản nháp bài viết này (no draft of this article)');
  if (!reaches(await adminScopeOf(strapi, ctx.state.user ?? {}), draft.agency)) throw otherAgency(strapi, draft.agency);
  return draft;
}

async function statusOf(strapi: Core.Strapi, ctx: Context, draft: Draft): Promise<ReviewStatus> {
  const creator = draft.createdBy?.id !== undefined && draft.createdBy.id === ctx.state.user?.id;
  return {
    imagesWithoutAlt: await draftImagesWithoutAlt(strapi, draft.documentId),
    state: draft.reviewState,
    comment: draft.reviewComment,
    mayPublish: mayPublish(ctx),
    maySubmit: creator && draft.reviewState !== 'submitted',
    mayReturn: mayPublish(ctx) && draft.reviewState === 'submitted',
  };
}

/** The review fields are written here only (the content manager's writes drop them: `document-middlewares/review`). */
async function setReview(strapi: Core.Strapi, draft: Draft, data: Pick<Draft, 'reviewState' | 'reviewComment'>) {
  await strapi.db.query(ARTICLE).update({ where: { id: draft.id }, data });
}

function commentFrom(body: unknown): string {
  const comment = typeof body === 'object' && body !== null ? (body as { comment?: unknown }).comment : undefined;
  const text = typeof comment === 'string' ? comment.trim() : '';
  if (text === '')
    throw new errors.ValidationError(
      'Hãy ghi lý do trả lại bài để tác giả biết cần sửa gì (a comment is required when sending an article back)',
    );
  if (text.length > COMMENT_MAX)
    throw new errors.ValidationError(`Ý kiến dài quá ${COMMENT_MAX} ký tự (comment longer than ${COMMENT_MAX})`);
  return text;
}

/**
 * Submit for review (issue 13, section 5), as admin routes under `/thads-review`: the article's creator submits its
 * draft ("Gửi duyệt"); those who may publish (Editors, Super Admins) list the drafts waiting and send one back
 * ("Trả lại") with a comment, or publish it (which clears the review: `document-middlewares/review`). Each
 * transition is an audit entry ("submitted", "returned").
 */
export function registerReviewRoutes(strapi: Core.Strapi): void {
  const audit = (ctx: Context, action: string, draft: Draft, details?: Record<string, unknown>) =>
    strapi.eventHub.emit(AUDIT_EVENT, {
      action,
      uid: ARTICLE,
      documentId: draft.documentId,
      userId: ctx.state.user?.id ?? null,
      details: { title: draft.title, ...details },
    } satisfies AuditEvent);
  const route = adminRoute<Context>;
  strapi.server.routes({
    type: 'admin',
    prefix: '/thads-review',
    routes: [
      route('GET', '/articles/:documentId', async (ctx) => {
        ctx.body = { data: await statusOf(strapi, ctx, await draftOf(strapi, ctx, ctx.params.documentId ?? '')) };
      }),
      route('POST', '/articles/:documentId/submit', async (ctx) => {
        const draft = await draftOf(strapi, ctx, ctx.params.documentId ?? '');
        if (draft.createdBy?.id === undefined || draft.createdBy.id !== ctx.state.user?.id)
          throw refused(
            'Chỉ người viết bài mới gửi duyệt được bài này (only the author who wrote it submits an article)',
          );
        if (draft.reviewState === 'submitted')
          throw conflict('Bài đã được gửi duyệt, đang chờ biên tập viên (already submitted)');
        // Asked now, of the writer, rather than of the editor at publication.
        const missing = await draftImagesWithoutAlt(strapi, draft.documentId);
        if (missing.length > 0)
          throw new errors.ValidationError(
            `Chưa gửi duyệt được: cần mô tả thay thế (alt) cho ${missing.map(describeImage).join(', ')}; nhập ngay trong ` +
              `khung "Duyệt bài" (images without alternative text)`,
            { images: missing },
          );
        await setReview(strapi, draft, { reviewState: 'submitted', reviewComment: null });
        await audit(ctx, 'submitted', draft);
        ctx.body = { data: await statusOf(strapi, ctx, { ...draft, reviewState: 'submitted', reviewComment: null }) };
      }),
      route('POST', '/articles/:documentId/return', async (ctx) => {
        if (!mayPublish(ctx))
          throw refused('Chỉ biên tập viên mới trả lại bài (only editors and administrators send an article back)');
        const comment = commentFrom(ctx.request.body);
        const draft = await draftOf(strapi, ctx, ctx.params.documentId ?? '');
        if (draft.reviewState !== 'submitted')
          throw conflict('Bài không ở trạng thái chờ duyệt (the article is not waiting for review)');
        await setReview(strapi, draft, { reviewState: 'returned', reviewComment: comment });
        await audit(ctx, 'returned', draft, { comment });
        ctx.body = { data: await statusOf(strapi, ctx, { ...draft, reviewState: 'returned', reviewComment: comment }) };
      }),
      // The review panel's way to fix an image named above: its alternative text, set on the file itself.
      route('POST', '/articles/:documentId/images/:fileId/alt', async (ctx) => {
        const draft = await draftOf(strapi, ctx, ctx.params.documentId ?? '');
        const checker = strapi
          .plugin('content-manager')
          .service('permission-checker')
          .create({ userAbility: ctx.state.userAbility, model: ARTICLE }) as {
          can: { update: (entity: unknown) => boolean };
        };
        if (!checker.can.update(draft)) throw refused('Bạn không sửa được bài này (not allowed to edit this article)');
        const fileId = Number(ctx.params.fileId);
        if (!Number.isSafeInteger(fileId) || !(await isDraftImage(strapi, draft.documentId, fileId)))
          throw new errors.NotFoundError('Ảnh này không có trong bài (no such image in this article)');
        const body = (ctx.request.body ?? {}) as { alt?: unknown };
        const alt = typeof body.alt === 'string' ? body.alt.normalize('NFC').trim() : '';
        if (alt === '' || alt.length > 500)
          throw new errors.ValidationError(
            'Nhập mô tả thay thế, tối đa 500 ký tự (alternative text: 1 to 500 characters)',
          );
        await strapi.db.query('plugin::upload.file').update({ where: { id: fileId }, data: { alternativeText: alt } });
        ctx.body = { data: await statusOf(strapi, ctx, draft) };
      }),
      route('GET', '/waiting', async (ctx) => {
        if (!mayPublish(ctx)) throw refused('Chỉ biên tập viên xem danh sách chờ duyệt (only editors see the queue)');
        const agencies = reachedAgencies(await adminScopeOf(strapi, ctx.state.user ?? {}));
        const drafts = (await strapi.db.query(ARTICLE).findMany({
          where: { publishedAt: null, reviewState: 'submitted', ...(agencies ? { agency: { $in: agencies } } : {}) },
          select: ['id', 'documentId', 'title', 'updatedAt', 'agency'],
          populate: { createdBy: { select: ['id', 'firstname', 'lastname', 'email'] } },
          orderBy: { updatedAt: 'asc' },
          limit: 500,
        })) as Draft[];
        ctx.body = {
          data: drafts.map(({ documentId, title, updatedAt, agency, createdBy }) => ({
            documentId,
            title,
            updatedAt,
            agency,
            author: createdBy ? nameOf(createdBy) : null,
          })),
        };
      }),
    ],
  } as never);
}
