import { factories } from '@strapi/strapi';
import { normalizeTrackingCode, type QuestionStatus } from '@thads/content';
import { agencies } from '../../../agencies/registry';
import { stringParam } from '../../../lib/query-params';
import { QUESTION, storeContact } from '../../../questions/contacts';
import { newTrackingCode, readSubmission } from '../../../questions/form';

type Tracked = {
  documentId: string;
  agency: string;
  title: string;
  topic: string;
  state: QuestionStatus;
  declineReason: string | null;
  askedAt: string | null;
  answeredAt: string | null;
};

export default factories.createCoreController('api::question.question', ({ strapi }) => ({
  /**
   * POST /api/questions/ask: a citizen's question (JSON, or the form's own encoding when sent without JavaScript).
   * Stored unpublished with the contact details apart; answered 201 with the tracking code. A robot that filled the
   * hidden field is answered the same, and nothing is stored.
   */
  async ask(ctx) {
    const registry = agencies(strapi);
    const result = readSubmission((ctx.request as { body?: unknown }).body, (code) => {
      const agency = registry.resolve(code)?.agency;
      if (!agency) return `Không có cơ quan "${code.slice(0, 60)}" (no such agency)`;
      if (agency.kind !== 'merged') return null;
      const successor = registry.currentSuccessor(agency.code);
      return `${agency.name} đã hợp nhất${successor ? ` vào ${successor.name}` : ''}: hãy gửi câu hỏi tới cơ quan đang hoạt động (the agency was merged into another)`;
    });
    if (result.kind === 'invalid')
      return ctx.badRequest(`Câu hỏi chưa gửi được: ${result.problems.map((problem) => problem.message).join('; ')}`, {
        errors: result.problems.map(({ field, message }) => ({ path: [field], message, name: 'ValidationError' })),
      });
    const trackingCode = newTrackingCode();
    if (result.kind === 'valid') {
      const { submission } = result;
      const agency = registry.resolve(submission.agency)!.agency.code;
      await strapi.db.transaction(async () => {
        const question = await strapi.documents(QUESTION).create({
          data: {
            agency,
            title: submission.title,
            question: submission.question,
            topic: submission.topic,
            state: 'received',
            trackingCode,
            isSample: false,
          } as never,
        });
        await storeContact(strapi, {
          question: question.documentId,
          agency,
          name: submission.name,
          email: submission.email,
          phone: submission.phone,
        });
      });
    }
    ctx.status = 201;
    ctx.body = { data: { trackingCode, status: 'received' satisfies QuestionStatus }, meta: {} };
  },

  /** GET /api/question-status?code=HD-…: where a question stands (and why it was not published, if it was not). */
  async status(ctx) {
    // The code works as a password: no cache, shared or the browser's, keeps the answer.
    ctx.set('Cache-Control', 'no-store');
    const given = stringParam(ctx.query as Record<string, unknown>, 'code') ?? '';
    const code = normalizeTrackingCode(given.slice(0, 40));
    if (!code)
      return ctx.badRequest(
        'Mã tra cứu có dạng HD-XXXXX-XXXXX, như trong thông báo khi bạn gửi câu hỏi (tracking codes look like HD-XXXXX-XXXXX)',
      );
    const draft = (await strapi.db.query(QUESTION).findOne({
      where: { trackingCode: code, publishedAt: null },
      select: ['documentId', 'agency', 'title', 'topic', 'state', 'declineReason', 'askedAt', 'answeredAt'],
    })) as Tracked | null;
    if (!draft) return ctx.notFound(`Không có câu hỏi nào với mã ${code} (no question has this code)`);
    const published = (await strapi.db.query(QUESTION).findOne({
      where: { documentId: draft.documentId, publishedAt: { $notNull: true } },
      select: ['slug'],
    })) as { slug: string | null } | null;
    ctx.body = {
      data: {
        code,
        agency: draft.agency,
        title: draft.title,
        topic: draft.topic,
        status: published ? 'answered' : draft.state === 'answered' ? 'answering' : draft.state,
        declineReason: draft.state === 'declined' ? draft.declineReason : null,
        askedAt: draft.askedAt,
        answeredAt: published ? draft.answeredAt : null,
        slug: published?.slug ?? null,
      },
      meta: {},
    };
  },
}));
