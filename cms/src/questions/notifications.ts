import type { Core } from '@strapi/strapi';
import { SITE_PATHS } from '@thads/content';
import { formatVietnamDate } from '@thads/vietnamese';
import { agencies, agencySitePath } from '../agencies/registry';
import { siteUrl } from '../lib/site-url';
import { now } from '../scheduling/clock';
import { CONTACT, QUESTION, questionsConfig, type ContactRow } from './contacts';

/** How long a claimed notice is left to the instance that claimed it before another may try it. */
const CLAIM_MS = 5 * 60_000;
/** The longest wait between two tries. */
const LONGEST_WAIT_MS = 6 * 60 * 60_000;
const BATCH = 50;

type Published = {
  documentId: string;
  title: string;
  slug: string | null;
  agency: string;
  trackingCode: string | null;
  askedAt: string | null;
};
type EmailService = { send(options: Record<string, unknown>): Promise<unknown> };

/**
 * Once a question is answered, the citizen who gave an email address is to be told: the notice waits in the contact's
 * row (an outbox that survives restarts and SMTP outages) until it is sent. Queued once: publishing again later (after
 * an edit) does not tell the citizen twice.
 */
export async function queueAnswerNotice(strapi: Core.Strapi, question: string): Promise<void> {
  await strapi.db.query(CONTACT).updateMany({
    where: { question, notifyState: 'none', email: { $notNull: true }, erasedAt: null },
    data: { notifyState: 'pending', notifyAfter: now(), notifyAttempts: 0 },
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The message, in Vietnamese, as plain text and as the same text in HTML (escaped: the title is a citizen's). */
export function answerNotice(input: {
  agencyName: string;
  name: string | null;
  title: string;
  trackingCode: string | null;
  askedOn: string;
  link: string;
  retentionMonths: number;
}) {
  const lines = [
    `Kính gửi ${input.name ?? 'ông/bà'},`,
    '',
    `${input.agencyName} đã trả lời câu hỏi "${input.title}" ông/bà gửi ngày ${input.askedOn}` +
      (input.trackingCode ? ` (mã tra cứu ${input.trackingCode}).` : '.'),
    '',
    `Xem câu trả lời: ${input.link}`,
    '',
    `Thư này được gửi tự động, chỉ một lần. Thông tin liên hệ ông/bà cung cấp sẽ được xóa ${input.retentionMonths} tháng sau khi có câu trả lời.`,
  ];
  const html = lines
    .map((line) =>
      line.startsWith('Xem câu trả lời: ')
        ? `<p>Xem câu trả lời: <a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>`
        : line
          ? `<p>${escapeHtml(line)}</p>`
          : '',
    )
    .join('\n');
  return {
    subject: `Câu hỏi của ông/bà đã được trả lời: ${input.title}`.slice(0, 250),
    text: lines.join('\n'),
    html: `<!doctype html><html lang="vi"><meta charset="utf-8"><body>${html}</body></html>`,
  };
}

const senderAddress = (name: string, address: string) => `"${name.replace(/["\\\r\n]/g, '')}" <${address}>`;

async function send(strapi: Core.Strapi, contact: ContactRow, question: Published): Promise<void> {
  const registry = agencies(strapi);
  const agency = registry.get(question.agency);
  const from = (strapi.config.get('plugin::email') as { settings?: { defaultFrom?: string } }).settings?.defaultFrom;
  const address = from?.match(/<([^>]+)>/)?.[1] ?? from ?? 'no-reply@localhost';
  const link = `${siteUrl()}${agencySitePath(registry, question.agency, `${SITE_PATHS.question}${question.slug ?? ''}`)}`;
  const message = answerNotice({
    agencyName: agency?.name ?? question.agency,
    name: contact.name,
    title: question.title,
    trackingCode: question.trackingCode,
    askedOn: formatVietnamDate(question.askedAt ?? contact.consentAt),
    link,
    retentionMonths: questionsConfig(strapi).contactRetentionMonths,
  });
  const email = strapi.plugin('email').service('email') as EmailService;
  await email.send({
    to: contact.email,
    from: senderAddress(agency?.mailSenderName || agency?.name || 'Thi hành án dân sự', address),
    replyTo: agency?.mailReplyTo || agency?.email || undefined,
    ...message,
    // One id per question: should a notice ever go out twice (an instance stopped between sending and recording
    // it), mail programs show it once.
    headers: { 'Message-ID': `<hoi-dap-${question.documentId}@${address.split('@')[1] ?? 'localhost'}>` },
  });
}

/**
 * Takes a notice for this instance (none other sends it meanwhile); false when another took it first — or tried it
 * since this round read it (its tries counted from the row as read, never from a stale one).
 */
async function claim(strapi: Core.Strapi, contact: ContactRow): Promise<boolean> {
  const at = now();
  const { count } = await strapi.db.query(CONTACT).updateMany({
    where: {
      id: contact.id,
      notifyState: 'pending',
      notifyAttempts: contact.notifyAttempts,
      notifyAfter: { $lte: at },
      $or: [{ notifyClaimedUntil: null }, { notifyClaimedUntil: { $lt: at } }],
    },
    data: { notifyClaimedUntil: new Date(at.getTime() + CLAIM_MS) },
  });
  return count === 1;
}

/**
 * Sends the answer notices that are due, each once: claimed, sent, then marked sent. When SMTP is off or refuses, the
 * notice waits and is tried again later (a minute, then twice as long each time, at most six hours apart) up to the
 * configured number of tries. Returns how many were sent.
 */
export async function deliverAnswerNotices(strapi: Core.Strapi): Promise<number> {
  const { mail } = questionsConfig(strapi);
  if (!mail.enabled) return 0;
  const due = (await strapi.db.query(CONTACT).findMany({
    where: { notifyState: 'pending', erasedAt: null, notifyAfter: { $lte: now() } },
    orderBy: { notifyAfter: 'asc' },
    limit: BATCH,
  })) as ContactRow[];
  let sent = 0;
  for (const contact of due) {
    if (!contact.email || !(await claim(strapi, contact))) continue;
    const question = (await strapi.db.query(QUESTION).findOne({
      where: { documentId: contact.question, publishedAt: { $notNull: true } },
      select: ['documentId', 'title', 'slug', 'agency', 'trackingCode', 'askedAt'],
    })) as Published | null;
    if (!question) {
      // Unpublished before it could be announced: announced when it is published again.
      await strapi.db
        .query(CONTACT)
        .update({ where: { id: contact.id }, data: { notifyState: 'none', notifyClaimedUntil: null } });
      continue;
    }
    const attempts = contact.notifyAttempts + 1;
    try {
      await send(strapi, contact, question);
      await strapi.db.query(CONTACT).update({
        where: { id: contact.id },
        data: { notifyState: 'sent', notifyAttempts: attempts, notifyClaimedUntil: null, notifyError: null },
      });
      sent += 1;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const wait = Math.min(LONGEST_WAIT_MS, mail.retrySeconds * 1000 * 2 ** (attempts - 1));
      await strapi.db.query(CONTACT).update({
        where: { id: contact.id },
        data: {
          notifyState: attempts >= mail.maxAttempts ? 'failed' : 'pending',
          notifyAttempts: attempts,
          notifyAfter: new Date(now().getTime() + wait),
          notifyClaimedUntil: null,
          notifyError: reason,
        },
      });
      strapi.log.warn(`[hỏi đáp] thư báo trả lời ${contact.question} chưa gửi được (lần ${attempts}): ${reason}`);
    }
  }
  return sent;
}
