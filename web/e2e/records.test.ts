import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './admin-api';
import { axeViolations } from './axe';
import { CMS_URL, openPage, SITE_URL, useBrowser } from './browser';

// Issue 20 on the site: the agencies' documents, notices and the register of debtors, read as the public reads them
// (the seed's documents of the central department, Phú Thọ's sample notices and register entries, and a notice of
// this run's own whose expiry the stack's test clock passes).
const browser = useBrowser();
const RUN = Date.now();
const NOTICE_TITLE = `Thông báo đấu giá xe ô tô tại Việt Trì ${RUN}`;
const REGISTER_NAMES = ['Nguyễn Văn Mẫu', 'Trần Thị Thử', 'Lê Văn Ví Dụ'];
let decreeSlug = '';
let noticeSlug = '';
let entryId = '';
let auctionAt = '';

const moveClock = async (now: Date) => {
  const response = await fetch(`${CMS_URL}/api/scheduler-test/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now: now.toISOString() }),
  });
  expect(response.status).toBe(200);
};

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${SITE_URL}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

beforeAll(async () => {
  const decree = await json<{ data: Array<{ slug: string }> }>(
    `/api/legal-documents?filters[number][$eq]=${encodeURIComponent('42/2022/NĐ-CP')}&fields[0]=slug`,
  );
  decreeSlug = decree.data[0]!.slug;
  const entries = await json<{ data: Array<{ documentId: string; fullName: string }> }>(
    '/api/debtor-entries?agency=phutho&q=nguyen%20van%20mau',
  );
  entryId = entries.data.find((entry) => entry.fullName === 'Nguyễn Văn Mẫu')!.documentId;
  // Open for two days more, by the stack's clock (real time unless a test moved it).
  auctionAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const created = await adminApi<{ data: { documentId: string } }>(
    'POST',
    '/content-manager/collection-types/api::notice.notice',
    {
      agency: 'phutho',
      kind: 'asset-auction',
      title: NOTICE_TITLE,
      date: new Date().toISOString().slice(0, 10),
      assetDescription: 'Xe ô tô con đã qua sử dụng',
      assetKind: 'vehicle',
      startingPrice: '1250000000',
      deposit: '250000000',
      auctionAt,
      auctionPortalUrl: 'https://dgts.moj.gov.vn/thong-bao/123',
    },
  );
  const published = await adminApi<{ data: { slug: string } }>(
    'POST',
    `/content-manager/collection-types/api::notice.notice/${created.data.documentId}/actions/publish`,
    {},
  );
  noticeSlug = published.data.slug;
});

afterAll(async () => {
  // Other browser tests read the real time.
  await moveClock(new Date());
});

// Paths as functions: the documents' slugs and ids are read before the tests run.
const PAGES: Array<[string, () => string]> = [
  ["the central department's documents", () => '/van-ban'],
  ["a province's documents, the central department's in their own section", () => '/phutho/van-ban'],
  ['a document', () => `/phutho/van-ban/${decreeSlug}`],
  ["the national site's notices", () => '/thong-bao'],
  ["a province's notices", () => '/phutho/thong-bao'],
  ['a notice', () => `/phutho/thong-bao/${noticeSlug}`],
  ['the national register', () => '/danh-sach-chua-co-dieu-kien-thi-hanh'],
  ["a province's register, searched", () => '/phutho/danh-sach-chua-co-dieu-kien-thi-hanh?q=nguyen'],
  ['an entry of the register', () => `/phutho/danh-sach-chua-co-dieu-kien-thi-hanh/${entryId}`],
  ['the search for documents', () => `/tim-kiem?loai=van-ban&q=${encodeURIComponent('42/2022/NĐ-CP')}`],
];

describe("the agencies' records on the site", () => {
  it.each(PAGES)(
    '%s: no WCAG 2.1 AA violation axe-core finds, and no horizontal scroll at 360 px',
    async (name, at) => {
      const path = at();
      for (const width of [1280, 360]) {
        const { page, errors } = await openPage(browser, { width, bypassCSP: true });
        const response = await page.goto(`${SITE_URL}${path}`);
        expect(response?.status(), `${name} ${path}`).toBe(200);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), `${name} at ${width} px`).toEqual([]);
        expect(await page.locator('h1').count()).toBe(1);
        if (width === 360)
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
            `${name} at 360 px`,
          ).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    },
  );

  it('reads without JavaScript, and its filters work as plain GET forms', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${SITE_URL}/phutho/van-ban`);
    const central = page.getByRole('region', { name: 'Văn bản của Trung ương' });
    await expect(central.getByRole('link', { name: 'Nghị định số 42/2022/NĐ-CP' }).count()).resolves.toBe(1);
    // The province's own list does not copy them.
    await expect(
      page
        .getByRole('region', { name: /^Văn bản của Thi hành án/ })
        .getByRole('link', { name: /42\/2022/ })
        .count(),
    ).resolves.toBe(0);
    await page.getByLabel('Loại văn bản').selectOption('law');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/loai=law/);
    const laws = await central.getByRole('heading', { level: 3 }).allTextContents();
    expect(laws.length).toBeGreaterThan(0);
    for (const title of laws) expect(title).toMatch(/^Luật số /);

    await page.goto(`${SITE_URL}/phutho/van-ban/${decreeSlug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Nghị định số 42/2022/NĐ-CP');
    await expect(page.getByText('Còn hiệu lực').count()).resolves.toBeGreaterThan(0);

    await page.goto(`${SITE_URL}/phutho/thong-bao/${noticeSlug}`);
    const body = await page.locator('main').textContent();
    expect(body).toContain('1.250.000.000 đồng');
    expect(body).toContain('250.000.000 đồng');
    expect(body).toMatch(/Thời gian đấu giá\s*\d{2}\/\d{2}\/\d{4}/);
    expect(
      await page.getByRole('link', { name: /Cổng Thông tin điện tử quốc gia về đấu giá tài sản/ }).getAttribute('href'),
    ).toBe('https://dgts.moj.gov.vn/thong-bao/123');

    await page.goto(`${SITE_URL}/thong-bao`);
    await page.getByLabel('Cơ quan').selectOption('phutho');
    await page.getByLabel('Loại tài sản').selectOption('vehicle');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/tai-san=vehicle/);
    const open = await page
      .getByRole('region', { name: 'Đang còn hạn' })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(open).toContain(NOTICE_TITLE);
    expect(open.every((title) => !title.includes('quyền sử dụng đất'))).toBe(true);

    await page.goto(`${SITE_URL}/phutho/danh-sach-chua-co-dieu-kien-thi-hanh`);
    await page.getByLabel('Họ tên hoặc số quyết định').fill('tran thi thu');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/q=tran/);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toContain('Trần Thị Thử');
    await page.getByLabel('Họ tên hoặc số quyết định').fill('102/QĐ-THADS');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/q=102/);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toContain('Trần Thị Thử');
    await context.close();
  });

  it.each(['42/2022/NĐ-CP', '42 2022 nd cp', 'nđ-cp 42/2022'])(
    'the site search finds the decree first when its number is typed "%s"',
    async (q) => {
      const { page } = await openPage(browser);
      await page.goto(`${SITE_URL}/tim-kiem?loai=van-ban&q=${encodeURIComponent(q)}`);
      const results = page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('heading', { level: 2 });
      await results.first().waitFor();
      expect(await results.first().textContent()).toBe('Nghị định số 42/2022/NĐ-CP');
      // Its own kind of result, chosen in the page's filter.
      const kinds = page.getByRole('navigation', { name: 'Loại kết quả' });
      expect(await kinds.getByRole('link', { name: 'Văn bản', exact: true }).getAttribute('aria-current')).toBe('page');
      await page.context().close();
    },
  );

  it("a notice that expires leaves the open list of the cached page, with no editor's action", async () => {
    const page = '/phutho/thong-bao';
    const sections = async () => {
      const response = await fetch(`${SITE_URL}${page}`);
      const html = await response.text();
      const at = html.indexOf('id="het-han"');
      expect(at).toBeGreaterThan(0);
      // The expired section only (the page's data for the app follows it).
      const end = html.indexOf('</section>', at);
      return { cache: response.headers.get('x-cache'), open: html.slice(0, at), expired: html.slice(at, end) };
    };
    await sections();
    const before = await sections();
    expect(before.cache).toBe('HIT');
    expect(before.open).toContain(NOTICE_TITLE);
    expect(before.expired).not.toContain(NOTICE_TITLE);
    await moveClock(new Date(Date.parse(auctionAt) + 60_000));
    // The CMS tells the site server once its change is committed: the page is made again at the first request after.
    let after = await sections();
    for (let tries = 0; tries < 50 && after.open.includes(NOTICE_TITLE); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await sections();
    }
    expect(after.open).not.toContain(NOTICE_TITLE);
    expect(after.expired).toContain(NOTICE_TITLE);
    expect(after.expired).toContain('Đã hết hạn');
    await moveClock(new Date());
  });

  it('the register is noindex, and no name of it is in a share tag, JSON-LD, feed, sitemap or the site search', async () => {
    for (const path of [
      '/danh-sach-chua-co-dieu-kien-thi-hanh',
      '/phutho/danh-sach-chua-co-dieu-kien-thi-hanh?q=nguyen',
      `/phutho/danh-sach-chua-co-dieu-kien-thi-hanh/${entryId}`,
    ]) {
      const response = await fetch(`${SITE_URL}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-robots-tag'), path).toContain('noindex');
      const html = await response.text();
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).toMatch(/<meta name="robots" content="noindex, nofollow"/);
      expect(head).not.toMatch(/property="og:|name="twitter:|application\/ld\+json/);
      for (const name of REGISTER_NAMES) expect(head, path).not.toContain(name);
    }
    // The entry's page shows the name in its body, for the reader only.
    const entryPage = await (await fetch(`${SITE_URL}/phutho/danh-sach-chua-co-dieu-kien-thi-hanh/${entryId}`)).text();
    expect(entryPage).toContain('Nguyễn Văn Mẫu');

    // The site's search pages (their footers link the register, which is no hit): no name among their results.
    for (const path of ['/tim-kiem?q=nguyen%20van%20mau', '/phutho/tim-kiem?q=tran%20thi%20thu']) {
      const response = await fetch(`${SITE_URL}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      for (const name of REGISTER_NAMES) expect(html, path).not.toContain(name);
      expect(html).not.toContain(`/danh-sach-chua-co-dieu-kien-thi-hanh/${entryId}`);
    }
    let everywhere = '';
    for (const path of [
      '/api/feeds/rss?agency=phutho',
      '/api/feeds/atom?agency=phutho',
      '/api/feeds/rss?type=notice&agency=phutho',
      '/api/feeds/atom?type=notice',
      '/api/search?q=nguyen%20van%20mau',
      '/api/search?q=nguyen%20van%20mau&agency=phutho',
      '/api/search?type=notice&q=nguyen%20van%20mau',
      '/api/search?type=legal-document&q=nguyen%20van%20mau',
    ]) {
      const response = await fetch(`${SITE_URL}${path}`);
      expect(response.status, path).toBe(200);
      everywhere += await response.text();
    }
    const index = await (await fetch(`${SITE_URL}/phutho/sitemap.xml`)).text();
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(files).toContain('/phutho/sitemaps/notices.xml');
    for (const file of files) {
      const response = await fetch(`${SITE_URL}${file}`);
      expect(response.status, file).toBe(200);
      everywhere += await response.text();
    }
    expect(everywhere).toContain(NOTICE_TITLE);
    expect(everywhere).not.toContain('danh-sach-chua-co-dieu-kien-thi-hanh');
    expect(everywhere).not.toContain(entryId);
    for (const name of REGISTER_NAMES) expect(everywhere).not.toContain(name);
  });
});
