import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../server/site-server.mjs';
import { adminApi, publishArticle } from './admin-api';
import { CMS_URL, openPage, SITE_URL, takeOver, useBrowser } from './browser';

// Pages rendered on the server: each page of the URL contract has its content (and the data the browser hydrates
// with) in the HTML itself, the browser takes over without asking the CMS again, and the site server's copy of
// rendered pages is dropped when content changes.
const browser = useBrowser();
// The real article is Vĩnh Phúc's (merged into Phú Thọ); the central department is at the root.
const REAL_ARTICLE = '/vinhphuc/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const ARTICLE_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
const STATE = /<script type="application\/json" id="thads-query-state">(.*?)<\/script>/s;

/** Every page of the URL contract, with a heading it must show without JavaScript. */
const PAGES: Array<{ path: string; status: number; heading: string | RegExp }> = [
  { path: '/', status: 200, heading: 'Tin mới' },
  { path: REAL_ARTICLE, status: 200, heading: ARTICLE_TITLE },
  { path: '/vinhphuc/', status: 200, heading: 'Tin mới' },
  { path: '/vinhphuc/chuyen-muc/thi-dua-khen-thuong', status: 200, heading: 'Thi đua – Khen thưởng' },
  { path: '/phong-trao', status: 200, heading: 'Phong trào thi đua' },
  { path: '/vinhphuc/phong-trao/thi-dua-2021-thads-vinh-phuc', status: 200, heading: /Phong trào thi đua năm 2021/ },
  { path: '/vinhphuc/tac-gia/do-hung', status: 200, heading: 'Đỗ Hùng' },
  { path: '/vinhphuc/ngay/2021-03-16', status: 200, heading: 'Các tin đã đưa ngày 16/03/2021' },
  { path: '/tim-kiem?q=thi+dua', status: 200, heading: 'Tìm kiếm' },
  { path: '/phutho/tim-kiem?q=thi+dua', status: 200, heading: 'Tìm kiếm' },
  { path: '/so-do-cong-thong-tin', status: 200, heading: 'Sơ đồ cổng thông tin' },
  { path: '/co-quan', status: 200, heading: 'Các cơ quan thi hành án dân sự' },
  { path: '/khong-co-trang-nay', status: 404, heading: 'Không tìm thấy trang' },
  { path: '/tin-tuc/khong-co-bai-nay', status: 404, heading: 'Không tìm thấy trang' },
  // A page past the end of a list does not exist either.
  { path: '/chuyen-muc/thi-dua-khen-thuong?trang=99', status: 404, heading: 'Thi đua – Khen thưởng' },
  { path: '/?trang=99', status: 404, heading: 'Tin mới' },
  { path: '/tim-kiem?q=thi+dua&trang=99', status: 404, heading: 'Tìm kiếm' },
];

type Dehydrated = { queries: Array<{ queryKey: unknown[]; state: { status: string } }> };

const stateOf = (html: string): Dehydrated => JSON.parse(STATE.exec(html)?.[1] ?? 'null') as Dehydrated;

