import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import { newArticle } from './support/documents';

const SITE = 'https://thads.example.gov.vn';
const REAL = `${SITE}/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua`;
let cms: TestCms;

beforeAll(async () => {
  Object.assign(process.env, { SITE_URL: SITE, SITEMAP_ARTICLES_PER_FILE: '10' });
  cms = await startSeededCms(24);
  await cms.strapi
    .documents('api::article.article')
    .create({ data: newArticle({ title: 'Bản nháp không vào sơ đồ' }) });
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

describe('sitemaps', () => {
  it('has an index of every sitemap file, on the site origin, each with its lastmod', async () => {
    const index = await xml('/api/sitemaps');
    expect(index.status).toBe(200);
    expect(index.type).toContain('application/xml');
    expect(index.text).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    // 25 published articles in files of 10: three article files.
    expect(locs(index.text)).toEqual([
      `${SITE}/sitemaps/pages.xml`,
      `${SITE}/sitemaps/categories.xml`,
      `${SITE}/sitemaps/campaign-themes.xml`,
      `${SITE}/sitemaps/authors.xml`,
      `${SITE}/sitemaps/articles-1.xml`,
      `${SITE}/sitemaps/articles-2.xml`,
      `${SITE}/sitemaps/articles-3.xml`,
    ]);
    expect(index.text.match(/<lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/lastmod>/g)).toHaveLength(7);
  });

  it('lists every published article once, with lastmod, and no draft', async () => {
    const all: string[] = [];
    let text = '';
    for (const part of [1, 2, 3]) {
      const file = await xml(`/api/sitemaps/articles-${part}.xml`);
      expect(file.status).toBe(200);
      expect(file.text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      all.push(...locs(file.text));
      text += file.text;
    }
    expect(all).toHaveLength(25);
    expect(new Set(all).size).toBe(25);
    expect(all).toContain(REAL);
    expect(text).not.toContain('ban-nhap');
    expect(text).toMatch(/<url><loc>[^<]+<\/loc><lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/lastmod><\/url>/);
  });

  it("gives each article file's newest change as its lastmod in the index", async () => {
    const index = (await xml('/api/sitemaps')).text;
    const lastmods = (text: string) => [...text.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((match) => match[1]);
    for (const part of [1, 2, 3]) {
      const entry = new RegExp(`articles-${part}\\.xml</loc><lastmod>([^<]+)</lastmod>`).exec(index)?.[1];
      const newestInFile = lastmods((await xml(`/api/sitemaps/articles-${part}.xml`)).text)
        .sort()
        .at(-1);
      expect(entry, `articles-${part}`).toBe(newestInFile);
    }
  });

  it('has the categories, campaign themes, authors and fixed pages', async () => {
    expect(locs((await xml('/api/sitemaps/categories.xml')).text)).toContain(`${SITE}/chuyen-muc/thi-dua-khen-thuong`);
    expect(locs((await xml('/api/sitemaps/campaign-themes.xml')).text)).toContain(
      `${SITE}/phong-trao/thi-dua-2021-thads-vinh-phuc`,
    );
    expect(locs((await xml('/api/sitemaps/authors.xml')).text)).toEqual([`${SITE}/tac-gia/do-hung`]);
    expect(locs((await xml('/api/sitemaps/pages')).text)).toEqual([
      `${SITE}/`,
      `${SITE}/phong-trao`,
      `${SITE}/so-do-cong-thong-tin`,
    ]);
  });

  it('answers a sitemap that does not exist with a clear 404', async () => {
    for (const name of ['articles-4.xml', 'articles-0', 'articles-x', 'khong-co.xml']) {
      const response = await fetch(`${cms.baseUrl}/api/sitemaps/${name}`);
      expect(response.status, name).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
        /Không có sơ đồ|Not Found/,
      );
    }
  });

  it('refuses a sitemap name that smuggles a path (encoded slashes) before any route sees it', async () => {
    const response = await fetch(`${cms.baseUrl}/api/sitemaps/..%2F..%2Fetc%2Fpasswd`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /non-canonical path refused/,
    );
  });
});
