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
    // The home agency's pages are at the root, with the directory of agencies.
    expect(locs((await xml('/api/sitemaps/pages')).text)).toEqual([
      `${SITE}/`,
      `${SITE}/phong-trao`,
      `${SITE}/van-ban`,
      `${SITE}/thong-bao`,
      `${SITE}/so-do-cong-thong-tin`,
      `${SITE}/co-quan`,
    ]);
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