describe('the HTML of each page', () => {
  it.each(PAGES)('$path carries its content and the data the browser hydrates with', async ({ path, status }) => {
    const response = await fetch(`${SITE_URL}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toMatch(/<main id="noi-dung"[^>]*>.*<h1/s);
    expect(html).not.toContain('Trang này cần JavaScript');
    // No executable inline script: only the built entry and the data element.
    expect(html.match(/<script(?![^>]*\b(src="\/assets\/|type="application\/(json|ld\+json)"))[^>]*>/g)).toBeNull();
    expect(stateOf(html).queries.length).toBeGreaterThan(0);
  });

  it('of an article holds the article once fetched: the share tags and the page from the same data', async () => {
    const html = await (await fetch(`${SITE_URL}${REAL_ARTICLE}`)).text();
    expect(html).toContain(`<h1 class="article__title">${ARTICLE_TITLE}</h1>`);
    expect(html).toContain(`<meta property="og:title" content="${ARTICLE_TITLE}" />`);
    // The route's chunk is asked for with the entry script, not once the entry has run.
    // The route's chunk is listed with the app's own, fetched once the page has loaded, for the first link or form.
    const files = JSON.parse(
      /<script type="application\/json" id="thads-app-files">(.*?)<\/script>/.exec(html)?.[1] ?? '[]',
    );
    expect(files).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/assets\/article-[\w-]+\.js$/),
        expect.stringMatching(/^\/assets\/start-app-[\w-]+\.js$/),
      ]),
    );
    const article = stateOf(html).queries.find(
      (query) => query.queryKey[0] === 'articles' && query.queryKey[1] === 'detail',
    );
    expect(article?.queryKey).toEqual(['articles', 'detail', 'vinhphuc', REAL_ARTICLE.split('/').at(-1)]);
    expect(article?.state.status).toBe('success');
    // The agency directory goes with the page: the browser decides whose page a path is without asking again.
    const directory = stateOf(html).queries.find((query) => query.queryKey.join('/') === 'agencies/directory');
    expect(directory?.state.status).toBe('success');
  });

  it.each([
    ['/vinhphuc/chuyen-muc/thi-dua-khen-thuong', '/api/feeds/rss?category=thi-dua-khen-thuong&amp;agency=vinhphuc'],
    [
      '/vinhphuc/phong-trao/thi-dua-2021-thads-vinh-phuc',
      '/api/feeds/rss?theme=thi-dua-2021-thads-vinh-phuc&amp;agency=vinhphuc',
    ],
    ['/vinhphuc/tac-gia/do-hung', '/api/feeds/rss?author=do-hung&amp;agency=vinhphuc'],
  ])("of %s names the agency's news feed and its own, for feed readers that run no script", async (path, feed) => {
    const html = await (await fetch(`${SITE_URL}${path}`)).text();
    expect(html).toContain('<link rel="alternate" href="/api/feeds/rss?agency=vinhphuc" type="application/rss+xml"');
    expect(html).toContain(`<link rel="alternate" href="${feed}" type="application/rss+xml"`);
  });

  it('asks for its scripts at low priority, so that they do not slow the stylesheet the text waits for', async () => {
    const html = await (await fetch(`${SITE_URL}${REAL_ARTICLE}`)).text();
    const scripts = html.match(/<(?:script|link rel="modulepreload")[^>]*\/assets\/[^>]*>/g) ?? [];
    // The boot and the module it imports (the app's files are fetched after the load event).
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(scripts.filter((tag) => !tag.includes('fetchpriority="low"'))).toEqual([]);
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/index-[\w-]+\.css">/);
  });

  it('is revalidated: the same page again is a 304 for the ETag the browser holds', async () => {
    const first = await fetch(`${SITE_URL}/phong-trao`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${SITE_URL}/phong-trao`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('the rendered-page cache', () => {
  it('serves a page again from memory, and drops it when the CMS announces a change', async () => {
    const page = '/chuyen-muc/thong-bao';
    await fetch(`${SITE_URL}${page}`);
    const cached = await fetch(`${SITE_URL}${page}`);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    const title = `Thông báo lịch tiếp công dân ${Date.now()}`;
    const categories = await adminApi<{ results: Array<{ documentId: string; slug: string }> }>(
      'GET',
      '/content-manager/collection-types/api::category.category?pageSize=50',
    );
    const category = categories.results.find((candidate) => candidate.slug === 'thong-bao')!;
    await publishArticle({
      title,
      lead: 'Lịch tiếp công dân.',
      date: new Date().toISOString(),
      category: category.documentId,
    });
    await expect
      .poll(async () => {
        const response = await fetch(`${SITE_URL}${page}`);
        return (await response.text()).includes(title);
      })
      .toBe(true);
  });

  it("keeps every other agency's pages when one agency publishes, and renews that agency's and the national ones", async () => {
    const pages = ['/hanoi/', '/phutho/', '/', '/co-quan'];
    for (const page of pages) await fetch(`${SITE_URL}${page}`);
    for (const page of pages) expect((await fetch(`${SITE_URL}${page}`)).headers.get('x-cache'), page).toBe('HIT');
    const title = `Phú Thọ tổ chức hội nghị ${Date.now()}`;
    await publishArticle({ title, lead: 'Hội nghị sơ kết.', date: new Date().toISOString(), agency: 'phutho' });
    await expect.poll(async () => (await (await fetch(`${SITE_URL}/phutho/`)).text()).includes(title)).toBe(true);
    // The central department's home page lists every agency's newest articles: renewed too.
    expect(await (await fetch(`${SITE_URL}/`)).text()).toContain(title);
    const hanoi = await fetch(`${SITE_URL}/hanoi/`);
    expect(hanoi.headers.get('x-cache')).toBe('HIT');
    expect(await hanoi.text()).not.toContain(title);
  });

  it('never holds a staff-only article, nor serves or stores a request with credentials', async () => {
    const title = `Lịch trực nội bộ ${Date.now()}`;
    const { slug } = await publishArticle({
      title,
      lead: 'Chỉ cán bộ.',
      audience: 'staff',
      date: new Date().toISOString(),
    });
    const anonymous = await fetch(`${SITE_URL}/tin-tuc/${slug}`);
    expect(anonymous.status).toBe(404);
    expect(await anonymous.text()).not.toContain(title);
    const withCredentials = await fetch(`${SITE_URL}/`, { headers: { Authorization: 'Bearer staff-token' } });
    expect(withCredentials.headers.get('x-cache')).toBe('BYPASS');
    const again = await fetch(`${SITE_URL}/tin-tuc/${slug}`);
    expect(again.status).toBe(404);
    expect(await again.text()).not.toContain(title);
  });

  it('refuses an announcement without the shared secret', async () => {
    const forged = await fetch(`${SITE_URL}/_site/content-changed`, {
      method: 'POST',
      headers: { 'X-Thads-Signature': 'sha256=00' },
      body: JSON.stringify({ at: Date.now() }),
    });
    expect(forged.status).toBe(403);
  });
});

describe('a CMS that is down', () => {
  let site: http.Server;
  let url = '';
  beforeAll(async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const entry = path.join(here, '..', 'dist-server', 'entry-server.js');
    const { render } = (await import(pathToFileURL(entry).href)) as {
      render: Parameters<typeof createSiteServer>[0]['renderPage'];
    };
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadCms = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    site = createSiteServer({
      distDir: path.join(here, '..', 'dist'),
      cmsUrl: deadCms,
      renderPage: render,
      changeSecret: 's',
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => site.close(resolve)));

  it('gives an error page with status 502, which is not kept', async () => {
    for (const attempt of [1, 2]) {
      const response = await fetch(`${url}${REAL_ARTICLE}`);
      expect(response.status, `attempt ${attempt}`).toBe(502);
      expect(response.headers.get('x-cache')).toBe('BYPASS');
      expect(await response.text()).toContain('Trang tạm thời không hiển thị được');
    }
  });
});

describe('a CMS whose database is restarting', () => {
  let site: http.Server;
  let restarting: http.Server;
  let url = '';
  beforeAll(async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const entry = path.join(here, '..', 'dist-server', 'entry-server.js');
    const { render } = (await import(pathToFileURL(entry).href)) as {
      render: Parameters<typeof createSiteServer>[0]['renderPage'];
    };
    // The agencies as the real CMS gives them (the site server keeps its last directory); every other read the CMS's
    // own 503, as while PostgreSQL restarts.
    restarting = http.createServer((req, res) => {
      if (req.url?.startsWith('/api/agencies')) {
        void fetch(`${CMS_URL}${req.url}`).then(async (answer) => {
          res.writeHead(answer.status, { 'Content-Type': 'application/json' });
          res.end(await answer.text());
        });
        return;
      }
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '5' });
      res.end(JSON.stringify({ data: null, error: { status: 503, name: 'ServiceUnavailableError', message: 'x' } }));
    });
    await new Promise<void>((resolve) => restarting.listen(0, '127.0.0.1', resolve));
    site = createSiteServer({
      distDir: path.join(here, '..', 'dist'),
      cmsUrl: `http://127.0.0.1:${(restarting.address() as AddressInfo).port}`,
      renderPage: render,
      changeSecret: 's',
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => site.close(resolve));
    await new Promise((resolve) => restarting.close(resolve));
  });

  it('gives a 503 with Retry-After (try again shortly), not a gateway error, and keeps nothing', async () => {
    for (const attempt of [1, 2]) {
      const response = await fetch(`${url}/`);
      expect(response.status, `attempt ${attempt}`).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('x-cache')).toBe('BYPASS');
    }
  });
});

/** The page with the browser's errors and warnings collected, and the API requests it made. */
async function load(path: string, javaScript = true) {
  const { page, errors } = await openPage(browser);
  if (!javaScript) await page.context().close();
  const target = javaScript ? page : await (await browser().newContext({ javaScriptEnabled: false })).newPage();
  const messages: string[] = [];
  const apiRequests: string[] = [];
  target.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  target.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
  });
  await target.goto(`${SITE_URL}${path}`, { waitUntil: 'networkidle' });
  return { page: target, errors: [...errors, ...messages], apiRequests };
}

describe('in the browser', () => {
  it.each(PAGES)(
    '$path is read, then taken over by the app, without a warning, an error or asking the CMS',
    async (expected) => {
      const { page, errors, apiRequests } = await load(expected.path);
      // As the server sent it: no app yet, nothing asked.
      expect(await page.locator('html[data-app]').count()).toBe(0);
      expect(apiRequests).toEqual([]);
      await takeOver(page);
      await page.getByRole('heading', { name: expected.heading }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // The browser reports the document's own 404 on the console: that one is the page's status, not an error.
      const notFound = /^Failed to load resource: the server responded with a status of 404/;
      expect(errors.filter((error) => !(expected.status === 404 && notFound.test(error)))).toEqual([]);
      expect(apiRequests).toEqual([]);
      await page.context().close();
    },
  );

  it.each(PAGES)('$path is readable with JavaScript off', async ({ path, heading }) => {
    const { page } = await load(path, false);
    await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 2000 });
    if (path === REAL_ARTICLE) expect(await page.locator('.article__body p').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it.each(PAGES)('$path offers no button that only a script could answer, with JavaScript off', async ({ path }) => {
    const { page } = await load(path, false);
    const dead = await page.evaluate(() =>
      [...document.querySelectorAll('button')]
        .filter((button) => !button.disabled && (button.type !== 'submit' || !button.form))
        .map((button) => button.textContent),
    );
    expect(dead).toEqual([]);
    await page.context().close();
  });

  it('tells a reader without JavaScript why signing in is not available', async () => {
    const { page } = await load('/dang-nhap', false);
    expect(await page.getByRole('button', { name: 'Đăng nhập' }).isDisabled()).toBe(true);
    // Playwright's text queries skip <noscript>, which a browser without scripts shows: look at the element itself.
    const notice = page.locator('form .form-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Đăng nhập cần JavaScript');
    await page.context().close();
  });

  it('the search form, pagination and day picker work as plain forms and links without JavaScript', async () => {
    // On an agency's pages (under its code), as on the home agency's.
    const { page } = await load('/vinhphuc/', false);
    const search = page.getByRole('search').first().getByRole('searchbox');
    await search.fill('thi đua');
    await search.press('Enter');
    await page.waitForURL(/\/vinhphuc\/tim-kiem\?q=thi/);
    await page.getByRole('heading', { level: 1, name: 'Tìm kiếm' }).waitFor();
    expect(await page.locator('.article-card').count()).toBeGreaterThan(0);
    // The national search, of every agency's samples: more than a page.
    await page.goto(`${SITE_URL}/tim-kiem?q=bai+mau`);
    await page
      .getByRole('link', { name: /Trang 2|Trang sau/ })
      .first()
      .click();
    await page.waitForURL(/trang=2/);
    expect(await page.locator('.article-card').count()).toBeGreaterThan(0);
    await page.goto(`${SITE_URL}/vinhphuc/`);
    const picker = page.locator('form.day-picker');
    await picker.getByLabel('Ngày').selectOption('16');
    await picker.getByLabel('Tháng').selectOption('3');
    await picker.getByLabel('Năm').selectOption('2021');
    await picker.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/\/vinhphuc\/ngay\/2021-03-16$/);
    await page.getByRole('heading', { level: 1, name: 'Các tin đã đưa ngày 16/03/2021' }).waitFor();
    expect(await page.locator('.article-card').count()).toBe(1);
    await page.context().close();
  });

  it('narrows a search by period typed dd/mm/yyyy without JavaScript, keeping the query', async () => {
    const { page } = await load('/tim-kiem?q=thi+dua', false);
    const filters = page.getByRole('form', { name: 'Lọc kết quả' });
    await filters.getByLabel('Từ ngày').fill('16/03/2021');
    await filters.getByLabel('Đến ngày').fill('16/03/2021');
    await filters.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL((url) => url.searchParams.get('den-ngay') === '16/03/2021');
    expect(new URL(page.url()).searchParams.get('q')).toBe('thi dua');
    const dates = await page.locator('.search-results .article-card time').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((date) => date !== '16/03/2021')).toEqual([]);
    expect(await filters.getByLabel('Từ ngày').inputValue()).toBe('16/03/2021');
    await page.context().close();
  });

  it('is used by keyboard with and without JavaScript, and moves on client-side with it', async () => {
    const { page: bare } = await load(REAL_ARTICLE, false);
    await bare.keyboard.press('Tab');
    await bare.keyboard.press('Enter');
    expect(await bare.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await bare.context().close();

    const { page, errors } = await load(REAL_ARTICLE);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.getByRole('link', { name: 'Trang chủ', exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Tin mới', exact: true }).waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
