import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './admin-api';
import { CMS_URL, openPage, SITE_URL, useBrowser } from './browser';

// A never-published draft, opened as the admin's preview opens it: the URL the CMS issues for the edit view,
// shown by the site, and framed by the admin's origin (the only page and origin that may frame the site).
const browser = useBrowser();
const TITLE = 'Dự thảo: thông báo lịch tiếp công dân quý I';
let previewUrl = '';

beforeAll(async () => {
  const created = await adminApi<{ data: { documentId: string } }>(
    'POST',
    '/content-manager/collection-types/api::article.article',
    { title: TITLE, lead: 'Bản nháp chờ lãnh đạo duyệt.' },
  );
  const { data } = await adminApi<{ data: { url: string } }>(
    'GET',
    `/content-manager/preview/url/api::article.article?documentId=${created.data.documentId}&status=draft`,
  );
  previewUrl = data.url;
});

describe('draft preview', () => {
  it('shows the never-published draft on the site, marked as a preview, kept out of search engines', async () => {
    expect(previewUrl.startsWith(`${SITE_URL}/xem-truoc/articles/`)).toBe(true);
    const { page, errors } = await openPage(browser);
    const response = await page.goto(previewUrl);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText('Bản xem trước — chưa xuất bản').count()).toBe(1);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    expect(errors).toEqual([]);
    // The draft is still nowhere for the public.
    await page.goto(`${SITE_URL}/`);
    await page.getByRole('heading', { level: 2, name: 'Tin mới', exact: true }).waitFor();
    expect(await page.getByText(TITLE).count()).toBe(0);
  });

  it("shows a draft of another agency than the home one in that agency's layout", async () => {
    const created = await adminApi<{ data: { documentId: string } }>(
      'POST',
      '/content-manager/collection-types/api::article.article',
      { title: 'Dự thảo của Vĩnh Phúc', agency: 'vinhphuc' },
    );
    const { data } = await adminApi<{ data: { url: string } }>(
      'GET',
      `/content-manager/preview/url/api::article.article?documentId=${created.data.documentId}&status=draft`,
    );
    const { page, errors } = await openPage(browser);
    await page.goto(data.url);
    await page.getByRole('heading', { level: 1, name: 'Dự thảo của Vĩnh Phúc' }).waitFor();
    expect(await page.locator('.site-brand__name').textContent()).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc');
    expect(await page.getByRole('note').textContent()).toContain('hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ');
    expect(await page.title()).toBe('Xem trước: Dự thảo của Vĩnh Phúc | Cục Thi hành án dân sự tỉnh Vĩnh Phúc');
    expect(errors).toEqual([]);
  });

  it("is framed by the admin's origin, while the site's other pages refuse to be framed", async () => {
    const { page } = await openPage(browser);
    // A page of the admin's origin (the CMS), framing as the admin's preview panel does.
    await page.goto(`${CMS_URL}/api/openapi.json`);
    const addFrame = (url: string) =>
      page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, url);
    await addFrame(previewUrl);
    await addFrame(`${SITE_URL}/`);
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((frame) => frame.url() === previewUrl)
            ?.getByRole('heading', { name: TITLE })
            .count(),
        // The bare page reads the agencies, then the draft.
        { timeout: 10_000 },
      )
      .toBe(1);
    await page.waitForTimeout(1000);
    const homeHeadings = await Promise.all(
      page.frames().map((frame) => frame.getByRole('heading', { level: 2, name: 'Tin mới', exact: true }).count()),
    );
    expect(homeHeadings.reduce((sum, count) => sum + count, 0)).toBe(0);
  });
});
