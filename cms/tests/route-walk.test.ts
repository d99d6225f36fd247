import { fold } from '@thads/vietnamese';
import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import { contentApiGetRoutes, fillPath, firstPathWords, paramsOf } from './support/routes';
import { newArticle } from './support/documents';
import { CMS_ADMIN_PATHS } from '../../scripts/lib/nginx.mjs';

// Every GET route Strapi lists, asked anonymously in many forms, with a staff article and a draft in the database:
// neither may show anywhere. A route added later is walked too; one that needs values the walk lacks fails it.

const STAFF = {
  title: 'Kế hoạch kiểm tra nội bộ quý ba',
  lead: 'Lịch kiểm tra chéo giữa các chi cục',
  date: '2003-07-19T03:00:00.000Z',
};
const DRAFT = {
  title: 'Dự thảo thông cáo chưa được duyệt đăng',
  lead: 'Nội dung đang chờ lãnh đạo duyệt',
  date: '2004-08-21T03:00:00.000Z',
};
const CANARY = { title: 'Bài công khai của tác giả kiểm thử lối đi', date: '2005-09-23T03:00:00.000Z' };
/** Issue 21: who asked (never public) and a question not answered yet (never public either). */
const CITIZEN = {
  contact: { name: 'Lê Văn Người Hỏi', email: 'nguoi-hoi-loi-di@example.vn', phone: '0911 222 333' },
  waiting: 'Câu hỏi chưa trả lời trên lối đi',
};
const AUTHOR = { name: 'Tác giả kiểm thử lối đi' };

/** Routes the walk does not call, and why. Each must still be listed by Strapi (a stale entry fails the test). */
const EXCLUDED: Record<string, string> = {
  '/api/connect/(.*)': 'users-permissions OAuth sign-in: redirects to an outside provider, serves no content',
  '/api/auth/:provider/callback': 'users-permissions OAuth sign-in: calls an outside provider, serves no content',
};

let cms: TestCms;
let markers: string[] = [];
let values: Record<string, string[]> = {};
let queries: string[] = [];

type Created = { id: number; documentId: string; slug: string };

