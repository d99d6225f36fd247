import { describe, expect, it } from 'vitest';
import { adminApi, publishArticle } from './admin-api';
import { CMS_URL, openPage, SITE_URL, useBrowser } from './browser';

// One portal for every agency, with the central department at the root (the default): each agency's pages under its
// code, the real article Vĩnh Phúc's (merged into Phú Thọ), samples of Phú Thọ, Hà Nội and the central department.
const browser = useBrowser();
const REAL_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const NOTICE = 'Từ 01/07/2025, Cục THADS tỉnh Vĩnh Phúc hợp nhất vào';

/** A request's answer without following redirects. */
const moved = async (path: string) => {
  const response = await fetch(`${SITE_URL}${path}`, { redirect: 'manual' });
  return [response.status, response.headers.get('location')];
};

describe("a merged agency's pages", () => {
  it('carry the notice of its merger on every page, in the HTML sent before any script', async () => {
    for (const path of [
      '/vinhphuc/',
      `/vinhphuc/tin-tuc/${REAL_SLUG}`,
      '/vinhphuc/chuyen-muc/thi-dua-khen-thuong',
      '/vinhphuc/phong-trao',
      '/vinhphuc/phong-trao/thi-dua-2021-thads-vinh-phuc',
      '/vinhphuc/tac-gia/do-hung',
      '/vinhphuc/ngay/2021-03-16',
      '/vinhphuc/tim-kiem?q=thi+dua',
      '/vinhphuc/so-do-cong-thong-tin',
      '/vinhphuc/dang-nhap',
      '/vinhphuc/tin-tuc/khong-co-bai-nay',
    ]) {
      const html = await (await fetch(`${SITE_URL}${path}`)).text();
      expect(html, path).toContain(`${NOTICE} <a href="/phutho/">Thi hành án dân sự tỉnh Phú Thọ</a>.`);
    }
    // The agency that absorbed it, and every other, has none.
    for (const path of ['/phutho/', '/', '/hanoi/'])
      expect(await (await fetch(`${SITE_URL}${path}`)).text(), path).not.toContain('hợp nhất vào');
  });
});

describe('links published before', () => {
  it('move once, to the one address: /<code>, the root address of an article the root no longer serves', async () => {
    expect(await moved('/vinhphuc')).toEqual([301, '/vinhphuc/']);
    expect(await moved('/trunguong/tim-kiem?q=thi')).toEqual([301, '/tim-kiem?q=thi']);
    const [status, location] = await moved(`/tin-tuc/${REAL_SLUG}`);
    expect([status, location]).toEqual([301, `/vinhphuc/tin-tuc/${REAL_SLUG}`]);
    expect((await fetch(`${SITE_URL}${location}`, { redirect: 'manual' })).status).toBe(200);
    expect(await moved('/tac-gia/do-hung')).toEqual([301, '/vinhphuc/tac-gia/do-hung']);
    // What the root does serve stays there.
    expect((await fetch(`${SITE_URL}/phong-trao/ca-nuoc-chung-suc-xay-dung-nong-thon-moi`)).status).toBe(200);
    expect((await fetch(`${SITE_URL}/tin-tuc/khong-co-bai-nay`, { redirect: 'manual' })).status).toBe(404);
  });

  it("move the national portal's addresses (any letter case) to the article that carries them", async () => {
    const itemId = String(Date.now() % 1_000_000_000);
    const title = `Tin chuyển từ cổng cũ ${itemId}`;
    const { slug } = await publishArticle({
      title,
      date: '2020-05-04T03:00:00.000Z',
      agency: 'vinhphuc',
      legacyPath: `/vinhphuc/noidung/tintuc/Lists/TinTuc/View_Detail.aspx?ItemID=${itemId}`,
    });
    for (const address of [
      `/vinhphuc/noidung/tintuc/Lists/TinTuc/View_Detail.aspx?ItemID=${itemId}`,
      `/VINHPHUC/NoiDung/TinTuc/lists/tintuc/view_detail.aspx?itemid=${itemId}`,
    ])
      expect(await moved(address), address).toEqual([301, `/vinhphuc/tin-tuc/${slug}`]);
    expect((await fetch(`${SITE_URL}/vinhphuc/noidung/tintuc/Lists/TinTuc/View_Detail.aspx?ItemID=999`)).status).toBe(
      404,
    );
  });

  it('move an alias code of an agency to its code, as soon as the alias is saved', async () => {
    const { data } = (await (await fetch(`${CMS_URL}/api/agencies?filters[code][$eq]=hanoi`)).json()) as {
      data: Array<{ documentId: string }>;
    };
    await adminApi('PUT', `/content-manager/collection-types/api::agency.agency/${data[0]!.documentId}`, {
      aliases: [{ code: 'ha-noi' }],
    });
    await expect
      .poll(() => moved('/ha-noi/tim-kiem?q=thi'), { timeout: 10_000 })
      .toEqual([301, '/hanoi/tim-kiem?q=thi']);
    expect(await moved('/ha-noi')).toEqual([301, '/hanoi/']);
  });
});

