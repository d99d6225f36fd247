import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, SITE_URL, useBrowser } from './browser';

// A page is the server's HTML until the reader needs the app (src/app/boot.ts): the reader's first taps are answered
// by the browser itself, and the first link or form hands the page to the app, which then moves on client-side.
const browser = useBrowser();
const SEED_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
const SEED_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';

const apiPath = (request: Request) => {
  const url = new URL(request.url());
  return url.pathname.startsWith('/api/') ? url : null;
};

describe('the first page a reader opens', () => {
  it('goes to an article and back client-side, asking for the article once and for the home page never', async () => {
    const { page, errors } = await openPage(browser);
    const documents: string[] = [];
    const api: URL[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
      const url = apiPath(request);
      if (url) api.push(url);
    });
    // Vĩnh Phúc's home page, which lists the real article (the central department is at the root).
    await page.goto(`${SITE_URL}/vinhphuc/`, { waitUntil: 'networkidle' });
    expect(await page.locator('html[data-app]').count()).toBe(0);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // A card of the list the server sent (left as sent: ServerHtml) is a link the app follows.
    await page.locator('main .article-card__title a', { hasText: SEED_TITLE }).first().click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await page.waitForURL(`**/vinhphuc/tin-tuc/${SEED_SLUG}`);
    expect(await page.title()).toContain(SEED_TITLE);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`/vinhphuc/tin-tuc/${SEED_SLUG}$`),
    );

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Tin mới' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/vinhphuc\/$/);
    expect(await page.title()).not.toContain(SEED_TITLE);

    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(documents).toHaveLength(1);
    const article = api.filter(
      (url) => url.pathname === '/api/articles' && url.searchParams.get('filters[slug][$eq]') === SEED_SLUG,
    );
    expect(article).toHaveLength(1);
    // The home page's lists came with its HTML: not asked for, neither at load nor on coming back.
    const homeLists = api.filter(
      (url) =>
        url.pathname === '/api/articles' &&
        !url.searchParams.has('filters[slug][$eq]') &&
        !url.search.includes('documentId'),
    );
    expect(homeLists.map(String)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers the menu and the search box within the first second on a slow phone, then searches client-side', async () => {
    const context = await browser().newContext({
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // The slow phone of `pnpm bench:web` (web/scripts/slow-phone.mjs).
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 93_750,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    await page.goto(SITE_URL, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.tap('.site-menu__button');
    expect(await page.locator('details.site-menu').getAttribute('open')).not.toBeNull();
    const search = page.locator('.search-form--header input[name="q"]');
    await search.tap();
    await page.keyboard.type('thi đua');
    // All of that on the page as the server sent it: the app had not been needed yet.
    expect(await page.locator('html[data-app]').count()).toBe(0);
    expect(await search.inputValue()).toBe('thi đua');

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tim-kiem' && url.searchParams.get('q') === 'thi đua');
    await page.getByRole('heading', { level: 1, name: 'Tìm kiếm' }).waitFor();
    await page.locator('.search-results .article-card').first().waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    // The new page shows with the menu folded again.
    expect(await page.locator('details.site-menu').getAttribute('open')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
