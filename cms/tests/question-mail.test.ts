import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';

// Issue 21 §2: once a question is answered, the citizen who gave an email is told, in Vietnamese, with the link —
// through a real SMTP server started here on the loopback (smtp-server), read back with mailparser. Each agency's
// sender name and reply-to address; when SMTP is down the form and the publication still work and the notice is
// tried again later: nothing lost, nothing sent twice.

const QUESTION = 'api::question.question';
const CONTACT = 'api::question-contact.question-contact';
const SITE = 'https://thads.example.gov.vn';

let cms: TestCms;
let strapi: Core.Strapi;
let port = 0;
let smtp: SMTPServer | null = null;
const received: ParsedMail[] = [];
/** Recipients refused for now with a temporary error (451), as a busy server does. */
let busy = false;

function startSmtp(onPort: number): Promise<number> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!busy) return callback();
      const error = Object.assign(new Error('Máy chủ bận, thử lại sau'), { responseCode: 451 });
      return callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  smtp = server;
  return new Promise((resolve) =>
    server.listen(onPort, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
}
const stopSmtp = () => new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));

const jobs = () =>
  cms.appModule<typeof import('../src/questions/jobs')>('src/questions/jobs.js').runQuestionJobs(strapi);
const setClock = (at: Date) =>
  cms.appModule<typeof import('../src/scheduling/clock')>('src/scheduling/clock.js').setClock(at);

/**
 * A round of the jobs that ran: a round begun by a publication (after its commit, in the background) may hold the
 * jobs' lock a moment longer than the row it wrote shows, and a round that finds the lock taken does nothing.
 */