beforeAll(async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  cms = await startSeededCms(4);
  const { strapi } = cms;
  const idOf = async (uid: UID.ContentType, slug: string) =>
    ((await strapi.db.query(uid).findOne({ where: { slug }, select: ['documentId'] })) as { documentId: string })
      .documentId;
  const relations = {
    category: await idOf('api::category.category', 'thi-dua-khen-thuong'),
    campaignThemes: [await idOf('api::campaign-theme.campaign-theme', 'thi-dua-2021-thads-vinh-phuc')],
    authors: [await idOf('api::author.author', 'do-hung')],
  };
  const articles = strapi.documents('api::article.article');
  const staff = (await articles.create({
    data: newArticle({ ...STAFF, audience: 'staff', ...relations }),
    status: 'published',
  })) as unknown as Created;
  const draft = (await articles.create({
    data: newArticle({ ...DRAFT, audience: 'public', ...relations }),
  })) as unknown as Created;
  const canary = (await articles.create({
    data: newArticle({ ...CANARY, audience: 'public', ...relations }),
    status: 'published',
  })) as unknown as Created;
  // A published author whose articles are the staff one, the draft and a public one.
  const author = (await strapi.documents('api::author.author').create({
    data: { ...AUTHOR, agency: 'vinhphuc', articles: [staff.documentId, draft.documentId, canary.documentId] },
    status: 'published',
  })) as unknown as Created;
  // The draft linked straight from the published author's row (as data from older versions can be).
  const publishedAuthor = (await strapi.db
    .query('api::author.author')
    .findOne({ where: { documentId: author.documentId, publishedAt: { $notNull: true } } })) as { id: number };
  await strapi.db
    .connection('articles_authors_lnk')
    .insert({ article_id: draft.id, author_id: publishedAuthor.id, author_ord: 2, article_ord: 99 });

  markers = [
    STAFF.title,
    STAFF.lead,
    staff.slug,
    staff.documentId,
    '2003-07-19',
    DRAFT.title,
    DRAFT.lead,
    draft.slug,
    draft.documentId,
    '2004-08-21',
  ];

  // Issue 21: a citizen's question through the form (its sender's contact details and tracking code), answered and
  // published, and another still waiting: no contact, no code, no unpublished question anywhere.
  const asked: string[] = [];
  for (const title of ['Câu hỏi của người dân được đăng', CITIZEN.waiting]) {
    const response = await fetch(`${cms.baseUrl}/api/questions/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...CITIZEN.contact,
        agency: 'phutho',
        topic: 'khac',
        title,
        question: `${title}, nội dung câu hỏi.`,
        consent: 'on',
      }),
    });
    asked.push(((await response.json()) as { data: { trackingCode: string } }).data.trackingCode);
  }
  const answered = (await strapi.db
    .query('api::question.question')
    .findOne({ where: { trackingCode: asked[0] }, select: ['documentId'] })) as { documentId: string };
  await strapi.documents('api::question.question').update({
    documentId: answered.documentId,
    data: { answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Câu trả lời công khai.' }] }] } as never,
  });
  await strapi.documents('api::question.question').publish({ documentId: answered.documentId });
  markers.push(...Object.values(CITIZEN.contact), ...asked, CITIZEN.waiting);

  // The agencies' records (issue 20): a draft document, a draft notice, and a register entry taken off (its draft
  // remains for the clerks) must show nowhere either.
  const recordMarkers = ['DAUHIEUVANBANNHAP', 'DAUHIEUTHONGBAONHAP', 'Người Đã Gỡ Khỏi Danh Sách', '77/QĐ-DAUHIEUGO'];
  markers.push(...recordMarkers);
  const draftDocument = await strapi.documents('api::legal-document.legal-document').create({
    data: {
      agency: 'vinhphuc',
      number: '1/2004/DAUHIEUVANBANNHAP',
      kind: 'decision',
      issuingBody: 'Cục THADS tỉnh Vĩnh Phúc',
      issuedOn: '2004-08-21',
      summary: recordMarkers[0],
    } as never,
  });
  const draftNotice = await strapi
    .documents('api::notice.notice')
    .create({ data: { agency: 'vinhphuc', title: recordMarkers[1], date: '2004-08-21' } as never });
  const removed = await strapi.documents('api::debtor-entry.debtor-entry').create({
    data: {
      agency: 'vinhphuc',
      fullName: recordMarkers[2],
      obligation: 'Trả nợ',
      decisionNumber: recordMarkers[3],
      decisionDate: '2004-08-21',
      noConditionsOn: '2004-08-21',
      removalReason: 'paid',
    } as never,
    status: 'published',
  });
  await strapi.documents('api::debtor-entry.debtor-entry').unpublish({ documentId: removed.documentId });

  // The first published document by row: a query without order may list the draft first (SQLite reads the index).
  const publishedId = async (uid: UID.ContentType) =>
    (
      (await strapi.db.query(uid).findOne({
        where: { publishedAt: { $notNull: true } },
        select: ['documentId'],
        orderBy: { id: 'asc' },
      })) as { documentId: string }
    ).documentId;
  const documentIds = async (uid: UID.ContentType) => [
    ...new Set(
      ((await strapi.db.query(uid).findMany({ select: ['documentId'] })) as Array<{ documentId: string }>).map(
        (row) => row.documentId,
      ),
    ),
  ];
  values = {
    // Path parameters: the ids of every document of the route's type (staff and draft included), or fixed values.
    'articles:id': await documentIds('api::article.article'),
    'authors:id': await documentIds('api::author.author'),
    'categories:id': await documentIds('api::category.category'),
    'campaign-themes:id': await documentIds('api::campaign-theme.campaign-theme'),
    'agencies:id': (await documentIds('api::agency.agency')).slice(0, 3),
    'units:id': ['khong-co-don-vi', ...(await documentIds('api::unit.unit')).slice(0, 2)],
    // Issue 21: a few of each (the waiting question among them).
    'agency-profiles:id': (await documentIds('api::agency-profile.agency-profile')).slice(0, 2),
    'leaders:id': (await documentIds('api::leader.leader')).slice(0, 2),
    'questions:id': [answered.documentId, ...(await documentIds('api::question.question')).slice(-2)],
    // A published one of each (as seeded) and the one that must show nowhere.
    'legal-documents:id': [await publishedId('api::legal-document.legal-document'), draftDocument.documentId],
    'notices:id': [await publishedId('api::notice.notice'), draftNotice.documentId],
    'debtor-entries:id': [await publishedId('api::debtor-entry.debtor-entry'), removed.documentId],
    'sitemaps:name': [
      'pages',
      'categories',
      'campaign-themes',
      'authors',
      // Issue 21: the published questions (the answered one of this walk), never who asked or a waiting one.
      'questions',
      'articles-1',
      'articles-2',
      'articles-1.xml',
    ],
    'files:id': ['1'],
    'users:id': ['1'],
    'roles:id': ['1', '2'],
    'content-types:uid': ['api::article.article'],
    'components:uid': ['shared.link'],
    // The draft preview, asked without a token (the token is the credential; preview.test.ts checks it).
    'preview:type': ['articles', 'authors'],
    ':type:documentId': [staff.documentId, draft.documentId],
  };
  queries = [
    '',
    'populate=*',
    'pagination[pageSize]=100&sort=date:desc',
    'populate[articles][populate]=*',
    'populate[articles][populate][authors][populate][articles]=true',
    'populate=articles.authors.articles,articles.category',
    `filters[slug][$eq]=${staff.slug}`,
    'filters[audience][$eq]=staff',
    `filters[documentId][$eq]=${draft.documentId}`,
    `filters[authors][slug][$eq]=${author.slug}&populate=authors`,
    'status=draft',
    // Search, archive and feed parameters; other routes refuse or ignore them.
    `q=${encodeURIComponent(fold(STAFF.title))}`,
    `q=${encodeURIComponent(fold(DRAFT.title))}`,
    `q=${encodeURIComponent(fold(CITIZEN.waiting))}`,
    'q=nguoi+hoi&locale=en',
    `q=${encodeURIComponent(fold(STAFF.lead))}&author=${author.slug}`,
    'year=2003&month=7',
    'year=2004&month=8',
    `author=${author.slug}&full=1`,
    'category=thi-dua-khen-thuong&full=1',
    // The agencies' records.
    'type=legal-document&q=dauhieuvanbannhap',
    'type=notice&q=dauhieuthongbaonhap',
    'q=nguoi%20da%20go',
    'q=77%2Fqd-dauhieugo',
    'state=open',
  ];
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.RATE_LIMIT_ENABLED;
});

/** Values of a route's path parameter, keyed by the segment before it (`articles:id`). */
function valuesOf(route: string, param: string): string[] {
  const segments = route.split('/');
  const index = segments.findIndex((segment) => segment === `:${param}` || (param === '*' && segment === '(.*)'));
  const key = `${segments[index - 1]}:${param}`;
  const found = values[key];
  if (!found)
    throw new Error(`The walk has no values for ${key} (route ${route}): add them, or exclude the route with a reason`);
  return found;
}

/** Every path of a route: the product of its parameters' values. */
function pathsOf(route: string): string[] {
  return paramsOf(route)
    .reduce<Array<Record<string, string>>>(
      (combinations, param) =>
        combinations.flatMap((combination) =>
          valuesOf(route, param).map((value) => ({ ...combination, [param]: value })),
        ),
      [{}],
    )
    .map((combination) => fillPath(route, combination));
}

describe('what nginx sends to the CMS (scripts/lib/nginx.mjs, deploy/nginx/thads.conf)', () => {
  it('is every first path word of the routes Strapi lists: the admin panel works through nginx', () => {
    // `/api` and `/uploads` have locations of their own; any other word reaching the site server would be a 404.
    expect(firstPathWords(cms.strapi).filter((word) => word !== 'api' && word !== 'uploads')).toEqual(
      [...CMS_ADMIN_PATHS].sort(),
    );
  });
});

describe('walking every GET route Strapi lists, as the public', () => {
  it('finds the staff article and the draft nowhere', async () => {
    const routes = contentApiGetRoutes(cms.strapi);
    expect(
      Object.keys(EXCLUDED).filter((route) => !routes.includes(route)),
      'excluded routes Strapi no longer lists',
    ).toEqual([]);
    const walked = routes.filter((route) => !(route in EXCLUDED));
    const answered = new Map<string, number[]>();
    const leaks: string[] = [];
    let canarySeen = 0;
    for (const route of walked) {
      const statuses: number[] = [];
      for (const path of pathsOf(route)) {
        for (const query of queries) {
          const url = query ? `${path}?${query}` : path;
          const response = await fetch(`${cms.baseUrl}${url}`, { redirect: 'manual' });
          const text = await response.text();
          statuses.push(response.status);
          // A value the request itself carries may be echoed (an error naming it); the titles never are.
          const asked = decodeURIComponent(url);
          for (const marker of markers)
            if (!asked.includes(marker) && text.includes(marker))
              leaks.push(`${url} (${response.status}) shows "${marker}"`);
          if (text.includes(CANARY.title)) canarySeen += 1;
        }
      }
      answered.set(route, statuses);
    }
    expect(leaks).toEqual([]);

    // It cannot pass by asking nothing: every listed route was called, the public ones answered, relations followed.
    expect(walked.length + Object.keys(EXCLUDED).length).toBe(routes.length);
    const publicRoutes = walked.filter((route) => answered.get(route)!.some((status) => status === 200));
    expect(publicRoutes).toEqual(
      expect.arrayContaining([
        '/api/archive',
        '/api/articles',
        '/api/articles/:id',
        '/api/authors',
        '/api/authors/:id',
        '/api/campaign-themes',
        '/api/campaign-themes/:id',
        '/api/categories',
        '/api/categories/:id',
        '/api/agencies',
        '/api/agencies/:id',
        '/api/units',
        '/api/units/:id',
        '/api/agency-profiles',
        '/api/agency-profiles/:id',
        '/api/leaders',
        '/api/leaders/:id',
        '/api/questions',
        '/api/questions/:id',
        '/api/questions/privacy-notice',
        '/api/search/questions',
        '/api/legal-documents',
        '/api/legal-documents/:id',
        '/api/notices',
        '/api/notices/:id',
        '/api/debtor-entries',
        '/api/debtor-entries/:id',
        '/api/feeds/atom',
        '/api/feeds/rss',
        '/api/openapi.json',
        '/api/search',
        '/api/site-setting',
        '/api/sitemaps',
        '/api/sitemaps/:name',
      ]),
    );
    const successes = [...answered.values()].flat().filter((status) => status === 200).length;
    expect(successes).toBeGreaterThan(300);
    expect(canarySeen, 'the public article linked like the staff one and the draft').toBeGreaterThan(30);
    // Routes outside the public role's permissions refuse the public outright.
    const refused = walked.filter((route) => !publicRoutes.includes(route));
    for (const route of refused)
      expect(
        answered.get(route)!.every((status) => status >= 400 && status < 500),
        route,
      ).toBe(true);
    console.log(
      `route walk: ${walked.length} routes, ${[...answered.values()].flat().length} requests, ${successes} answered 200; refused: ${refused.join(' ')}`,
    );
    // Every route, every value, every query form: minutes on a busy machine.
  }, 600_000);
});