describe('the central department at the root', () => {
  it("lists every agency's newest articles, each card naming its agency and linking to its pages", async () => {
    const title = `Hà Nội tổ chức đối thoại ${Date.now()}`;
    const { slug } = await publishArticle({ title, date: new Date().toISOString(), agency: 'hanoi' });
    const { page, errors } = await openPage(browser);
    await page.goto(SITE_URL);
    const block = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Tin mới từ các cơ quan thi hành án dân sự' }),
    });
    const card = block.locator('.article-card', { hasText: title });
    expect(await card.locator('.article-card__agency').textContent()).toContain('Thi hành án dân sự thành phố Hà Nội');
    await card.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/hanoi/tin-tuc/${slug}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.site-brand__name').textContent()).toBe('Thi hành án dân sự thành phố Hà Nội');
    expect(errors).toEqual([]);
  });

  it('searches every agency, and one chosen with the filter (with the agencies merged into it)', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${SITE_URL}/tim-kiem?q=bai+mau`);
    const agencies = () => page.locator('.search-results .article-card__agency').allTextContents();
    await page.getByText(/^Tìm thấy \d+ kết quả/).waitFor();
    expect(new Set(await agencies()).size).toBeGreaterThan(1);
    await page.getByLabel('Cơ quan').selectOption('phutho');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/co-quan=phutho/);
    await expect.poll(async () => [...new Set(await agencies())]).toEqual(['Thi hành án dân sự tỉnh Phú Thọ · ']);
    expect(errors).toEqual([]);
  });
});

describe("an agency's search", () => {
  it('covers the agencies merged into it, each hit naming its agency and read on its pages', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${SITE_URL}/phutho/`);
    const box = page.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' }).getByRole('searchbox');
    await box.fill('thi dua vinh phuc');
    await box.press('Enter');
    await page.waitForURL('**/phutho/tim-kiem?q=thi+dua+vinh+phuc');
    const hit = page.locator('.search-results .article-card', { hasText: REAL_TITLE });
    expect(await hit.locator('.article-card__agency').textContent()).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc · ');
    await hit.getByRole('link').first().click();
    await page.waitForURL(`**/vinhphuc/tin-tuc/${REAL_SLUG}`);
    await page.getByRole('heading', { level: 1, name: REAL_TITLE }).waitFor();
    expect(await page.getByRole('note').textContent()).toContain('hợp nhất vào');
    // Hà Nội's search does not cover Vĩnh Phúc.
    await page.goto(`${SITE_URL}/hanoi/tim-kiem?q=thi+dua+vinh+phuc`);
    await page.getByText(/Không tìm thấy kết quả nào/).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('the directory of agencies', () => {
  it('lists the 64 agencies in order, merged ones under the agency that absorbed them', async () => {
    const { page } = await openPage(browser, { width: 360 });
    await page.goto(`${SITE_URL}/co-quan`);
    await page.getByRole('heading', { level: 1, name: 'Các cơ quan thi hành án dân sự' }).waitFor();
    const top = await page.locator('.agency-directory > li > a').allTextContents();
    const merged = await page.locator('.agency-directory ul a').allTextContents();
    expect(top).toHaveLength(35);
    expect(merged).toHaveLength(29);
    expect(top[0]).toBe('Cục Quản lý Thi hành án dân sự');
    const phutho = page.getByRole('list', { name: 'Các cơ quan đã hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ' });
    expect(await phutho.getByRole('link').allTextContents()).toEqual([
      'Cục Thi hành án dân sự tỉnh Vĩnh Phúc',
      'Cục Thi hành án dân sự tỉnh Hòa Bình',
    ]);
    const central = page.locator('.agency-directory').getByRole('link', { name: 'Cục Quản lý Thi hành án dân sự' });
    expect(await central.getAttribute('href')).toBe('/');
    // Linked from every header, on every agency's pages.
    for (const path of ['/', '/phutho/', '/vinhphuc/tin-tuc/' + REAL_SLUG]) {
      await page.goto(`${SITE_URL}${path}`);
      expect(await page.locator('.site-nav a[href="/co-quan"]').count(), path).toBe(1);
    }
  });
});