async function ranJobs() {
  let result = await jobs();
  for (let tries = 0; result.skipped && tries < 200; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    result = await jobs();
  }
  expect(result.skipped, 'the jobs ran').toBe(false);
  return result;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let clients = 0;
/** Asks through the form, answers and publishes as an Editor would: the question's documentId. */
async function askAndAnswer(fields: Record<string, unknown>, publish = true): Promise<string> {
  const response = await fetch(`${cms.baseUrl}/api/questions/ask`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${(clients += 1)}` },
    body: JSON.stringify({
      agency: 'phutho',
      topic: 'thu-tuc',
      question: 'Nội dung câu hỏi gửi qua biểu mẫu của cổng thông tin.',
      consent: true,
      ...fields,
    }),
  });
  expect(response.status).toBe(201);
  const { trackingCode } = ((await response.json()) as { data: { trackingCode: string } }).data;
  const { documentId } = (await strapi.db.query(QUESTION).findOne({ where: { trackingCode } })) as {
    documentId: string;
  };
  await strapi.documents(QUESTION).update({
    documentId,
    data: { answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Câu trả lời.' }] }] } as never,
  });
  if (publish) await strapi.documents(QUESTION).publish({ documentId });
  return documentId;
}
const contactOf = async (question: string) =>
  (await strapi.db.query(CONTACT).findOne({ where: { question } })) as {
    notifyState: string;
    notifyAttempts: number;
    notifyError: string | null;
  };

beforeAll(async () => {
  port = await startSmtp(0);
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_FROM: 'no-reply@thads.example.gov.vn',
    SMTP_TIMEOUT_MS: '3000',
    SITE_URL: SITE,
    QUESTION_JOBS_INTERVAL_MS: '0',
    QUESTION_MAIL_RETRY_SECONDS: '60',
    SCHEDULER_TEST_CLOCK: 'true',
  });
  cms = await startSeededCms(0);
  strapi = cms.strapi;
  const phutho = (await strapi.db.query('api::agency.agency').findOne({ where: { code: 'phutho' } })) as {
    documentId: string;
  };
  await strapi.documents('api::agency.agency').update({
    documentId: phutho.documentId,
    data: { mailSenderName: 'Hỏi đáp – THADS tỉnh Phú Thọ', mailReplyTo: 'hoidap@phutho.example.gov.vn' } as never,
  });
});
afterAll(async () => {
  await cms?.stop();
  await stopSmtp();
  for (const name of [
    'SMTP_HOST',
    'SMTP_PORT',
    'SMTP_FROM',
    'SMTP_TIMEOUT_MS',
    'SITE_URL',
    'QUESTION_JOBS_INTERVAL_MS',
    'QUESTION_MAIL_RETRY_SECONDS',
    'SCHEDULER_TEST_CLOCK',
  ])
    delete process.env[name];
});

describe('the answer notice', () => {
  it("arrives once, in Vietnamese, from the agency's sender with its reply-to, with the link to the answer", async () => {
    const documentId = await askAndAnswer({
      name: 'Phạm Thị Nhận Thư',
      email: 'nhan.thu@example.vn',
      title: 'Hỏi về thủ tục <b>nhận tiền</b> thi hành án',
    });
    // Sent as soon as the publication is committed, without waiting for the next round of the job.
    await until(() => received.length === 1, 'the notice');
    const [mail] = received;
    expect(mail!.to).toMatchObject({ value: [{ address: 'nhan.thu@example.vn' }] });
    expect(mail!.from?.value[0]).toEqual({
      name: 'Hỏi đáp – THADS tỉnh Phú Thọ',
      address: 'no-reply@thads.example.gov.vn',
    });
    expect(mail!.replyTo?.value[0]?.address).toBe('hoidap@phutho.example.gov.vn');
    expect(mail!.subject).toBe('Câu hỏi của ông/bà đã được trả lời: Hỏi về thủ tục <b>nhận tiền</b> thi hành án');
    const { slug } = (await strapi.db
      .query(QUESTION)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })) as { slug: string };
    expect(slug).toBe('hoi-ve-thu-tuc-b-nhan-tien-b-thi-hanh-an');
    expect(mail!.text).toContain('Kính gửi Phạm Thị Nhận Thư,');
    expect(mail!.text).toContain(`Xem câu trả lời: ${SITE}/phutho/hoi-dap/${slug}`);
    expect(mail!.text).toContain('Thi hành án dân sự tỉnh Phú Thọ đã trả lời câu hỏi');
    // The citizen's words are text in the HTML part too, never markup.
    expect(String(mail!.html)).toContain('&#60;b&#62;nhận tiền&#60;/b&#62;');
    expect(String(mail!.html)).not.toContain('<b>nhận tiền</b>');
    expect(mail!.messageId).toBe(`<hoi-dap-${documentId}@thads.example.gov.vn>`);
    // Recorded once the SMTP server has accepted it (the mail is read here before its answer reaches the CMS).
    await until(async () => (await contactOf(documentId)).notifyState === 'sent', 'the notice recorded as sent');
    expect(await contactOf(documentId)).toMatchObject({ notifyState: 'sent', notifyAttempts: 1 });
    // Nothing sent twice: another round, a second publication after an edit.
    await jobs();
    await strapi.documents(QUESTION).unpublish({ documentId });
    await strapi.documents(QUESTION).publish({ documentId });
    await jobs();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toHaveLength(1);
  });

  it('is not sent to a citizen who gave no email', async () => {
    const before = received.length;
    const documentId = await askAndAnswer({ phone: '0912 000 111', title: 'Hỏi không kèm thư điện tử' });
    await jobs();
    expect(received).toHaveLength(before);
    expect((await contactOf(documentId)).notifyState).toBe('none');
  });

  it('waits while SMTP is down (the form and the publication work) and is sent once when it is back', async () => {
    await stopSmtp();
    const before = received.length;
    const documentId = await askAndAnswer({ email: 'cho.gui@example.vn', title: 'Hỏi khi máy chủ thư tắt' });
    const published = await fetch(`${cms.baseUrl}/api/questions?filters[documentId][$eq]=${documentId}`);
    expect(((await published.json()) as { data: unknown[] }).data).toHaveLength(1);
    await until(async () => (await contactOf(documentId)).notifyAttempts >= 1, 'the first try');
    expect(await contactOf(documentId)).toMatchObject({ notifyState: 'pending', notifyAttempts: 1 });
    expect((await contactOf(documentId)).notifyError).toMatch(/ECONNREFUSED|connect/i);
    // Not due again before its retry time (and the publication's own round is over: the two below are alone).
    expect((await ranJobs()).sent).toBe(0);
    await startSmtp(port);
    setClock(new Date(Date.now() + 61_000));
    // Two rounds at once (two instances, or a timer and a publication): one sends, the other finds nothing to send.
    const rounds = await Promise.all([jobs(), jobs()]);
    expect(rounds.reduce((sum, round) => sum + round.sent, 0)).toBe(1);
    expect(received.length - before).toBe(1);
    expect(received.at(-1)!.to).toMatchObject({ value: [{ address: 'cho.gui@example.vn' }] });
    setClock(new Date(Date.now() + 3600_000));
    await jobs();
    expect(received.length - before).toBe(1);
    expect(await contactOf(documentId)).toMatchObject({ notifyState: 'sent', notifyAttempts: 2 });
    setClock(new Date());
  });

  it('is tried again after a temporary refusal, then given up after the configured tries', async () => {
    busy = true;
    const before = received.length;
    const documentId = await askAndAnswer({ email: 'may.ban@example.vn', title: 'Hỏi khi máy chủ thư bận' });
    await until(async () => (await contactOf(documentId)).notifyAttempts >= 1, 'the first try');
    expect((await contactOf(documentId)).notifyError).toMatch(/451/);
    let offset = 0;
    for (let attempt = 2; attempt <= 12; attempt += 1) {
      offset += 7 * 3600_000;
      setClock(new Date(Date.now() + offset));
      await ranJobs();
    }
    expect(await contactOf(documentId)).toMatchObject({ notifyState: 'failed', notifyAttempts: 12 });
    busy = false;
    setClock(new Date(Date.now() + offset + 7 * 3600_000));
    await jobs();
    expect(received.length).toBe(before);
    setClock(new Date());
  });
});
