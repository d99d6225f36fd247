import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import { newArticle } from './support/documents';

const SITE = 'https://thads.example.gov.vn';
// Vĩnh Phúc's pages live under /vinhphuc (the installation's home, at the root, is the central department).
const AT = `${SITE}/vinhphuc`;
const REAL = `${AT}/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua`;
let cms: TestCms;
let articles = 0;

beforeAll(async () => {
  Object.assign(process.env, { SITE_URL: SITE, SITEMAP_ARTICLES_PER_FILE: '10' });
  cms = await startSeededCms(6);
  for (let index = 1; index <= 21; index += 1)
    await cms.strapi
      .documents('api::article.article')
      .create({ data: newArticle({ title: `Tin lưu trữ số ${index} của Vĩnh Phúc` }), status: 'published' });
  await cms.strapi
    .documents('api::article.article')
    .create({ data: newArticle({ title: 'Bản nháp không vào sơ đồ' }) });
  await cms.strapi
    .documents('api::article.article')
    .create({ data: newArticle({ title: 'Tin nội bộ không vào sơ đồ', audience: 'staff' }), status: 'published' });
  articles = await cms.strapi.db.query('api::article.article').count({
    where: { agency: 'vinhphuc', audience: 'public', publishedAt: { $notNull: true } },
  });
});
afterAll(async () => {
  delete process.env.SITEMAP_ARTICLES_PER_FILE;
  await cms?.stop();
});

