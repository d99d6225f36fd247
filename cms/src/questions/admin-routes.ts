import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { adminScopeOf, reachedAgencies, reaches } from '../agencies/admin-scope';
import { otherAgency } from '../agencies/write-rule';
import { adminRoute, refused } from '../http/admin-route';
import { contactOf, eraseContact, QUESTION } from './contacts';

const READ = 'plugin::content-manager.explorer.read';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const QUEUE_SIZE = 500;

type Ability = { can: (action: string, subject: string) => boolean };
type Context = {
  params: Record<string, string>;
  state: { user?: { id: number; roles?: Array<{ code?: string }> }; userAbility?: Ability };
  body: unknown;
};
type Waiting = {
  documentId: string;
  title: string;
  topic: string;
  state: string;
  agency: string;
  askedAt: string | null;
};

const may = (ctx: Context, action: string) => ctx.state.userAbility?.can(action, QUESTION) === true;

/** A question of an agency the account works for (another agency's is refused, as everywhere). */
async function questionOf(strapi: Core.Strapi, ctx: Context): Promise<{ documentId: string; agency: string }> {
  const row = (await strapi.db.query(QUESTION).findOne({
    where: { documentId: ctx.params.documentId ?? '', publishedAt: null },
    select: ['documentId', 'agency'],
  })) as { documentId: string; agency: string } | null;
  if (!row) throw new errors.NotFoundError('Không có câu hỏi này (no such question)');
  if (!reaches(await adminScopeOf(strapi, ctx.state.user ?? {}), row.agency)) throw otherAgency(strapi, row.agency);
  return row;
}

const editorsOnly = (ctx: Context) => {
  if (!may(ctx, PUBLISH))
    throw refused(
      'Chỉ biên tập viên xem và xóa thông tin liên hệ của người hỏi (only editors see citizens’ contact details)',
    );
};

/**
 * The admin's side of citizens' questions, under `/thads-questions`: the queue of the agency's questions not answered
 * yet, oldest first (those who may read questions: Authors draft answers, Editors publish them); the citizen's
 * contact details of one question, and their erasure at the citizen's request (Editors; audited).
 */
export function registerQuestionRoutes(strapi: Core.Strapi): void {
  const route = adminRoute<Context>;
  strapi.server.routes({
    type: 'admin',
    prefix: '/thads-questions',
    routes: [
      route('GET', '/queue', async (ctx) => {
        if (!may(ctx, READ)) throw refused('Tài khoản không xem được câu hỏi (no access to questions)');
        const agencies = reachedAgencies(await adminScopeOf(strapi, ctx.state.user ?? {}));
        const waiting = (await strapi.db.query(QUESTION).findMany({
          where: {
            publishedAt: null,
            state: { $in: ['received', 'answering'] },
            ...(agencies ? { agency: { $in: agencies } } : {}),
          },
          select: ['documentId', 'title', 'topic', 'state', 'agency', 'askedAt'],
          orderBy: [{ askedAt: 'asc' }, { id: 'asc' }],
          limit: QUEUE_SIZE,
        })) as Waiting[];
        ctx.body = { data: waiting };
      }),
      route('GET', '/:documentId/contact', async (ctx) => {
        editorsOnly(ctx);
        const question = await questionOf(strapi, ctx);
        const contact = await contactOf(strapi, question.documentId);
        ctx.body = {
          data: contact
            ? {
                name: contact.name,
                email: contact.email,
                phone: contact.phone,
                consentAt: contact.consentAt,
                noticeVersion: contact.noticeVersion,
                eraseAfter: contact.eraseAfter,
                erasedAt: contact.erasedAt,
                notifyState: contact.notifyState,
              }
            : null,
        };
      }),
      route('POST', '/:documentId/erase-contact', async (ctx) => {
        editorsOnly(ctx);
        const question = await questionOf(strapi, ctx);
        const erased = await eraseContact(strapi, question.documentId, 'request', ctx.state.user?.id ?? null);
        ctx.body = { data: { erased } };
      }),
    ],
  } as never);
}
