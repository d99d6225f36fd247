import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../../scripts/lib/cms-process.mjs';
import { openPage, takeOver, useBrowser } from './browser';

// A province running its own installation: Phú Thọ at the root (SITE_HOME_AGENCY on the CMS; the site learns it from
// /api/agencies), every other agency under its code, the central department too. A stack of its own, fresh seed.
const browser = useBrowser();
const REAL_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
let stack: Awaited<ReturnType<typeof startStack>>;
let site = '';

beforeAll(async () => {
  stack = await startStack({ env: { SITE_HOME_AGENCY: 'phutho' } });
  site = stack.siteUrl;
}, 300_000);
afterAll(() => stack?.stop(), 60_000);

const moved = async (path: string) => {
  const response = await fetch(`${site}${path}`, { redirect: 'manual' });
  return [response.status, response.headers.get('location')];
};
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:name|property)="${key.replace('.', '\\.')}" content="([^"]*)"`))?.[1];

describe('a province at the root', () => {
  it("keeps today's root addresses for its own pages, with its name, share tags and feeds", async () => {
    const html = await (await fetch(`${site}/`)).text();
    expect(html).toContain('<span class="site-brand__name">Thi hành án dân sự tỉnh Phú Thọ</span>');
    expect(meta(html, 'DC.publisher')).toBe('Thi hành án dân sự tỉnh Phú Thọ');
    expect(html).toContain(`<link rel="canonical" href="${site}/" />`);
    expect(html).toContain('href="/api/feeds/rss?agency=phutho"');
    // A province's home page: no block of every agency's news.
    expect(html).not.toContain('Tin mới từ các cơ quan thi hành án dân sự');
    expect(await moved('/phutho/tim-kiem?q=thi')).toEqual([301, '/tim-kiem?q=thi']);
    expect(await moved('/phutho')).toEqual([301, '/']);
  });

  it('searches itself and the agencies merged into it, each hit read on its own pages', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${site}/tim-kiem?q=thi+dua+vinh+phuc`);
    const hit = page.locator('.search-results .article-card', { hasText: REAL_TITLE });
    expect(await hit.locator('.article-card__agency').textContent()).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc · ');
    await hit.getByRole('link').first().click();
    await page.waitForURL(`**/vinhphuc/tin-tuc/${REAL_SLUG}`);
    const notice = page.getByRole('note');
    expect(await notice.textContent()).toBe(
      'Từ 01/07/2025, Cục THADS tỉnh Vĩnh Phúc hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ.',
    );
    // The agency that absorbed it is at the root.
    await notice.getByRole('link').click();
    await page.waitForURL(`${site}/`);
    await page.getByRole('heading', { level: 2, name: 'Tin mới', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('moves root addresses of the merged agency’s articles to its pages', async () => {
    expect(await moved(`/tin-tuc/${REAL_SLUG}`)).toEqual([301, `/vinhphuc/tin-tuc/${REAL_SLUG}`]);
  });

  it('hydrates its root page without asking the CMS again', async () => {
    const { page, errors } = await openPage(browser);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
    });
    await page.goto(`${site}/`, { waitUntil: 'networkidle' });
    await takeOver(page);
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the central department under its code', () => {
  it("lists every agency's newest articles there, and the directory links each agency to its pages", async () => {
    const html = await (await fetch(`${site}/trunguong/`)).text();
    expect(html).toContain('Tin mới từ các cơ quan thi hành án dân sự');
    expect(html).toContain(`<link rel="canonical" href="${site}/trunguong/" />`);
    expect(html).toContain(`<a href="/vinhphuc/tin-tuc/${REAL_SLUG}">`);
    const { page } = await openPage(browser, { width: 360 });
    await page.goto(`${site}/co-quan`);
    const directory = page.locator('.agency-directory');
    expect(await directory.getByRole('link', { name: 'Thi hành án dân sự tỉnh Phú Thọ' }).getAttribute('href')).toBe(
      '/',
    );
    expect(await directory.getByRole('link', { name: 'Cục Quản lý Thi hành án dân sự' }).getAttribute('href')).toBe(
      '/trunguong/',
    );
  });

  it("serves the sitemaps: the national index at the root, the home agency's files at the root", async () => {
    const index = await (await fetch(`${site}/sitemap.xml`)).text();
    expect(index).toContain(`<loc>${site}/sitemaps/pages.xml</loc>`);
    expect(index).toContain(`<loc>${site}/vinhphuc/sitemaps/articles-1.xml</loc>`);
    const pages = await (await fetch(`${site}/sitemaps/pages.xml`)).text();
    expect(pages).toContain(`<loc>${site}/</loc>`);
    const central = await (await fetch(`${site}/trunguong/sitemaps/pages.xml`)).text();
    expect(central).toContain(`<loc>${site}/trunguong/</loc>`);
  });
});
