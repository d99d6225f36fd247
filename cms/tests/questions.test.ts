import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION, privacyNotice } from '@thads/content';
import { adminRequest, signedInAdmin } from './support/admin';
import { startSeededCms, type TestCms } from './support/strapi';

// Issue 21 §2 (the CMS's part): the public question form (JSON or a plain form post), its limits (per client, shared
// by the instances; honeypot; sizes; hostile text), the tracking code and status, the admin's queue (Authors draft,
// Editors publish or decline with a reason), contact details kept apart (never public, never in versions or audit
// details) and erased a configured time after the answer, audited.

const QUESTION = 'api::question.question';
const CONTACT = 'api::question-contact.question-contact';
const QUESTIONS = `/content-manager/collection-types/${QUESTION}`;
const BURST = 3;

type Answer = {
  status: number;
  body: Record<string, unknown> & { data?: Record<string, unknown>; error?: Record<string, unknown> };
};

let cms: TestCms;
let strapi: Core.Strapi;
const tokens: Record<string, string> = {};
let clients = 0;
/** A client of its own (the form's budget is per client: X-Forwarded-For from the loopback, a trusted proxy). */
const newClient = () => `198.51.100.${(clients += 1)}`;

const citizen = {
  agency: 'phutho',
  name: 'Nguyễn Thị Hỏi',
  email: 'nguoi.hoi@example.vn',
  phone: '0912 345 678',
  topic: 'thu-tuc',
  title: 'Thủ tục yêu cầu thi hành án',
  question: 'Tôi cần chuẩn bị những giấy tờ gì để yêu cầu thi hành bản án dân sự?',
  consent: 'on',
};