async function xml(path: string) {
  const response = await fetch(`${cms.baseUrl}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}
const locs = (text: string) => [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
const files = () => Array.from({ length: Math.ceil(articles / 10) }, (_, index) => index + 1);

describe("an agency's sitemaps", () => {
  it('have an index of every file of the agency, at its own paths on the site origin, each with its lastmod', async () => {
    expect(articles).toBeGreaterThan(20);
    const index = await xml('/api/sitemaps?agency=vinhphuc');
    expect(index.status).toBe(200);
    expect(index.type).toContain('application/xml');
    expect(index.text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index.text)).toEqual([
      `${AT}/sitemaps/pages.xml`,
      `${AT}/sitemaps/categories.xml`,
      `${AT}/sitemaps/campaign-themes.xml`,
      `${AT}/sitemaps/authors.xml`,
      ...files().map((part) => `${AT}/sitemaps/articles-${part}.xml`),
    ]);
    expect(index.text.match(/<lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/lastmod>/g)).toHaveLength(
      4 + files().length,
    );
  });

  it('list every public published article of the agency once, with lastmod, and no draft or internal one', async () => {
    const all: string[] = [];
    let text = '';
    for (const part of files()) {
      const file = await xml(`/api/sitemaps/articles-${part}.xml?agency=vinhphuc`);
      expect(file.status).toBe(200);
      expect(file.text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      all.push(...locs(file.text));
      text += file.text;
    }
    expect(all).toHaveLength(articles);
    expect(new Set(all).size).toBe(articles);
    expect(all).toContain(REAL);
    expect(all.filter((loc) => !loc?.startsWith(`${AT}/tin-tuc/`))).toEqual([]);
    expect(text).not.toContain('ban-nhap');
    expect(text).not.toContain('tin-noi-bo');
    expect(text).toMatch(/<url><loc>[^<]+<\/loc><lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/lastmod><\/url>/);
  });

  it("give each article file's newest change as its lastmod in the index", async () => {
    const index = (await xml('/api/sitemaps?agency=vinhphuc')).text;
    const lastmods = (text: string) => [...text.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((match) => match[1]);
    for (const part of files()) {
      const entry = new RegExp(`articles-${part}\\.xml</loc><lastmod>([^<]+)</lastmod>`).exec(index)?.[1];
      const newestInFile = lastmods((await xml(`/api/sitemaps/articles-${part}.xml?agency=vinhphuc`)).text)
        .sort()
        .at(-1);
      expect(entry, `articles-${part}`).toBe(newestInFile);
    }
  });

  it('have the categories it has articles in, its campaign themes, its authors and its fixed pages', async () => {
    expect(locs((await xml('/api/sitemaps/categories.xml?agency=vinhphuc')).text)).toEqual([
      `${AT}/chuyen-muc/thi-dua-khen-thuong`,
    ]);
    expect(locs((await xml('/api/sitemaps/campaign-themes.xml?agency=vinhphuc')).text)).toEqual([
      `${AT}/phong-trao/thi-dua-2021-thads-vinh-phuc`,
    ]);
    expect(locs((await xml('/api/sitemaps/authors.xml?agency=vinhphuc')).text)).toEqual([`${AT}/tac-gia/do-hung`]);
    expect(locs((await xml('/api/sitemaps/pages?agency=vinhphuc')).text)).toEqual([
      `${AT}/`,
      `${AT}/phong-trao`,
      `${AT}/van-ban`,
      `${AT}/thong-bao`,
      `${AT}/so-do-cong-thong-tin`,
    ]);
    // The home agency's pages are at the root, with its introduction, contacts, questions, English pages and the
    // directory of agencies.
    expect(locs((await xml('/api/sitemaps/pages')).text)).toEqual([
      `${SITE}/`,
      `${SITE}/phong-trao`,
      `${SITE}/van-ban`,
      `${SITE}/thong-bao`,
      `${SITE}/gioi-thieu`,
      `${SITE}/gioi-thieu/co-cau-to-chuc`,
      `${SITE}/lien-he`,
      `${SITE}/hoi-dap`,
      `${SITE}/en`,
      `${SITE}/en/about`,
      `${SITE}/en/contact`,
      `${SITE}/so-do-cong-thong-tin`,
      `${SITE}/co-quan`,
    ]);
  });
});

/** Each `<url>` of a file: its address and its `hreflang` alternates (`hreflang → href`), in order. */
const urls = (text: string) =>
  [...text.matchAll(/<url>(.*?)<\/url>/g)].map(([, url]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(url!)![1],
    alternates: [...url!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
      ([, hreflang, href]) => `${hreflang} ${href}`,
    ),
  }));

describe("the agencies' introduction, contacts, English pages and questions in the sitemaps", () => {
  const PHU_THO = `${SITE}/phutho`;
  const pair = (vi: string, en: string) => [`vi ${vi}`, `en ${en}`, `x-default ${vi}`];

  it("list an agency's pages in both languages, each naming its counterpart (vi, en, x-default) as its head does", async () => {
    const file = await xml('/api/sitemaps/pages.xml?agency=phutho');
    expect(file.status).toBe(200);
    expect(file.text).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    );
    expect(urls(file.text)).toEqual([
      { loc: `${PHU_THO}/`, alternates: pair(`${PHU_THO}/`, `${PHU_THO}/en`) },
      { loc: `${PHU_THO}/phong-trao`, alternates: [] },
      { loc: `${PHU_THO}/van-ban`, alternates: [] },
      { loc: `${PHU_THO}/thong-bao`, alternates: [] },
      { loc: `${PHU_THO}/gioi-thieu`, alternates: pair(`${PHU_THO}/gioi-thieu`, `${PHU_THO}/en/about`) },
      // The organisation and the questions have no English version.
      { loc: `${PHU_THO}/gioi-thieu/co-cau-to-chuc`, alternates: [] },
      { loc: `${PHU_THO}/lien-he`, alternates: pair(`${PHU_THO}/lien-he`, `${PHU_THO}/en/contact`) },
      { loc: `${PHU_THO}/hoi-dap`, alternates: [] },
      { loc: `${PHU_THO}/en`, alternates: pair(`${PHU_THO}/`, `${PHU_THO}/en`) },
      { loc: `${PHU_THO}/en/about`, alternates: pair(`${PHU_THO}/gioi-thieu`, `${PHU_THO}/en/about`) },
      { loc: `${PHU_THO}/en/contact`, alternates: pair(`${PHU_THO}/lien-he`, `${PHU_THO}/en/contact`) },
      { loc: `${PHU_THO}/so-do-cong-thong-tin`, alternates: [] },
    ]);
    // The home agency's, at the root.
    const home = urls((await xml('/api/sitemaps/pages.xml')).text);
    expect(home.find(({ loc }) => loc === `${SITE}/en/contact`)?.alternates).toEqual(
      pair(`${SITE}/lien-he`, `${SITE}/en/contact`),
    );
    expect(home.find(({ loc }) => loc === `${SITE}/`)?.alternates).toEqual(pair(`${SITE}/`, `${SITE}/en`));
  });

  it('list a merged agency as before: no introduction, contacts, questions or English pages of its own', async () => {
    const text = (await xml('/api/sitemaps/pages.xml?agency=vinhphuc')).text;
    expect(text).not.toContain('xhtml');
    expect(text).not.toMatch(/gioi-thieu|lien-he|hoi-dap|\/en</);
    expect(locs((await xml('/api/sitemaps?agency=vinhphuc')).text)).not.toContain(`${AT}/sitemaps/questions.xml`);
  });

  it("list an agency's published questions at their pages, never a waiting one, nor the form or the tracking page", async () => {
    await cms.strapi.documents('api::question.question').create({
      data: {
        agency: 'phutho',
        title: 'Câu hỏi đang chờ trả lời',
        question: 'Chưa trả lời, không vào sơ đồ.',
        topic: 'khac',
        state: 'received',
        trackingCode: 'HD-TEST2-WAIT3',
        isSample: false,
      } as never,
    });
    expect(locs((await xml('/api/sitemaps?agency=phutho')).text)).toContain(`${PHU_THO}/sitemaps/questions.xml`);
    const file = await xml('/api/sitemaps/questions.xml?agency=phutho');
    expect(file.status).toBe(200);
    const published = (await cms.strapi.db.query('api::question.question').findMany({
      where: { agency: 'phutho', publishedAt: { $notNull: true } },
      select: ['slug'],
    })) as Array<{ slug: string }>;
    expect(published.length).toBeGreaterThan(1);
    expect([...locs(file.text)].sort()).toEqual(published.map(({ slug }) => `${PHU_THO}/hoi-dap/${slug}`).sort());
    expect(file.text).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/lastmod>/);
    let everything = '';
    for (const loc of locs((await xml('/api/sitemaps?agency=phutho')).text))
      everything += (await xml(`/api/sitemaps/${/sitemaps\/([a-z0-9-]+)\.xml$/.exec(loc!)![1]}.xml?agency=phutho`))
        .text;
    expect(everything).toContain(`${PHU_THO}/hoi-dap</loc>`);
    expect(everything).not.toContain('cau-hoi-dang-cho');
    expect(everything).not.toMatch(/gui-cau-hoi<|tra-cuu</);
  });

  it("list every agency of today in the whole installation's index, and a merged one only for its articles", async () => {
    const index = locs((await xml('/api/sitemaps')).text);
    const all = (await cms.strapi.db.query('api::agency.agency').findMany({ select: ['code', 'kind'] })) as Array<{
      code: string;
      kind: string;
    }>;
    const withArticles = new Set(
      (
        (await cms.strapi.db.query('api::article.article').findMany({
          where: { publishedAt: { $notNull: true }, audience: 'public' },
          select: ['agency'],
        })) as Array<{ agency: string }>
      ).map((row) => row.agency),
    );
    const quiet = all.filter(({ code, kind }) => kind === 'merged' && !withArticles.has(code));
    expect(quiet.length).toBeGreaterThan(0);
    for (const { code } of quiet) expect(index).not.toContain(`${SITE}/${code}/sitemaps/pages.xml`);
    const today = all.filter(({ kind }) => kind !== 'merged' && kind !== 'central');
    expect(today.length).toBeGreaterThan(30);
    for (const { code } of today) expect(index).toContain(`${SITE}/${code}/sitemaps/pages.xml`);
  });
});

describe("the agencies' records in the sitemaps", () => {
  const PHU_THO = `${SITE}/phutho`;

  it("list each agency's published documents and notices at their pages, under its path", async () => {
    // The seed: the public documents every agency applies are the central department's (the home agency, at the root);
    // the sample notices are Phú Thọ's.
    const home = locs((await xml('/api/sitemaps')).text);
    expect(home).toEqual(
      expect.arrayContaining([`${SITE}/sitemaps/legal-documents.xml`, `${PHU_THO}/sitemaps/notices.xml`]),
    );
    const documents = locs((await xml('/api/sitemaps/legal-documents.xml')).text);
    const published = (await cms.strapi.db.query('api::legal-document.legal-document').findMany({
      where: { agency: 'trunguong', publishedAt: { $notNull: true } },
      select: ['slug'],
    })) as Array<{ slug: string }>;
    expect(published.length).toBeGreaterThan(3);
    expect([...documents].sort()).toEqual(published.map(({ slug }) => `${SITE}/van-ban/${slug}`).sort());
    const notices = locs((await xml('/api/sitemaps/notices.xml?agency=phutho')).text);
    const own = (await cms.strapi.db.query('api::notice.notice').findMany({
      where: { agency: 'phutho', publishedAt: { $notNull: true } },
      select: ['slug'],
    })) as Array<{ slug: string }>;
    expect(own.length).toBeGreaterThan(0);
    expect([...notices].sort()).toEqual(own.map(({ slug }) => `${PHU_THO}/thong-bao/${slug}`).sort());
    // Vĩnh Phúc has neither: no such files in its index.
    const vinhPhuc = locs((await xml('/api/sitemaps?agency=vinhphuc')).text);
    expect(vinhPhuc.filter((loc) => /legal-documents|notices/.test(loc!))).toEqual([]);
  });

  it('never list the register of debtors: no entry, no page, no name', async () => {
    const entries = (await cms.strapi.db.query('api::debtor-entry.debtor-entry').findMany({
      where: { agency: 'phutho', publishedAt: { $notNull: true } },
      select: ['documentId', 'fullName'],
    })) as Array<{ documentId: string; fullName: string }>;
    expect(entries.length).toBeGreaterThan(0);
    const index = locs((await xml('/api/sitemaps?agency=phutho')).text);
    let text = '';
    for (const loc of index) {
      const name = /sitemaps\/([a-z0-9-]+)\.xml$/.exec(loc!)![1];
      const file = await xml(`/api/sitemaps/${name}.xml?agency=phutho`);
      expect(file.status, loc).toBe(200);
      text += file.text;
    }
    expect(text).toContain('/phutho/thong-bao/');
    expect(text).not.toContain('danh-sach-chua-co-dieu-kien-thi-hanh');
    for (const entry of entries) {
      expect(text).not.toContain(entry.documentId);
      expect(text).not.toContain(entry.fullName);
    }
  });
});

describe("the whole installation's sitemap index", () => {
  it("lists every agency's files (the home agency's at the root), once each", async () => {
    const index = locs((await xml('/api/sitemaps')).text);
    expect(new Set(index).size).toBe(index.length);
    expect(index).toEqual(expect.arrayContaining([`${SITE}/sitemaps/pages.xml`, `${AT}/sitemaps/articles-1.xml`]));
    const agencies = (await cms.strapi.db.query('api::article.article').findMany({
      where: { publishedAt: { $notNull: true }, audience: 'public' },
      select: ['agency'],
    })) as Array<{ agency: string }>;
    for (const agency of new Set(agencies.map((row) => row.agency)))
      expect(index, agency).toContain(
        agency === 'trunguong' ? `${SITE}/sitemaps/articles-1.xml` : `${SITE}/${agency}/sitemaps/articles-1.xml`,
      );
  });
});

describe('sitemap requests', () => {
  it('answer a sitemap or an agency that does not exist with a clear 404', async () => {
    for (const path of [
      '/api/sitemaps/articles-9.xml?agency=vinhphuc',
      '/api/sitemaps/articles-0',
      '/api/sitemaps/articles-x',
      '/api/sitemaps/khong-co.xml',
      '/api/sitemaps?agency=khong-co',
      '/api/sitemaps/pages.xml?agency=khong-co',
    ]) {
      const response = await fetch(`${cms.baseUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
        /Không có sơ đồ|Không có cơ quan|Not Found/,
      );
    }
  });

  it('refuse a sitemap name that smuggles a path (encoded slashes) before any route sees it', async () => {
    const response = await fetch(`${cms.baseUrl}/api/sitemaps/..%2F..%2Fetc%2Fpasswd`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /non-canonical path refused/,
    );
  });
});
