import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './support/api';
import { startSeededCms, type TestCms } from './support/strapi';
import { newArticle } from './support/documents';

// A generated corpus of hostile requests against every public endpoint, as the public and as signed-in staff.
// Whatever the request, the answer is never a 5xx and never contains a draft, a staff article (for the public),
// an administrator's or a user's private data.

const STAFF_TITLE = 'Công văn nội bộ tuyệt mật về kiểm tra';
const DRAFT_TITLE = 'Bản nháp chưa duyệt về kế hoạch';
const ADMIN_EMAIL = 'quan-tri-bi-mat@thads.example.gov.vn';
/** Another agency's internal article: neither the public nor the staff of Phú Thọ (who ask below) may ever read it. */
const OTHER_AGENCY_STAFF_TITLE = 'Công văn nội bộ riêng của Hà Nội';
const STAFF_EMAIL = 'can-bo-an@thads.example.gov.vn';
/** The agencies' records (issue 20): a draft document, and a register entry taken off (its draft stays for clerks). */
const DRAFT_DOCUMENT_SUMMARY = 'Dự thảo văn bản đối kháng chưa ban hành';
const REMOVED_NAME = 'Người Đối Kháng Đã Gỡ';
/** Text that only a leak could put into an answer (a request can echo its own words, so none of these is sent). */
const NEVER_PUBLIC = [
  DRAFT_TITLE,
  OTHER_AGENCY_STAFF_TITLE,
  ADMIN_EMAIL,
  '$2a$',
  '$2b$',
  'resetPasswordToken',
  'confirmationToken',
  '"createdBy":{',
  '"updatedBy":{',
  DRAFT_DOCUMENT_SUMMARY,
  REMOVED_NAME,
  // The register's private fields, as an answer would carry them.
  '"nameKey":',
  '"decisionKey":',
  '"removalReason":',
  '"removalNote":',
];

// Issue 21: a citizen's contact details and tracking code, given with a question (answered and published, and one
// not yet): never in any answer (a question's status is read with its code, never sent here).
const CITIZEN = { name: 'Trần Thị Bí Mật', email: 'ban-doc-bi-mat@example.vn', phone: '0987 654 321' };
const trackingCodes: string[] = [];

let cms: TestCms;
let staffJwt = '';
let expiredJwt = '';
const ids: Record<string, string> = {};

