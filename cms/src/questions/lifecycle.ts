import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { blocksToText } from '@thads/content';
import { currentActor } from '../history/actor';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { refused } from '../http/admin-route';
import { now } from '../scheduling/clock';
import { eraseContact, QUESTION, startRetention } from './contacts';
import { runQuestionJobsSoon } from './jobs';
import { queueAnswerNotice } from './notifications';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Data = Record<string, unknown>;
type Draft = {
  state: string | null;
  answer: unknown;
  declineReason: string | null;
  answeredAt: string | null;
};

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const hasAnswer = (answer: unknown) => blocksToText(answer).trim() !== '';

const NOT_ANSWERED = () =>
  refused(
    'Chưa xuất bản được: câu hỏi chưa có câu trả lời. Hãy viết câu trả lời, lưu, rồi xuất bản (a question is published with its answer)',
  );
const DECLINED = () =>
  refused(
    'Câu hỏi đã được đánh dấu "Không đăng": hãy đổi trạng thái trước khi xuất bản (a question marked not to be published is not published)',
  );
const ANSWERED_BY_PUBLISHING = () =>
  new errors.ValidationError(
    'Trạng thái "Đã trả lời" được đặt khi xuất bản câu trả lời; trước đó hãy chọn "Đã tiếp nhận" hoặc "Đang trả lời" (answered is set by publishing)',
  );
const DECLINE_NEEDS_REASON = () =>
  new errors.ValidationError(
    'Hãy ghi lý do không đăng: người hỏi đọc lý do này khi tra cứu bằng mã của mình (a reason is required)',
  );
const DECLINE_PUBLISHED = () =>
  refused('Câu hỏi đang được đăng: hãy gỡ (bỏ xuất bản) trước khi đánh dấu "Không đăng" (unpublish it first)');
const NO_CLONE = () =>
  refused(
    'Câu hỏi của công dân không nhân bản được: mỗi câu hỏi có mã tra cứu riêng (citizens’ questions are not cloned)',
  );

async function draftOf(strapi: Core.Strapi, documentId: string): Promise<Draft | null> {
  return (await strapi.db.query(QUESTION).findOne({
    where: { documentId, publishedAt: null },
    select: ['state', 'answer', 'declineReason', 'answeredAt'],
  })) as Draft | null;
}

const isPublished = async (strapi: Core.Strapi, documentId: string) =>
  (await strapi.db.query(QUESTION).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

/** Who did what to which question, in the audit trail; never its text (it may hold what the Editor edits out). */
function audit(strapi: Core.Strapi, action: string, documentId: string) {
  const event: AuditEvent = { action, uid: QUESTION, documentId, userId: currentActor(strapi).userId, details: {} };
  strapi.eventHub.emit(AUDIT_EVENT, event);
}

/** What a write makes of the state: an answer being written moves a received question to "being answered". */
function checkStatus(data: Data, merged: Draft & Data, published: boolean): void {
  if (data.state === 'answered' && !published) throw ANSWERED_BY_PUBLISHING();
  if (merged.state === 'declined') {
    if (published) throw DECLINE_PUBLISHED();
    if (!hasText(merged.declineReason)) throw DECLINE_NEEDS_REASON();
  }
  if ((merged.state ?? 'received') === 'received' && hasAnswer(merged.answer)) data.state = 'answering';
}

/** A publication: with an answer, never of a declined question; the status and the answer's date set on the draft. */
async function beforePublish(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = await draftOf(strapi, documentId);
  if (!draft) return;
  if (draft.state === 'declined') throw DECLINED();
  if (!hasAnswer(draft.answer)) throw NOT_ANSWERED();
  // Written on the draft before Strapi copies it: the published version and the draft agree.
  await strapi.db.query(QUESTION).updateMany({
    where: { documentId, publishedAt: null },
    data: { state: 'answered', answeredAt: draft.answeredAt ?? now() },
  });
}

/** Once answered: the retention of the contact details starts, and the citizen who gave an email is to be told. */
async function afterPublish(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = await draftOf(strapi, documentId);
  await startRetention(strapi, documentId, draft?.answeredAt ? new Date(draft.answeredAt) : now());
  await queueAnswerNotice(strapi, documentId);
  await runQuestionJobsSoon(strapi);
}

/**
 * The rules of a citizen's question, whoever writes it (the admin, a script): nothing is published without an answer,
 * a question declined says why (the citizen reads it with the tracking code) and is never published, "answered" is
 * what publishing makes it; the answer starts the retention of the contact details and queues the notice to the
 * citizen; deleting a question erases its contact details. Every change is audited without the text.
 */
export function questionLifecycle(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (context.uid !== QUESTION) return next();
    const params = context.params as { documentId?: string; data?: Data; status?: string };
    const { action } = context;
    const documentId = params.documentId;

    if (action === 'clone') throw NO_CLONE();
    if (action === 'create') {
      const data = (params.data ??= {});
      data.askedAt ??= now();
      const publishing = params.status === 'published';
      if (publishing) {
        if (!hasAnswer(data.answer)) throw NOT_ANSWERED();
        if (data.state === 'declined') throw DECLINED();
        Object.assign(data, { state: 'answered', answeredAt: data.answeredAt ?? now() });
      } else checkStatus(data, { state: null, answer: null, declineReason: null, answeredAt: null, ...data }, false);
      const result = await next();
      const created = (result as { documentId?: string } | null)?.documentId;
      if (created) {
        audit(strapi, publishing ? 'publish' : 'create', created);
        if (publishing) await afterPublish(strapi, created);
      }
      return result;
    }
    if (!documentId) return next();
    if (action === 'update' && params.data) {
      const draft = await draftOf(strapi, documentId);
      const published = await isPublished(strapi, documentId);
      checkStatus(
        params.data,
        { ...(draft ?? { state: null, answer: null, declineReason: null, answeredAt: null }), ...params.data },
        published,
      );
      const result = await next();
      // Declining answers the citizen too: the retention of their contact details starts.
      if (params.data.state === 'declined' && draft?.state !== 'declined')
        await startRetention(strapi, documentId, now());
      audit(strapi, 'update', documentId);
      return result;
    }
    if (action === 'publish') {
      await beforePublish(strapi, documentId);
      const result = await next();
      await afterPublish(strapi, documentId);
      audit(strapi, 'publish', documentId);
      return result;
    }
    if (action === 'unpublish') {
      const result = await next();
      await strapi.db
        .query(QUESTION)
        .updateMany({ where: { documentId, publishedAt: null }, data: { state: 'answering' } });
      audit(strapi, 'unpublish', documentId);
      return result;
    }
    if (action === 'delete') {
      const result = await next();
      await eraseContact(strapi, documentId, 'deleted', currentActor(strapi).userId);
      audit(strapi, 'delete', documentId);
      return result;
    }
    return next();
  };
}
