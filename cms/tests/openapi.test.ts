import { createRequire } from 'node:module';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import { contentApiGetRoutes, publicGetRoutes } from './support/routes';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020') as typeof import('ajv/dist/2020').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
type OpenApi = {
  paths: Record<
    string,
    Record<'get', { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
};
let cms: TestCms;
let document: OpenApi;

beforeAll(async () => {
  cms = await startSeededCms(12);
  document = (await (await fetch(`${cms.baseUrl}/api/openapi.json`)).json()) as OpenApi;
});
afterAll(async () => {
  await cms?.stop();
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, served by the CMS', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every GET route the public may call, and only routes that exist', async () => {
    // Public routes that are not content; each must still be a public route (a stale entry fails the test).
    const undocumented: Record<string, string> = {
      '/api/openapi.json': 'this document itself',
      '/api/docs': 'the readable page of this document',
      '/api/connect/(.*)': 'users-permissions sign-in (staff only)',
      '/api/auth/:provider/callback': 'users-permissions sign-in (staff only)',
      '/api/preview/:type/:documentId': "the admin's draft preview for the site (a token issued by the admin)",
    };
    const asDocumented = (route: string) =>
      route
        .replace(/^\/api/, '')
        .replace(':id', '{documentId}')
        .replace(/:(\w+)/g, '{$1}');
    const routes = await publicGetRoutes(cms.strapi, cms.baseUrl);
    expect(
      Object.keys(undocumented).filter((route) => !routes.includes(route)),
      'listed as undocumented but not a public route',
    ).toEqual([]);
    const documented = routes.filter((route) => !(route in undocumented)).map(asDocumented);
    expect(documented.length).toBeGreaterThanOrEqual(15);
    // The documented reads (a path may document a POST only: the citizens' question form).
    const reads = Object.keys(document.paths).filter((path) => document.paths[path]!.get);
    expect(reads.sort()).toEqual(documented.sort());
    // Every documented path is a route Strapi serves (not only the public ones the walk above found).
    const served = contentApiGetRoutes(cms.strapi).map(asDocumented);
    expect(reads.filter((path) => !served.includes(path))).toEqual([]);
  });

  it('has closed object schemas: a property the API should not answer fails validation', async () => {
    // Open by nature: rich text nodes, image renditions, storage details, error details.
    const open = new Set(['Blocks', 'formats', 'provider_metadata', 'details']);
    const openObjects: string[] = [];
    const visit = (schema: unknown, where: string) => {
      if (!schema || typeof schema !== 'object') return;
      if (Array.isArray(schema)) return schema.forEach((item) => visit(item, where));
      const node = schema as Record<string, unknown>;
      if (node.type === 'object' && node.additionalProperties !== false && !open.has(where.split('.').pop()!))
        openObjects.push(where);
      for (const [key, value] of Object.entries(node))
        visit(value, key === 'properties' || key === 'anyOf' || key === 'items' ? where : `${where}.${key}`);
    };
    for (const [name, schema] of Object.entries(document.components.schemas)) visit(schema, name);
    for (const [path, item] of Object.entries(document.paths))
      for (const operation of Object.values(item)) visit(operation.responses, path);
    expect(openObjects).toEqual([]);

    // A real answer passes; the same answer with a leaked field, at the root or in a relation, does not.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile({
      ...document.paths['/articles']!.get.responses['200']!.content!['application/json']!.schema,
      components: document.components,
    });
    const answer = (await (
      await fetch(`${cms.baseUrl}/api/articles?populate[authors]=true&filters[slug][$eq]=${REAL_SLUG}`)
    ).json()) as {
      data: Array<Record<string, unknown> & { authors: Array<Record<string, unknown>> }>;
    };
    expect(answer.data).toHaveLength(1);
    expect(answer.data[0]!.authors.length).toBeGreaterThan(0);
    expect(validate(answer) ? [] : validate.errors).toEqual([]);
    const leakAtRoot = structuredClone(answer);
    leakAtRoot.data[0]!.createdBy = { id: 1, email: 'admin@thads.example.gov.vn' };
    expect(validate(leakAtRoot)).toBe(false);
    const leakInRelation = structuredClone(answer);
    leakInRelation.data[0]!.authors[0]!.password = 'x';
    expect(validate(leakInRelation)).toBe(false);
  });

  it('matches what the API really answers, path by path', async () => {
    const firstOf = async (uid: string) =>
      (
        (await cms.strapi.db
          .query(uid as never)
          .findOne({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })) as { documentId: string }
      ).documentId;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const articleId = (
      (await cms.strapi.db
        .query('api::article.article')
        .findOne({ where: { slug: REAL_SLUG }, select: ['documentId'] })) as { documentId: string }
    ).documentId;
    const themeId = (
      (await cms.strapi.db
        .query('api::campaign-theme.campaign-theme')
        .findOne({ where: {}, select: ['documentId'] })) as { documentId: string }
    ).documentId;
    const agencyId = (
      (await cms.strapi.db
        .query('api::agency.agency')
        .findOne({ where: { code: 'vinhphuc' }, select: ['documentId'] })) as {
        documentId: string;
      }
    ).documentId;
    const cases: Array<[string, string]> = [
      ['/articles', '/api/articles'],
      ['/articles', `/api/articles?filters[slug][$eq]=${REAL_SLUG}`],
      ['/articles', '/api/articles?populate=*&pagination[pageSize]=3'],
      ['/articles', '/api/articles?pagination[withCount]=false&pagination[pageSize]=2'],
      ['/articles/{documentId}', `/api/articles/${articleId}`],
      ['/authors', '/api/authors'],
      ['/authors', '/api/authors?populate[articles][fields][0]=title'],
      ['/campaign-themes', '/api/campaign-themes'],
      [
        '/campaign-themes',
        '/api/campaign-themes?filters[slug][$eq]=thi-dua-2021-thads-vinh-phuc&populate[articles][fields][0]=title&populate[targets]=true&populate[milestones]=true',
      ],
      ['/campaign-themes/{documentId}', `/api/campaign-themes/${themeId}`],
      ['/categories', '/api/categories'],
      ['/site-setting', '/api/site-setting'],
      ['/search', '/api/search?q=thi+dua&pageSize=5'],
      ['/search', '/api/search?q=thi+dua&agency=phutho'],
      ['/archive', '/api/archive?year=2021&month=3'],
      ['/archive', '/api/archive?year=2021&month=3&agency=vinhphuc'],
      ['/agencies', '/api/agencies?pagination[pageSize]=100'],
      ['/agencies/{documentId}', `/api/agencies/${agencyId}`],
      ['/units', '/api/units'],
      ['/articles', '/api/articles?agency=phutho&populate=*'],
      ['/articles', '/api/articles?filters[agency][$eq]=vinhphuc'],
      ['/redirects', `/api/redirects?path=/tin-tuc/${REAL_SLUG}`],
      // Issue 21.
      ['/units', '/api/units?agency=phutho&locale=en'],
      ['/agency-profiles', '/api/agency-profiles?agency=phutho&locale=en'],
      ['/agency-profiles', '/api/agency-profiles?agency=trunguong'],
      ['/leaders', '/api/leaders?agency=trunguong&sort=order:asc&locale=en'],
      ['/questions', '/api/questions?agency=phutho&sort=answeredAt:desc'],
      ['/search/questions', '/api/search/questions?q=thi+hanh+an&agency=phutho'],
      // The agencies' records (issue 20), as seeded.
      ['/legal-documents', '/api/legal-documents?agency=trunguong&sort=issuedOn:desc'],
      ['/legal-documents', '/api/legal-documents?populate=*'],
      ['/legal-documents/{documentId}', `/api/legal-documents/${await firstOf('api::legal-document.legal-document')}`],
      ['/notices', '/api/notices?state=open'],
      ['/notices', '/api/notices?agency=phutho&populate=*'],
      ['/notices/{documentId}', `/api/notices/${await firstOf('api::notice.notice')}`],
      ['/debtor-entries', '/api/debtor-entries?q=nguyen&agency=phutho'],
      ['/debtor-entries/{documentId}', `/api/debtor-entries/${await firstOf('api::debtor-entry.debtor-entry')}`],
      ['/search', '/api/search?q=42%2F2022&type=legal-document'],
      ['/search', '/api/search?q=dau%20gia&type=notice&state=open'],
    ];
    for (const [path, url] of cases) {
      const response = await fetch(`${cms.baseUrl}${url}`);
      expect(response.status, url).toBe(200);
      const schema = document.paths[path]!.get.responses['200']!.content!['application/json']!.schema;
      const validate = ajv.compile({ ...schema, components: document.components });
      const body: unknown = await response.json();
      expect(validate(body) ? [] : validate.errors, url).toEqual([]);
    }
  });

  it("describes the question form and a question's status as they are answered", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const response = await fetch(`${cms.baseUrl}/api/questions/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        agency: 'phutho',
        email: 'hoi@example.vn',
        topic: 'an-phi',
        title: 'Câu hỏi kiểm tra tài liệu API',
        question: 'Nội dung câu hỏi đủ dài để gửi được.',
        consent: true,
      }),
    });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { data: { trackingCode: string } };
    const operation = document.paths['/questions/ask'] as unknown as {
      post: { responses: Record<string, { content: Record<string, { schema: object }> }> };
    };
    const validateReceipt = ajv.compile({
      ...operation.post.responses['201']!.content['application/json']!.schema,
      components: document.components,
    });
    expect(validateReceipt(receipt) ? [] : validateReceipt.errors).toEqual([]);
    const status = await fetch(`${cms.baseUrl}/api/question-status?code=${receipt.data.trackingCode}`);
    expect(status.status).toBe(200);
    const schema = document.paths['/question-status']!.get.responses['200']!.content!['application/json']!.schema;
    const validate = ajv.compile({ ...schema, components: document.components });
    const body: unknown = await status.json();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
  });

  it('describes errors as they are answered', async () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile({ ...(document.components.schemas.Error as object), components: document.components });
    for (const [url, status] of [
      ['/api/articles?filters[nope][$eq]=1', 400],
      ['/api/search?page=abc', 400],
      ['/api/articles/khong-co', 404],
    ] as const) {
      const response = await fetch(`${cms.baseUrl}${url}`);
      expect(response.status, url).toBe(status);
      expect(validate(await response.json()), url).toBe(true);
    }
  });

  it('has a readable page without scripts', async () => {
    const response = await fetch(`${cms.baseUrl}/api/docs`);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<h1>Cổng thông tin Thi hành án dân sự – API nội dung công khai</h1>');
    expect(html).toContain('<code>/api/search</code>');
    expect(html).not.toContain('<script');
  });
});

describe('the API through the official @strapi/client SDK, as a partner reads it', () => {
  const client = async () => {
    const { strapi } = await import('@strapi/client');
    return strapi({ baseURL: `${cms.baseUrl}/api` });
  };

  it('lists articles newest first, paginated', async () => {
    const articles = (await client()).collection('articles');
    const first = await articles.find({ sort: ['date:desc', 'id:desc'], pagination: { page: 1, pageSize: 5 } });
    expect(first.data).toHaveLength(5);
    expect(first.meta.pagination).toMatchObject({ page: 1, pageSize: 5, total: 13, pageCount: 3 });
    const third = await articles.find({ sort: ['date:desc', 'id:desc'], pagination: { page: 3, pageSize: 5 } });
    expect(third.data).toHaveLength(3);
    const ids = new Set([...first.data, ...third.data].map((article) => article.documentId));
    expect(ids.size).toBe(8);
  });

  it('finds one article by its slug, with populated relations, and by documentId', async () => {
    const articles = (await client()).collection('articles');
    const bySlug = await articles.find({
      filters: { slug: { $eq: REAL_SLUG } },
      populate: { authors: { fields: ['name'] }, campaignThemes: { fields: ['name', 'slogan'] } },
    });
    expect(bySlug.data).toHaveLength(1);
    const article = bySlug.data[0] as unknown as {
      documentId: string;
      title: string;
      authors: Array<{ name: string }>;
      campaignThemes: Array<{ name: string }>;
    };
    expect(article.title).toBe('Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua');
    expect(article.authors.map((author) => author.name)).toEqual(['Đỗ Hùng']);
    expect(article.campaignThemes).toHaveLength(4);
    const byId = await articles.findOne(article.documentId, { fields: ['title', 'date'] });
    expect(byId.data).toMatchObject({ title: article.title, date: '2021-03-15T17:00:00.000Z' });
  });

  it("reads the single site settings (the home agency's), and gets a clear error for a bad query", async () => {
    const sdk = await client();
    const settings = await sdk.single('site-setting').find();
    // The home agency's (the central department by default), in the shape partners read before agencies.
    expect(settings.data).toMatchObject({ siteName: 'Cục Quản lý Thi hành án dân sự' });
    await expect(sdk.collection('articles').find({ filters: { password: { $eq: 'x' } } })).rejects.toThrow();
  });
});