/** A small deterministic PRNG, so a failure can be reproduced from its index. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

beforeAll(async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  cms = await startSeededCms(8);
  const articles = cms.strapi.documents('api::article.article');
  const author = (await cms.strapi.db.query('api::author.author').findOne({ where: { slug: 'do-hung' } })) as {
    documentId: string;
  };
  const staff = await articles.create({
    data: newArticle({ title: STAFF_TITLE, audience: 'staff', authors: [author.documentId] }),
    status: 'published',
  });
  const draft = await articles.create({ data: newArticle({ title: DRAFT_TITLE, authors: [author.documentId] }) });
  await articles.create({
    data: newArticle({ title: OTHER_AGENCY_STAFF_TITLE, audience: 'staff', agency: 'hanoi' }),
    status: 'published',
  });
  ids.staff = staff.documentId;
  ids.draft = draft.documentId;
  ids.author = author.documentId;
  const draftDocument = await cms.strapi.documents('api::legal-document.legal-document').create({
    data: {
      agency: 'phutho',
      number: '5/2026/QĐ-DOIKHANG',
      kind: 'decision',
      issuingBody: 'Thi hành án dân sự tỉnh Phú Thọ',
      issuedOn: '2026-01-05',
      summary: DRAFT_DOCUMENT_SUMMARY,
    } as never,
  });
  const removed = await cms.strapi.documents('api::debtor-entry.debtor-entry').create({
    data: {
      agency: 'phutho',
      fullName: REMOVED_NAME,
      obligation: 'Trả nợ',
      decisionNumber: '88/QĐ-DOIKHANG',
      decisionDate: '2025-01-02',
      noConditionsOn: '2025-02-03',
      removalReason: 'paid',
      removalNote: 'Ghi chú gỡ',
    } as never,
    status: 'published',
  });
  await cms.strapi.documents('api::debtor-entry.debtor-entry').unpublish({ documentId: removed.documentId });
  ids.draftDocument = draftDocument.documentId;
  ids.removed = removed.documentId;
  ids.public = (
    (await cms.strapi.db.query('api::article.article').findOne({ where: { isSample: false, audience: 'public' } })) as {
      documentId: string;
    }
  ).documentId;
  const superAdmin = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } })) as {
    id: number;
  };
  await cms.strapi.service('admin::user').create({
    firstname: 'Quản',
    lastname: 'Trị',
    email: ADMIN_EMAIL,
    password: 'Khoa-He-Thong-2026',
    isActive: true,
    roles: [superAdmin.id],
  });
  const role = (await cms.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })) as { id: number };
  const user = await cms.strapi.plugin('users-permissions').service('user').add({
    username: 'can-bo-an',
    email: STAFF_EMAIL,
    password: 'CanBo-An-2026',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
    // Staff of Phú Thọ: they read Vĩnh Phúc's internal articles (merged into Phú Thọ), never Hà Nội's.
    agency: 'phutho',
  });
  const jwt = cms.strapi.plugin('users-permissions').service('jwt');
  staffJwt = await jwt.issue({ id: user.id });
  // Two citizens' questions through the form: one answered and published, one waiting.
  for (const title of ['Câu hỏi được trả lời công khai', 'Câu hỏi còn chờ trả lời bí mật']) {
    const asked = await fetch(`${cms.baseUrl}/api/questions/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...CITIZEN,
        agency: 'phutho',
        topic: 'khac',
        title,
        question: `${title}: nội dung đủ dài.`,
        consent: true,
      }),
    });
    trackingCodes.push(((await asked.json()) as { data: { trackingCode: string } }).data.trackingCode);
  }
  const answered = (await cms.strapi.db
    .query('api::question.question')
    .findOne({ where: { trackingCode: trackingCodes[0] } })) as { documentId: string };
  await cms.strapi.documents('api::question.question').update({
    documentId: answered.documentId,
    data: { answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Trả lời công khai.' }] }] } as never,
  });
  await cms.strapi.documents('api::question.question').publish({ documentId: answered.documentId });
  ids.question = answered.documentId;
  NEVER_PUBLIC.push(CITIZEN.name, CITIZEN.email, CITIZEN.phone, ...trackingCodes, 'Câu hỏi còn chờ trả lời bí mật');
  expiredJwt = await jwt.issue({ id: user.id }, { expiresIn: '1ms' });
});
afterAll(async () => {
  delete process.env.RATE_LIMIT_ENABLED;
  await cms?.stop();
});

type HostileRequest = { method: string; path: string; headers?: Record<string, string>; body?: string };

const COLLECTIONS = [
  'articles',
  'authors',
  'campaign-themes',
  'categories',
  'units',
  'agencies',
  // Issue 21.
  'agency-profiles',
  'leaders',
  'questions',
  'legal-documents',
  'notices',
  'debtor-entries',
];
/** Agencies named in every way a client could, right or wrong. */
const AGENCIES = [
  'agency=phutho',
  'agency=hanoi',
  'agency=khong-co',
  'agency=PHUTHO',
  'agency[0]=phutho',
  'agency=phutho&agency=hanoi',
  'agency=../../etc',
  'agency=%00',
  'agency=' + 'a'.repeat(500),
  'agency=phutho&filters[agency][$eq]=hanoi',
  'agency=phutho&filters[agency][$in][0]=hanoi',
  'filters[agency][$eq]=hanoi&filters[audience][$eq]=staff',
  'filters[agency][$null]=true',
  'filters[agency][$ne]=phutho&populate=*',
];
const PRIVATE_FILTERS = [
  'filters[audience][$eq]=staff',
  'filters[audience][$ne]=public',
  'filters[$or][0][audience][$eq]=staff&filters[$or][1][id][$gt]=0',
  'filters[createdBy][email][$eq]=x',
  'filters[createdBy][email][$startsWith]=q',
  'filters[updatedBy][password][$notNull]=true',
  'filters[articles][audience][$eq]=staff',
  'filters[articles][createdBy][id][$gt]=0',
  'filters[publishedAt][$null]=true',
  'filters[password][$eq]=x',
  'filters[id][$in][0]=1&filters[id][$in][1]=2&filters[id][$in][2]=3',
  'filters[documentId][$eq]=STAFF',
  'filters[documentId][$eq]=DRAFT',
  'filters=%7B%22audience%22%3A%22staff%22%7D',
  'filters[$not][audience][$eq]=public',
];
const PRIVATE_POPULATE = [
  'populate[createdBy]=*',
  'populate[updatedBy][fields][0]=email',
  'populate=createdBy',
  'populate[0]=createdBy&populate[1]=updatedBy',
  'populate[localizations]=*',
  'populate[articles][populate][createdBy]=true',
  'populate[authors][populate][articles][filters][audience][$eq]=staff',
  'populate[articles][filters][audience][$eq]=staff',
  'populate=*',
  'populate[articles][populate]=*',
  'populate[cover][populate][createdBy]=*',
  'populate[users]=*',
  'populate[role]=*',
];
const INTERNAL_FIELDS = [
  'fields[0]=createdBy',
  'fields[0]=password',
  'fields[0]=published_at',
  'fields[0]=created_by_id',
  'fields[0]=document_id',
  'fields[0]=locale&fields[1]=localizations',
  'fields=*',
  'fields[0]=email',
];
const PAGINATION = [
  'pagination[pageSize]=1000000000',
  'pagination[pageSize]=-1',
  'pagination[page]=-5',
  'pagination[page]=0',
  'pagination[page]=99999999999999999999999',
  'pagination[pageSize]=abc',
  'pagination[start]=-1&pagination[limit]=-1',
  'pagination[limit]=1e308',
  'pagination[withCount]=maybe',
  'pagination[page]=1&pagination[start]=5',
  'pagination=1',
];
const OPERATORS = [
  'filters[title][$eq]=a%00b',
  'filters[slug][$in][0]=%00',
  'filters[title%00][$eq]=x',
  'filters[title][$regex]=.*',
  'filters[title][$where]=1',
  'filters[title][$raw]=1',
  'filters[title][$func]=sleep',
  'filters[title][$eq][$ne]=1',
  'filters[$and]=x',
  'filters[$or][0]=',
  'filters[title][$in]=x',
  'filters[title][$between]=1',
];
const OTHER = [
  'status=draft',
  'status[0]=draft',
  'status=published&status=draft',
  'locale=../../etc',
  'hasPublishedVersion=false',
  'sort=password:asc',
  'sort[0]=createdBy.email:asc',
  'sort=audience:desc',
  'publicationState=preview',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  'a'.repeat(3000) + '=1',
];
const SEARCH = [
  'q=%22%20OR%201%3D1%20--',
  'q=NEAR(thi%20dua)',
  'q=*',
  'q=thi*',
  'q=%00%01%02',
  'q=' + 'đ'.repeat(600),
  'q=%E0%A4%A',
  'q=cong+van+noi+bo+tuyet+mat',
  'q=ban+nhap+chua+duyet',
  'q=tuyet+mat&category=../../etc',
  'q=x&author=%3Cscript%3E',
  'q=x&from=2021-02-30',
  'q=x&page=-1&pageSize=1000000',
  'q[0]=a&q[1]=b',
  'q[$ne]=1',
  'q=du+thao+van+ban+doi+khang&type=legal-document',
  'q=5%2F2026%2Fqd-doikhang&type=legal-document',
  'q=nguoi+doi+khang&type=debtor-entry',
  'q=x&type=notice&state=maybe',
  'q=x&type[0]=notice',
  'q=42%2F2022&type=legal-document&year=abc&validity=%00',
];
/** The register's own search, as a reader could ask it. */
const REGISTER = [
  'q=nguoi+doi+khang',
  'q=88%2Fqd-doikhang',
  'q=%00',
  'q=' + 'a'.repeat(5000),
  'q[$ne]=1',
  'unit=../../x',
  'year=99999',
  'pageSize=1000000&page=-1',
  'sort=fullName',
  'filters[removalReason][$notNull]=true',
  'filters[agency][$eq]=phutho&filters[nameKey][$startsWith]=n',
  'agency=phutho&q=nguoi',
];
const ARCHIVE = [
  'year=2021&month=13',
  'year=-1&month=0',
  'year=abc',
  'year[0]=2021',
  'year=99999999999999999999&month=1',
  'month=%00',
];
const FEEDS = [
  'category=../../etc/passwd',
  'theme=%3Cscript%3E',
  'author=do-hung&full=1',
  'author[0]=do-hung',
  'full=%00',
  'category=' + 'a'.repeat(5000),
];
const PATHS = [
  '/uploads/../../etc/passwd',
  '/uploads/..%2f..%2fpackage.json',
  '/uploads/%2e%2e/%2e%2e/config/database.ts',
  '/uploads/....//....//etc/passwd',
  '/api/articles/..%2f..%2fadmin',
  '/api/../admin/users',
  '/api/users',
  '/api/users/1',
  '/api/users/me',
  '/api/users-permissions/roles',
  '/api/upload/files',
  '/api/sitemaps/..%2f..%2fpackage.json',
  '/api/sitemaps/articles-99999999',
  '/api/sitemaps?agency=hanoi',
  '/api/sitemaps/articles-1?agency=../../x',
  '/api/redirects?path=/tin-tuc/..%2f..%2fadmin',
  '/api/redirects?path=//evil.example/x',
  '/api/redirects?path=/vinhphuc/noidung/tintuc/lists/x/view_detail.aspx?itemid=1%27%20OR%201=1',
  '/api/redirects?path[0]=/tin-tuc/x',
  '/thads-agencies/me',
  '/thads-agencies/accounts',
  '/content-manager/relations/api::article.article/authors',
  '/api/articles/STAFF',
  '/api/articles/DRAFT',
  '/api/openapi.json',
  '/api/docs',
  '/admin/users',
  '/admin/roles',
  '/content-manager/collection-types/api::article.article',
];
const BODIES = [
  '{"identifier":',
  '{"identifier":{"$ne":null},"password":{"$ne":null}}',
  '[]',
  'null',
  '{"identifier":"' + 'a'.repeat(100000) + '","password":"x"}',
  '{"__proto__":{"admin":true}}',
  'not json at all',
];
/**
 * Other spellings of a path: capitalised prefix and route word, doubled slash, dot segments, trailing slash, encoded
 * slash, `;` parameter. The router routes some of them like the canonical path; every check must do the same.
 */
