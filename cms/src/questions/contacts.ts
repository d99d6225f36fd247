import type { Core } from '@strapi/strapi';
import { PRIVACY_NOTICE_VERSION } from '@thads/content';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { now } from '../scheduling/clock';

export const QUESTION = 'api::question.question';
export const CONTACT = 'api::question-contact.question-contact';

/** The citizen's contact details and what has become of them (erased? told of the answer?). */
export type ContactRow = {
  id: number;
  question: string;
  agency: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  consentAt: string;
  noticeVersion: string | null;
  eraseAfter: string | null;
  erasedAt: string | null;
  notifyState: 'none' | 'pending' | 'sent' | 'failed';
  notifyAttempts: number;
  notifyAfter: string | null;
  notifyClaimedUntil: string | null;
  notifyError: string | null;
};

export type QuestionsConfig = {
  contactRetentionMonths: number;
  jobIntervalMs: number;
  mail: { enabled: boolean; retrySeconds: number; maxAttempts: number };
};
export const questionsConfig = (strapi: Core.Strapi) => strapi.config.get<QuestionsConfig>('questions');

/**
 * Contact details live in a table of their own, written straight through the query engine: never through the
 * Document Service, so no version, audit detail, webhook or search entry ever carries them, and erasing the row's
 * values erases them everywhere.
 */
export async function storeContact(
  strapi: Core.Strapi,
  contact: { question: string; agency: string; name: string | null; email: string | null; phone: string | null },
): Promise<void> {
  await strapi.db.query(CONTACT).create({
    data: { ...contact, consentAt: now(), noticeVersion: PRIVACY_NOTICE_VERSION, notifyState: 'none' },
  });
}

export async function contactOf(strapi: Core.Strapi, question: string): Promise<ContactRow | null> {
  return (await strapi.db.query(CONTACT).findOne({ where: { question } })) as ContactRow | null;
}

/** `months` after `from`, on the same day of the month (or the month's last day). */
export function monthsAfter(from: Date, months: number): Date {
  const end = new Date(from);
  const day = end.getUTCDate();
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return end;
}

/**
 * The retention starts at the first answer (or decision not to publish): the details are erased the configured number
 * of months later. A later answer does not restart it.
 */
export async function startRetention(strapi: Core.Strapi, question: string, from: Date): Promise<void> {
  await strapi.db.query(CONTACT).updateMany({
    where: { question, eraseAfter: null, erasedAt: null },
    data: { eraseAfter: monthsAfter(from, questionsConfig(strapi).contactRetentionMonths) },
  });
}

/** Why contact details were erased: their time was up, the citizen asked (through an Editor), or the question went. */
export type ErasureReason = 'retention' | 'request' | 'deleted';

/**
 * Erases a question's contact details (the row stays, emptied, with when it was erased), and records it in the audit
 * trail: who, which question, why; never what was erased. A notification not yet sent is dropped with them.
 */
export async function eraseContact(
  strapi: Core.Strapi,
  question: string,
  reason: ErasureReason,
  userId: number | null = null,
): Promise<boolean> {
  const row = await contactOf(strapi, question);
  if (!row || row.erasedAt) return false;
  await strapi.db.query(CONTACT).update({
    where: { id: row.id },
    data: {
      name: null,
      email: null,
      phone: null,
      erasedAt: now(),
      ...(row.notifyState === 'pending' ? { notifyState: 'failed', notifyError: 'erased before it was sent' } : {}),
    },
  });
  const event: AuditEvent = {
    action: 'contact.erase',
    uid: QUESTION,
    documentId: question,
    agency: row.agency,
    ...(userId === null ? {} : { userId }),
    details: { reason },
  };
  strapi.eventHub.emit(AUDIT_EVENT, event);
  return true;
}

/** Erases every contact whose time is up; returns how many. */
export async function eraseDueContacts(strapi: Core.Strapi): Promise<number> {
  const due = (await strapi.db.query(CONTACT).findMany({
    where: { erasedAt: null, eraseAfter: { $lte: now() } },
    select: ['question'],
    limit: 500,
  })) as Array<{ question: string }>;
  let erased = 0;
  for (const { question } of due) if (await eraseContact(strapi, question, 'retention')) erased += 1;
  return erased;
}