async function ask(
  fields: Record<string, unknown>,
  { client = newClient(), form = false }: { client?: string; form?: boolean } = {},
): Promise<Answer> {
  const response = await fetch(`${cms.baseUrl}/api/questions/ask`, {
    method: 'POST',
    headers: {
      'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
      'X-Forwarded-For': client,
    },
    body: form
      ? new URLSearchParams(
          Object.entries(fields).map(([key, value]): [string, string] => [key, String(value)]),
        ).toString()
      : JSON.stringify(fields),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const stored = async () => ({
  questions: await strapi.db.query(QUESTION).count({}),
  contacts: await strapi.db.query(CONTACT).count({}),
});
const draftByCode = async (code: string) =>
  (await strapi.db.query(QUESTION).findOne({ where: { trackingCode: code, publishedAt: null } })) as {
    documentId: string;
    state: string;
  };
const statusOf = async (code: string) => {
  const response = await fetch(`${cms.baseUrl}/api/question-status?code=${encodeURIComponent(code)}`);
  return {
    status: response.status,
    cache: response.headers.get('cache-control'),
    body: (await response.json()) as Answer['body'],
  };
};
const admin = (who: string, method: string, path: string, body?: unknown) =>
  adminRequest(cms, tokens[who]!, method, path, body);
const messageOf = async (response: Response) =>
  ((await response.json()) as { error: { message: string } }).error.message;

beforeAll(async () => {
  Object.assign(process.env, {
    QUESTION_BURST: String(BURST),
    QUESTION_PER_HOUR: '1',
    QUESTION_JOBS_INTERVAL_MS: '0',
    SCHEDULER_TEST_CLOCK: 'true',
  });
  cms = await startSeededCms(0);
  strapi = cms.strapi;
  tokens.editorPT = await signedInAdmin(cms, 'strapi-editor', 'bien-tap@phutho.example.gov.vn', { agency: 'phutho' });
  tokens.authorPT = await signedInAdmin(cms, 'strapi-author', 'tac-gia@phutho.example.gov.vn', { agency: 'phutho' });
  tokens.editorHN = await signedInAdmin(cms, 'strapi-editor', 'bien-tap@hanoi.example.gov.vn', { agency: 'hanoi' });
});
afterAll(async () => {
  await cms?.stop();
  for (const name of ['QUESTION_BURST', 'QUESTION_PER_HOUR', 'QUESTION_JOBS_INTERVAL_MS', 'SCHEDULER_TEST_CLOCK'])
    delete process.env[name];
});

describe('the public form', () => {
  it('takes a question without an account: a tracking code, an unpublished question, the contact kept apart', async () => {
    const answer = await ask(citizen);
    expect(answer.status).toBe(201);
    const code = String(answer.body.data?.trackingCode);
    expect(code).toMatch(/^HD-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    const draft = await draftByCode(code);
    expect(draft).toMatchObject({ state: 'received', agency: 'phutho', topic: 'thu-tuc', title: citizen.title });
    expect(draft).not.toHaveProperty('email');
    expect(
      await strapi.db
        .query(QUESTION)
        .count({ where: { documentId: draft.documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
    const contact = await strapi.db.query(CONTACT).findOne({ where: { question: draft.documentId } });
    expect(contact).toMatchObject({ name: citizen.name, email: citizen.email, phone: citizen.phone, agency: 'phutho' });
    expect(contact.consentAt).toBeTruthy();
    // Nothing is published by itself (the seed's published sample questions are there, this one is not).
    const list = (await (await fetch(`${cms.baseUrl}/api/questions?pagination[pageSize]=100`)).json()) as {
      data: Array<{ documentId: string; title: string }>;
    };
    expect(list.data.length).toBeGreaterThan(0);
    expect(list.data.map((each) => each.documentId)).not.toContain(draft.documentId);
    expect(list.data.map((each) => each.title)).not.toContain(citizen.title);
    const tracked = await statusOf(code.toLowerCase().replace(/-/g, ' '));
    expect(tracked.status).toBe(200);
    expect(tracked.body.data).toMatchObject({ code, status: 'received', title: citizen.title, slug: null });
    // Read with a code that works as a password: never stored by a cache.
    expect(tracked.cache).toBe('no-store');
  });

  it('tells the form’s privacy notice with the months this installation keeps contact details', async () => {
    const response = await fetch(`${cms.baseUrl}/api/questions/privacy-notice`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { version: string; months: number; text: string } };
    expect(data).toEqual({ version: PRIVACY_NOTICE_VERSION, months: 12, text: privacyNotice(12) });
    expect(data.text).toContain('xóa 12 tháng sau khi có câu trả lời');
  });

  it('works as a plain form post, without JavaScript', async () => {
    const answer = await ask(
      { ...citizen, email: '', title: 'Hỏi qua biểu mẫu không dùng JavaScript' },
      { form: true },
    );
    expect(answer.status).toBe(201);
    const draft = await draftByCode(String(answer.body.data?.trackingCode));
    const contact = await strapi.db.query(CONTACT).findOne({ where: { question: draft.documentId } });
    expect(contact).toMatchObject({ email: null, phone: citizen.phone });
  });

  it.each([
    ['without consent', { consent: undefined }, 'consent', /đồng ý/],
    ['without any way to reply', { email: '', phone: '' }, 'email', /ít nhất một cách liên hệ/],
    ['with a wrong email', { email: 'khong-phai-thu' }, 'email', /thư điện tử chưa đúng/],
    ['with a wrong phone', { phone: '12ab' }, 'phone', /Số điện thoại chưa đúng/],
    ['with an unknown topic', { topic: 'khong-co' }, 'topic', /chủ đề/],
    ['with too short a title', { title: 'Hỏi' }, 'title', /ít nhất 5 ký tự/],
    ['with too long a question', { question: 'ấ'.repeat(5001) }, 'question', /tối đa 5000 ký tự/],
    ['to an unknown agency', { agency: 'khong-co' }, 'agency', /Không có cơ quan/],
    ['to a merged agency', { agency: 'vinhphuc' }, 'agency', /hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ/],
    ['with a field sent twice', { title: ['Một tiêu đề', 'Hai tiêu đề'] }, 'title', /một đoạn chữ/],
  ])('refuses a question %s, naming the field, and stores nothing', async (_case, change, field, message) => {
    const before = await stored();
    const answer = await ask({ ...citizen, ...change });
    expect(answer.status).toBe(400);
    expect(String(answer.body.error?.message)).toMatch(message);
    const details = answer.body.error?.details as { errors: Array<{ path: string[]; message: string }> };
    expect(details.errors.map((error) => error.path[0])).toContain(field);
    expect(await stored()).toEqual(before);
  });

  it('answers a robot that fills the hidden field as if received, and stores nothing', async () => {
    const before = await stored();
    const answer = await ask({ ...citizen, website: 'http://spam.example' });
    expect(answer.status).toBe(201);
    expect(answer.body.data?.trackingCode).toMatch(/^HD-/);
    expect(await stored()).toEqual(before);
    expect((await statusOf(String(answer.body.data?.trackingCode))).status).toBe(404);
  });

  it('gives a flood from one client 429 beyond its budget, storing nothing more, other clients unaffected', async () => {
    const before = await stored();
    const flooder = newClient();
    const statuses: number[] = [];
    for (let n = 0; n < BURST + 3; n += 1)
      statuses.push((await ask({ ...citizen, title: `Câu hỏi dồn dập số ${n}` }, { client: flooder })).status);
    expect(statuses).toEqual([...Array(BURST).fill(201), 429, 429, 429]);
    const refused = await fetch(`${cms.baseUrl}/api/questions/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': flooder },
      body: JSON.stringify(citizen),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await messageOf(refused)).toMatch(/Quá nhiều yêu cầu/);
    const after = await stored();
    expect(after.questions - before.questions).toBe(BURST);
    expect(after.contacts - before.contacts).toBe(BURST);
    expect((await ask(citizen)).status).toBe(201);
  });
});

describe('hostile text', () => {
  it('is stored as plain text: markup and links are kept inert, invisible controls dropped', async () => {
    const hostile =
      '<script>alert("x")</script> <a href="https://lua-dao.example">bấm vào đây</a> https://lua-dao.example';
    const answer = await ask({
      ...citizen,
      title: 'Tiêu đề <img src=x onerror=alert(1)>\u202E',
      question: `${hostile}\u0000\u0007 thêm chữ cho đủ dài`,
    });
    expect(answer.status).toBe(201);
    const draft = (await draftByCode(String(answer.body.data?.trackingCode))) as unknown as Record<string, string>;
    expect(draft.title).toBe('Tiêu đề <img src=x onerror=alert(1)>');
    expect(draft.question).toBe(`${hostile} thêm chữ cho đủ dài`);
  });

  it('refuses text that is not UTF-8, or half a character, with a clear message', async () => {
    const before = await stored();
    const [head, tail] = JSON.stringify({ ...citizen, title: 'XXXX' }).split('XXXX');
    const bytes = Buffer.concat([
      Buffer.from(`${head}Tiêu `),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(` đề${tail}`),
    ]);
    const response = await fetch(`${cms.baseUrl}/api/questions/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': newClient() },
      body: bytes,
    });
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toMatch(/không đọc được/);
    const surrogate = await ask({ ...citizen, title: 'Nửa ký tự \ud800 ở đây' });
    expect(surrogate.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('refuses a 1 MB body with a clear message before reading it, storing nothing', async () => {
    const before = await stored();
    const response = await fetch(`${cms.baseUrl}/api/questions/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': newClient() },
      body: JSON.stringify({ ...citizen, question: 'a'.repeat(1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await messageOf(response)).toMatch(/quá lớn/);
    expect(await stored()).toEqual(before);
  });
});

describe('answering', () => {
  let code = '';
  let documentId = '';

  beforeAll(async () => {
    const answer = await ask({ ...citizen, title: 'Hỏi về án phí của ông Nguyễn Văn Riêng' });
    code = String(answer.body.data?.trackingCode);
    documentId = (await draftByCode(code)).documentId;
  });

  it("lists the agency's unanswered questions in the admin's queue, never another agency's", async () => {
    const hanoi = await ask({ ...citizen, agency: 'hanoi', title: 'Câu hỏi gửi Hà Nội' });
    const queue = (await (await admin('authorPT', 'GET', '/thads-questions/queue')).json()) as {
      data: Array<{ documentId: string; agency: string; state: string }>;
    };
    expect(queue.data.map((row) => row.documentId)).toContain(documentId);
    expect(queue.data.every((row) => row.agency === 'phutho')).toBe(true);
    expect(queue.data.length).toBeGreaterThan(1);
    const hanoiId = (await draftByCode(String(hanoi.body.data?.trackingCode))).documentId;
    expect((await admin('editorPT', 'GET', `${QUESTIONS}/${hanoiId}`)).status).toBe(403);
  });

  it('lets an Author draft the answer but not publish it, nor decline it', async () => {
    const drafted = await admin('authorPT', 'PUT', `${QUESTIONS}/${documentId}`, {
      answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Án phí được tính theo Nghị quyết 326/2016.' }] }],
      state: 'declined',
      declineReason: 'Tác giả không được từ chối',
    });
    expect(drafted.status).toBe(200);
    const draft = await draftByCode(code);
    expect(draft.state).toBe('answering');
    expect((await statusOf(code)).body.data).toMatchObject({ status: 'answering' });
    expect((await admin('authorPT', 'POST', `${QUESTIONS}/${documentId}/actions/publish`, {})).status).toBe(403);
    expect(await strapi.db.query(QUESTION).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(0);
  });

  it('lets an Editor take personal details out and publish it: public without contacts, status answered', async () => {
    const edited = await admin('editorPT', 'PUT', `${QUESTIONS}/${documentId}`, {
      title: 'Hỏi về cách tính án phí',
      question: 'Án phí được tính như thế nào?',
    });
    expect(edited.status).toBe(200);
    expect((await admin('editorPT', 'POST', `${QUESTIONS}/${documentId}/actions/publish`, {})).status).toBe(200);
    const list = (await (await fetch(`${cms.baseUrl}/api/questions?agency=phutho&populate=*`)).json()) as {
      data: Array<Record<string, unknown>>;
    };
    const published = list.data.find((row) => row.documentId === documentId)!;
    expect(published).toMatchObject({
      title: 'Hỏi về cách tính án phí',
      slug: 'hoi-ve-cach-tinh-an-phi',
      topic: 'thu-tuc',
    });
    expect(published.answeredAt).toBeTruthy();
    const text = JSON.stringify(list);
    for (const secret of [citizen.email, citizen.name, citizen.phone, code, 'Nguyễn Văn Riêng', 'nguyen-van-rieng'])
      expect(text).not.toContain(secret);
    for (const field of ['trackingCode', 'state', 'declineReason', 'email'])
      expect(published).not.toHaveProperty(field);
    expect((await statusOf(code)).body.data).toMatchObject({ status: 'answered', slug: 'hoi-ve-cach-tinh-an-phi' });
    // No SMTP here: the notice waits (question-mail.test.ts sends it through a real server).
    expect(await strapi.db.query(CONTACT).findOne({ where: { question: documentId } })).toMatchObject({
      notifyState: 'pending',
    });
    // The filters may not reach what is private either.
    const probe = await fetch(`${cms.baseUrl}/api/questions?filters[trackingCode][$eq]=${code}`);
    expect(probe.status).toBe(400);
  });

  it('never gives a question the address of the form or of the tracking page (/hoi-dap/gui-cau-hoi, /hoi-dap/tra-cuu)', async () => {
    const publishedSlug = async (title: string) => {
      const asked = await ask({ ...citizen, title });
      expect(asked.status).toBe(201);
      const { documentId: id } = await draftByCode(String(asked.body.data?.trackingCode));
      const answered = await admin('editorPT', 'PUT', `${QUESTIONS}/${id}`, {
        answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Xem hướng dẫn tại trụ sở.' }] }],
      });
      expect(answered.status).toBe(200);
      expect((await admin('editorPT', 'POST', `${QUESTIONS}/${id}/actions/publish`, {})).status).toBe(200);
      const row = (await strapi.db.query(QUESTION).findOne({
        where: { documentId: id, publishedAt: { $notNull: true } },
        select: ['slug'],
      })) as { slug: string };
      return row.slug;
    };
    expect(await publishedSlug('Gửi câu hỏi')).toBe('gui-cau-hoi-2');
    expect(await publishedSlug('Tra cứu?')).toBe('tra-cuu-2');
    // Only the pages' own words: a title that merely begins with them keeps its slug.
    expect(await publishedSlug('Gửi câu hỏi qua bưu điện')).toBe('gui-cau-hoi-qua-buu-dien');
  });

  it("is found by the site's search as its own kind of result, never among articles, nor before it is published", async () => {
    const search = async (path: string) =>
      ((await (await fetch(`${cms.baseUrl}${path}`)).json()) as { data: Array<Record<string, unknown>> }).data;
    const found = await search('/api/search/questions?q=an+phi&agency=phutho');
    expect(found.map((hit) => hit.documentId)).toContain(documentId);
    expect(found.find((hit) => hit.documentId === documentId)).toMatchObject({
      kind: 'question',
      slug: 'hoi-ve-cach-tinh-an-phi',
      topic: 'thu-tuc',
    });
    expect(JSON.stringify(found)).not.toContain(citizen.email);
    expect((await search('/api/search/questions?q=an+phi&agency=hanoi')).map((hit) => hit.documentId)).not.toContain(
      documentId,
    );
    expect((await search('/api/search/questions?q=an+phi&topic=khieu-nai')).map((hit) => hit.documentId)).not.toContain(
      documentId,
    );
    expect((await search('/api/search?q=cach+tinh+an+phi')).map((hit) => hit.documentId)).not.toContain(documentId);
    // Questions still waiting are nowhere.
    expect(await search(`/api/search/questions?q=${encodeURIComponent('câu hỏi dồn dập')}`)).toEqual([]);
    expect(await search(`/api/search/questions?q=${encodeURIComponent('biểu mẫu không dùng JavaScript')}`)).toEqual([]);
    const badTopic = await fetch(`${cms.baseUrl}/api/search/questions?q=x&topic=khong-co`);
    expect(badTopic.status).toBe(400);
  });

  it('never keeps versions of a question, nor its text or contacts in the audit trail', async () => {
    expect(
      await strapi.db.query('api::content-version.content-version').count({ where: { targetUid: QUESTION } }),
    ).toBe(0);
    const entries = (await strapi.db
      .query('api::audit-entry.audit-entry')
      .findMany({ where: { targetUid: QUESTION } })) as Array<{ action: string; details: unknown }>;
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['update', 'publish']));
    const text = JSON.stringify(entries);
    for (const secret of [citizen.email, citizen.phone, citizen.name, 'Nguyễn Văn Riêng', 'án phí'])
      expect(text).not.toContain(secret);
  });

  it('is refused publication without an answer, and a declined question says why and is never published', async () => {
    const other = await ask({ ...citizen, title: 'Câu hỏi sẽ không được đăng' });
    const otherCode = String(other.body.data?.trackingCode);
    const otherId = (await draftByCode(otherCode)).documentId;
    const unanswered = await admin('editorPT', 'POST', `${QUESTIONS}/${otherId}/actions/publish`, {});
    expect(unanswered.status).toBe(403);
    expect(await messageOf(unanswered)).toMatch(/chưa có câu trả lời/);
    const withoutReason = await admin('editorPT', 'PUT', `${QUESTIONS}/${otherId}`, { state: 'declined' });
    expect(withoutReason.status).toBe(400);
    expect(await messageOf(withoutReason)).toMatch(/lý do không đăng/);
    expect(
      (
        await admin('editorPT', 'PUT', `${QUESTIONS}/${otherId}`, {
          state: 'declined',
          declineReason: 'Nội dung thuộc thẩm quyền của Tòa án, không phải cơ quan thi hành án.',
        })
      ).status,
    ).toBe(200);
    expect((await statusOf(otherCode)).body.data).toMatchObject({
      status: 'declined',
      declineReason: 'Nội dung thuộc thẩm quyền của Tòa án, không phải cơ quan thi hành án.',
    });
    await admin('editorPT', 'PUT', `${QUESTIONS}/${otherId}`, {
      answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Trả lời' }] }],
    });
    expect((await admin('editorPT', 'POST', `${QUESTIONS}/${otherId}/actions/publish`, {})).status).toBe(403);
    expect(
      await strapi.db.query(QUESTION).count({ where: { documentId: otherId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
  });

  it("shows the citizen's contact to the agency's Editors only, and erases it at their request (audited)", async () => {
    const path = `/thads-questions/${documentId}/contact`;
    expect((await admin('authorPT', 'GET', path)).status).toBe(403);
    expect((await admin('editorHN', 'GET', path)).status).toBe(403);
    const shown = (await (await admin('editorPT', 'GET', path)).json()) as { data: Record<string, unknown> };
    expect(shown.data).toMatchObject({ email: citizen.email, phone: citizen.phone });
    expect(shown.data.eraseAfter).toBeTruthy();
    const extra = await ask({ ...citizen, title: 'Xin xóa thông tin của tôi' });
    const extraId = (await draftByCode(String(extra.body.data?.trackingCode))).documentId;
    expect((await admin('editorHN', 'POST', `/thads-questions/${extraId}/erase-contact`, {})).status).toBe(403);
    expect((await admin('editorPT', 'POST', `/thads-questions/${extraId}/erase-contact`, {})).status).toBe(200);
    expect(await strapi.db.query(CONTACT).findOne({ where: { question: extraId } })).toMatchObject({
      name: null,
      email: null,
      phone: null,
    });
    // The audit trail is written once the erasure is announced (an event, after the request's own write).
    await expect
      .poll(() =>
        strapi.db
          .query('api::audit-entry.audit-entry')
          .findOne({ where: { action: 'contact.erase', targetDocumentId: extraId } }),
      )
      .toMatchObject({ details: { reason: 'request' }, agency: 'phutho' });
  });
});

describe('contact details', () => {
  it('are erased the configured time after the answer, by the job, and the erasure is audited', async () => {
    const answered = (await strapi.db.query(CONTACT).findMany({
      where: { eraseAfter: { $notNull: true }, erasedAt: null },
    })) as Array<{ question: string; eraseAfter: string }>;
    expect(answered.length).toBeGreaterThanOrEqual(2);
    const waiting = await strapi.db.query(CONTACT).count({ where: { eraseAfter: null, erasedAt: null } });
    expect(waiting).toBeGreaterThan(0);
    const { setClock } = cms.appModule<typeof import('../src/scheduling/clock')>('src/scheduling/clock.js');
    const { runQuestionJobs } = cms.appModule<typeof import('../src/questions/jobs')>('src/questions/jobs.js');
    // Eleven months on, nothing is due yet; twelve and a day, all that were answered are.
    setClock(new Date(Date.now() + 334 * 24 * 3600_000));
    expect((await runQuestionJobs(strapi)).erased).toBe(0);
    setClock(new Date(Date.now() + 367 * 24 * 3600_000));
    expect((await runQuestionJobs(strapi)).erased).toBe(answered.length);
    for (const { question } of answered)
      expect(await strapi.db.query(CONTACT).findOne({ where: { question } })).toMatchObject({
        name: null,
        email: null,
        phone: null,
        erasedAt: expect.anything(),
      });
    // Questions not answered yet keep them.
    expect(await strapi.db.query(CONTACT).count({ where: { eraseAfter: null, erasedAt: null } })).toBe(waiting);
    const audited = (await strapi.db
      .query('api::audit-entry.audit-entry')
      .findMany({ where: { action: 'contact.erase' } })) as Array<{ details: { reason: string } }>;
    expect(audited.filter((entry) => entry.details.reason === 'retention')).toHaveLength(answered.length);
    setClock(new Date());
  });

  it('go with their question when it is deleted', async () => {
    const answer = await ask({ ...citizen, title: 'Câu hỏi sẽ bị xóa' });
    const { documentId } = await draftByCode(String(answer.body.data?.trackingCode));
    expect((await admin('editorPT', 'DELETE', `${QUESTIONS}/${documentId}`)).status).toBe(200);
    expect(await strapi.db.query(CONTACT).findOne({ where: { question: documentId } })).toMatchObject({
      email: null,
      erasedAt: expect.anything(),
    });
  });
});

describe('the status page', () => {
  it('answers an unknown code 404 and a malformed one 400, with what a code looks like', async () => {
    expect((await statusOf('HD-22222-22222')).status).toBe(404);
    const malformed = await statusOf('<script>');
    expect(malformed.status).toBe(400);
    expect(String(malformed.body.error?.message)).toMatch(/HD-XXXXX-XXXXX/);
  });
});