const SPELLINGS: Array<(path: string) => string> = [
  (path) => path.replace(/^\/[a-z]+/, (prefix) => prefix.toUpperCase()),
  (path) =>
    path.replace(
      /^(\/[a-z]+\/)([a-z-]+)/i,
      (_, prefix: string, word: string) => `${prefix}${word[0]!.toUpperCase()}${word.slice(1).toUpperCase()}`,
    ),
  (path) => path.replace(/^(\/[a-z]+)\//i, '$1//'),
  (path) => path.replace(/^(\/[a-z]+)\//i, '$1/./'),
  (path) => path.replace(/^(\/[a-z]+)\//i, '$1/x/../'),
  (path) => `${path}/`,
  (path) => path.replace(/^(\/[a-z]+\/[a-z-]+)\//i, '$1%2F'),
  (path) => `${path};x=1`,
];
const METHODS = ['PUT', 'DELETE', 'PATCH', 'POST', 'OPTIONS', 'TRACE'];
/** Issue 21: what a hostile citizen's form may carry (each stored inert or refused with a clear message). */
const QUESTION_BODIES = [
  ...BODIES,
  JSON.stringify({
    agency: 'phutho',
    title: '<script>alert(1)</script>',
    question: '<img src=x onerror=alert(1)>'.repeat(5),
    email: 'a@b.vn',
    topic: 'khac',
    consent: true,
  }),
  JSON.stringify({
    agency: 'phutho',
    title: 'x'.repeat(300),
    question: 'y'.repeat(60000),
    email: 'a@b.vn',
    topic: 'khac',
    consent: true,
  }),
  JSON.stringify({ agency: ['phutho'], title: { $ne: null }, question: 1, email: true, topic: null, consent: 'true' }),
  JSON.stringify({
    agency: 'hanoi',
    title: 'https://lua-dao.example '.repeat(5),
    question: '[url=http://x]x[/url] '.repeat(10),
    phone: '0912345678',
    topic: 'khac',
    consent: 'on',
  }),
  'agency=phutho&title=%3Cb%3Ex%3C%2Fb%3E&question=%FF%FE%00%01&email=a%40b.vn&topic=khac&consent=on',
  '{"agency":"phutho","title":"' + 'ắ'.repeat(200000) + '"}',
];
const QUESTION_CODES = ['HD-22222-22222', '<script>', '%00', 'hd2222222222', 'x'.repeat(5000), "HD' OR '1'='1", ''];

function corpus(count: number): HostileRequest[] {
  const next = random(20261129);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const withIds = (path: string) =>
    path.replace('STAFF', ids.staff!).replace('DRAFT', ids.draft!).replace('QUESTION', ids.question!);
  const deepPopulate = () => {
    const depth = 4 + Math.floor(next() * 10);
    let key = 'populate';
    for (let level = 0; level < depth; level += 1)
      key += `[${pick(['articles', 'authors', 'category', 'campaignThemes', 'cover', 'createdBy'])}][populate]`;
    return `${key}=*`;
  };
  const queryFor = () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      pick([
        pick(PRIVATE_FILTERS),
        pick(PRIVATE_POPULATE),
        pick(INTERNAL_FIELDS),
        pick(PAGINATION),
        pick(OPERATORS),
        pick(OTHER),
        pick(AGENCIES),
        deepPopulate(),
      ]),
    ).join('&');
  const requests: HostileRequest[] = [];
  while (requests.length < count) {
    const kind = next();
    if (kind < 0.45) {
      const collection = pick(COLLECTIONS);
      const id =
        next() < 0.3
          ? `/${pick([ids.staff, ids.draft, ids.public, ids.author, ids.question, ids.draftDocument, ids.removed, '1', '-1', "1' OR '1'='1", '%00'])}`
          : '';
      requests.push({ method: 'GET', path: withIds(`/api/${collection}${id}?${queryFor()}`) });
    } else if (kind < 0.55) {
      requests.push({ method: 'GET', path: `/api/search?${pick(SEARCH)}&${next() < 0.5 ? queryFor() : ''}` });
    } else if (kind < 0.57) {
      requests.push({
        method: 'GET',
        path: `/api/debtor-entries?${pick(REGISTER)}&${next() < 0.5 ? pick(AGENCIES) : ''}`,
      });
    } else if (kind < 0.6) {
      requests.push({ method: 'GET', path: `/api/archive?${pick(ARCHIVE)}&${next() < 0.5 ? pick(AGENCIES) : ''}` });
    } else if (kind < 0.67) {
      requests.push({
        method: 'GET',
        path: `/api/feeds/${pick(['rss', 'atom'])}?${pick(FEEDS)}&${next() < 0.5 ? pick(AGENCIES) : ''}`,
      });
    } else if (kind < 0.72) {
      requests.push({ method: 'GET', path: `/api/site-setting?${queryFor()}` });
    } else if (kind < 0.76) {
      requests.push({ method: 'GET', path: withIds(pick(PATHS)) });
    } else if (kind < 0.8) {
      // Issue 21: the question form, its status page and the questions' search.
      const form = next() < 0.6;
      if (form) {
        const body = pick(QUESTION_BODIES);
        requests.push({
          method: 'POST',
          path: '/api/questions/ask',
          headers: {
            'Content-Type': body.startsWith('agency=') ? 'application/x-www-form-urlencoded' : 'application/json',
          },
          body,
        });
      } else if (next() < 0.5)
        requests.push({ method: 'GET', path: `/api/question-status?code=${encodeURIComponent(pick(QUESTION_CODES))}` });
      else requests.push({ method: 'GET', path: `/api/search/questions?${pick(SEARCH)}&${pick(AGENCIES)}` });
    } else if (kind < 0.87) {
      requests.push({
        method: 'POST',
        path: pick([
          '/api/auth/local',
          '/api/articles',
          '/api/auth/local/register',
          '/api/auth/forgot-password',
          '/api/upload',
        ]),
        headers: { 'Content-Type': 'application/json' },
        body: pick(BODIES),
      });
    } else if (kind < 0.93) {
      requests.push({
        method: pick(METHODS),
        path: withIds(`/api/${pick(COLLECTIONS)}${next() < 0.5 ? `/${ids.public}` : ''}`),
        headers: { 'Content-Type': 'application/json' },
        body: pick(BODIES),
      });
    } else {
      const token = pick([
        'forged.' + Buffer.from('{"id":1}').toString('base64url') + '.sig',
        'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpZCI6MX0.',
        expiredJwt,
        `${staffJwt.slice(0, -6)}AAAAAA`,
        'x'.repeat(9000),
      ]);
      requests.push({
        method: 'GET',
        path: withIds(`/api/${pick(COLLECTIONS)}?${queryFor()}`),
        headers: { Authorization: `Bearer ${token}`, 'X-Big': 'y'.repeat(Math.floor(next() * 12000)) },
      });
    }
  }
  // A third of them spelt otherwise (and a GET in four a HEAD), so every spelling meets every route.
  return requests.map((request) => {
    if (next() >= 1 / 3) return request;
    const queryAt = request.path.indexOf('?');
    const [path, query] =
      queryAt === -1 ? [request.path, ''] : [request.path.slice(0, queryAt), request.path.slice(queryAt)];
    const method = request.method === 'GET' && next() < 0.25 ? 'HEAD' : request.method;
    return { ...request, method, path: `${pick(SPELLINGS)(path)}${query}` };
  });
}

async function fire(requests: HostileRequest[], extraHeaders: Record<string, string>) {
  const failures: string[] = [];
  let index = 0;
  const worker = async () => {
    while (index < requests.length) {
      const request = requests[index++]!;
      let status = 0;
      let text = '';
      try {
        // Sent as spelt: fetch would resolve dot segments first.
        ({ status, text } = await rawRequest(cms.baseUrl, {
          method: request.method,
          path: request.path,
          headers: { ...request.headers, ...extraHeaders },
          body:
            request.method === 'GET' || request.method === 'HEAD' || request.method === 'TRACE'
              ? undefined
              : request.body,
        }));
      } catch (error) {
        failures.push(`${request.method} ${request.path.slice(0, 120)} → ${String(error)}`);
        continue;
      }
      // Staff may read staff articles and, at /api/users/me, their own account.
      const leaked = [...NEVER_PUBLIC, ...(extraHeaders.Authorization ? [] : [STAFF_TITLE, STAFF_EMAIL])].filter(
        (secret) => text.includes(secret),
      );
      // TRACE is a method no route implements: 501 is its right answer (RFC 9110 §15.6.2), not a failure.
      const failed = status >= 500 && !(request.method === 'TRACE' && status === 501);
      if (failed || leaked.length > 0)
        failures.push(
          `${request.method} ${request.path.slice(0, 160)} → ${status}${leaked.length ? ` leaked ${leaked.join(', ')}` : ''}`,
        );
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return failures;
}

describe('hostile requests', () => {
  it('5,000 as the public: no 5xx, no draft, no staff article, no private data', async () => {
    const requests = corpus(5000);
    expect(requests.length).toBeGreaterThanOrEqual(5000);
    const failures = await fire(requests, {});
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);

  it('1,000 as signed-in staff: staff articles allowed, still no 5xx, no draft, no private data', async () => {
    const failures = await fire(corpus(1000), { Authorization: `Bearer ${staffJwt}` });
    expect(failures.slice(0, 20)).toEqual([]);
  }, 300_000);
});
