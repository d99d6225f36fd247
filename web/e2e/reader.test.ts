import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishArticle } from './admin-api';
import { openPage, SITE_URL, useBrowser } from './browser';

const SEED_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
// The real article is Vĩnh Phúc's, read on its pages (/vinhphuc/…); the central department is at the root.
const AGENCY = `${SITE_URL}/vinhphuc`;
const SEED_PATH = '/vinhphuc/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const browser = useBrowser();

describe('a reader of the portal', () => {
  it('goes from the home page to the real article and reads it: title, date, headings, byline', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(SITE_URL);
    await expect.poll(() => page.title()).toBe('Cục Quản lý Thi hành án dân sự');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('heading', { level: 2, name: 'Tin mới', exact: true }).waitFor();

    // Through the directory of agencies (linked from every header) to Vĩnh Phúc's pages, listed under Phú Thọ.
    await page.getByRole('link', { name: 'Các cơ quan THADS', exact: true }).click();
    await page.waitForURL('**/co-quan');
    await page
      .getByRole('list', { name: 'Các cơ quan đã hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ' })
      .getByRole('link', { name: 'Cục Thi hành án dân sự tỉnh Vĩnh Phúc' })
      .click();
    await page.waitForURL('**/vinhphuc/');
    await page.getByRole('link', { name: SEED_TITLE }).first().click();
    await page.waitForURL(`**${SEED_PATH}`);
    expect(await page.getByRole('note').textContent()).toBe(
      'Từ 01/07/2025, Cục THADS tỉnh Vĩnh Phúc hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ.',
    );

    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(await page.locator('article time').first().textContent()).toBe('16/03/2021');
    expect(await page.locator('.article__body h2').allTextContents()).toEqual([
      'Thi đua bứt phá hiệu quả, về đích sớm',
      'Giải pháp đẩy mạnh các phong trào',
    ]);
    expect(await page.locator('.article__byline').textContent()).toContain('Đỗ Hùng');
    const seedFile = readFileSync(
      path.resolve(import.meta.dirname, '..', '..', 'cms', 'seed', 'real-article.txt'),
      'utf8',
    );
    const lastParagraph = seedFile
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-3)!;
    expect(await page.locator('.article__body p').last().textContent()).toBe(lastParagraph);
    await expect.poll(() => page.title()).toBe(`${SEED_TITLE} | Cục Thi hành án dân sự tỉnh Vĩnh Phúc`);

    // On to the author, one of the article's (national) campaign themes, and the news of its day: all on the
    // agency's pages, with its articles.
    await page.getByRole('link', { name: 'Đỗ Hùng' }).click();
    await page.waitForURL('**/vinhphuc/tac-gia/do-hung');
    await page.getByRole('heading', { level: 1, name: 'Đỗ Hùng' }).waitFor();
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.getByRole('link', { name: 'Cả nước chung sức xây dựng nông thôn mới' }).click();
    await page.waitForURL('**/vinhphuc/phong-trao/ca-nuoc-chung-suc-xay-dung-nong-thon-moi');
    await page.getByRole('heading', { level: 1, name: 'Cả nước chung sức xây dựng nông thôn mới' }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('01/01/2020 – 31/12/2025');
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.getByRole('link', { name: /^Các tin đã đưa ngày 16\/03\/2021/ }).click();
    await page.waitForURL('**/vinhphuc/ngay/2021-03-16');
    await page.getByRole('heading', { level: 1, name: 'Các tin đã đưa ngày 16/03/2021' }).waitFor();
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
    expect(await page.getByRole('note').count()).toBe(1);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(errors).toEqual([]);
  });

  it('picks a day in "Các tin đã đưa ngày" and reads that day\'s news', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${AGENCY}/`);
    const picker = page.getByRole('form', { name: 'Các tin đã đưa ngày' });
    await picker.getByLabel('Ngày').selectOption('16');
    await picker.getByLabel('Tháng').selectOption('3');
    await picker.getByLabel('Năm').selectOption('2021');
    await picker.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL('**/vinhphuc/ngay/2021-03-16');
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
  });

  it('remembers the text size chosen with A+ across pages', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${SITE_URL}${SEED_PATH}`);
    await page.getByRole('button', { name: /tăng cỡ chữ/ }).click();
    // The first click hands the page to the app, which then answers it: the reader sees the text grow.
    const scale = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim());
    await expect.poll(scale).toBe('1.15');
    await page.goto(SITE_URL);
    await page.getByRole('heading', { level: 2, name: 'Tin mới', exact: true }).waitFor();
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim()),
    ).toBe('1.15');
  });

  it('searches from the header box without diacritics and opens a result', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${AGENCY}/phong-trao`);
    const box = page.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' }).getByRole('searchbox');
    await box.fill('thi dua vinh phuc');
    await box.press('Enter');
    await page.waitForURL('**/vinhphuc/tim-kiem?q=thi+dua+vinh+phuc');
    await page.getByText(/^Tìm thấy \d+ kết quả/).waitFor();
    const result = page.locator('.search-results a', { hasText: SEED_TITLE });
    expect(await result.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['Vĩnh', 'Phúc', 'thi', 'đua']),
    );
    await result.click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await page.goBack();
    await page.waitForURL('**/vinhphuc/tim-kiem?q=thi+dua+vinh+phuc');
    expect(errors).toEqual([]);
  });

  it('reaches the article with the keyboard alone', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${AGENCY}/`);
    await page.getByRole('link', { name: SEED_TITLE }).first().waitFor();
    // The first Tab lands on the skip link, which leads past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    for (let presses = 0; presses < 80; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === SEED_TITLE) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(SEED_TITLE);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  });

  it('sees a not-found page for an unknown article or path, with a way home', async () => {
    const { page } = await openPage(browser);
    for (const [url, home] of [
      [`${SITE_URL}/tin-tuc/khong-co-bai-viet-nay`, '/'],
      [`${SITE_URL}/duong-dan/khong-ton-tai`, '/'],
      [`${AGENCY}/tin-tuc/khong-co-bai-viet-nay`, '/vinhphuc/'],
    ]) {
      await page.goto(url!);
      await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
      expect(await page.getByRole('link', { name: 'Về trang chủ' }).getAttribute('href')).toBe(home);
    }
  });

  it('reads the site on a 360 px phone without horizontal scrolling', async () => {
    const { page } = await openPage(browser, { width: 360, height: 740 });
    for (const pathName of [
      '/',
      SEED_PATH,
      '/vinhphuc/phong-trao/thi-dua-2021-thads-vinh-phuc',
      '/vinhphuc/ngay/2021-03-16',
      '/co-quan',
    ]) {
      await page.goto(`${SITE_URL}${pathName}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  it('opens the folded phone menu by keyboard, and leaves the title in the first screen with body headings below it', async () => {
    const { page } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(`${SITE_URL}${SEED_PATH}`);
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    // The header was 380 of 780 px with the search box and four lines of menu (a merged agency's notice apart).
    const header = (await page.locator('header.site-header').boundingBox())!.height;
    const notice = (await page.getByRole('note').boundingBox())!.height;
    expect(header - notice).toBeLessThan(130);
    const categoryLink = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', {
      name: 'Thi đua – Khen thưởng',
    });
    expect(await categoryLink.isVisible()).toBe(false);
    expect(await page.getByRole('searchbox', { name: 'Từ khóa' }).isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await categoryLink.isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Từ khóa' }).isVisible()).toBe(true);
    // Body headings are smaller than the article's title.
    const sizes = await page.evaluate(() =>
      ['.article__title', '.article__body h2'].map((selector) =>
        parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize),
      ),
    );
    expect(sizes[1]).toBeLessThan(sizes[0]!);
    await categoryLink.click();
    await page.getByRole('heading', { level: 1, name: 'Thi đua – Khen thưởng' }).waitFor();
    expect(await categoryLink.isVisible()).toBe(false);
  });

  it("finds the news feeds from the pages, through the site's own origin", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${AGENCY}/chuyen-muc/thi-dua-khen-thuong`);
    await page.getByRole('heading', { level: 1, name: 'Thi đua – Khen thưởng' }).waitFor();
    const feeds = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // The agency's, and the category's of the agency's articles.
    expect(feeds).toEqual([
      '/api/feeds/rss?agency=vinhphuc',
      '/api/feeds/rss?category=thi-dua-khen-thuong&agency=vinhphuc',
    ]);
    for (const href of feeds) {
      const response = await fetch(`${SITE_URL}${href}`);
      expect(response.headers.get('content-type')).toContain('application/rss+xml');
      expect(await response.text()).toContain(
        '<title>Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua</title>',
      );
    }
  });

  it('keeps every page readable with text zoomed to 200 %', async () => {
    const { page } = await openPage(browser, { width: 1280 });
    for (const pathName of ['/', SEED_PATH, '/tim-kiem?q=thi%20dua', '/co-quan']) {
      await page.goto(`${SITE_URL}${pathName}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Nothing clipped: every visible heading still shows in full.
      const clipped = await page.evaluate(
        () =>
          [...document.querySelectorAll('h1, h2, h3')].filter(
            (element) =>
              !element.closest('.visually-hidden') &&
              !element.classList.contains('visually-hidden') &&
              element.scrollWidth > element.clientWidth + 1,
          ).length,
      );
      expect(clipped).toBe(0);
    }
  });

  it('pages through the latest news of an agency, sample articles clearly marked', async () => {
    // More news of Hà Nội than a page holds: its samples go to the second page.
    for (let index = 1; index <= 10; index += 1)
      await publishArticle({ title: `Tin Hà Nội số ${index}`, date: new Date().toISOString(), agency: 'hanoi' });
    const { page } = await openPage(browser);
    await page.goto(`${SITE_URL}/hanoi/`);
    await page
      .getByRole('navigation', { name: 'Phân trang: Tin mới' })
      .getByRole('link', { name: 'Trang sau', exact: true })
      .click();
    await page.waitForURL('**/hanoi/?trang=2');
    await page.getByText('Trang 2 /').waitFor();
    // The oldest, on the last page, are the seeded samples.
    const last = /Trang 2 \/ (\d+)/.exec((await page.getByText('Trang 2 /').textContent()) ?? '')![1];
    await page.goto(`${SITE_URL}/hanoi/?trang=${last}`);
    await page.getByText(`Trang ${last} /`).waitFor();
    expect(await page.locator('.article-card .badge').count()).toBeGreaterThan(0);
  });
});
