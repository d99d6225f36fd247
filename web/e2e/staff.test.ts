import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, publishArticle } from './admin-api';
import { openPage, SITE_URL, useBrowser } from './browser';

const browser = useBrowser();
// Its own account each run: a run again on the same stack (a failed file is run once more) must not meet the last one.
const RUN = Date.now();
const TITLE = `Thông báo nội bộ: lịch trực Tết Nguyên đán ${RUN}`;
const STAFF = { username: `can-bo-truc-${RUN}`, password: 'MatKhau-Truc-Tet-2027' };
let slug = '';

beforeAll(async () => {
  const { roles } = await adminApi<{ roles: Array<{ id: number; type: string }> }>('GET', '/users-permissions/roles');
  const role = roles.find((candidate) => candidate.type === 'authenticated')!;
  await adminApi('POST', '/content-manager/collection-types/plugin::users-permissions.user', {
    ...STAFF,
    email: `can-bo-truc-${RUN}@thads.example.gov.vn`,
    role: role.id,
    confirmed: true,
    blocked: false,
  });
  slug = (
    await publishArticle({
      title: TITLE,
      lead: 'Phân công trực Tết cho cán bộ Cục.',
      audience: 'staff',
      date: new Date().toISOString(),
    })
  ).slug;
});

describe('a staff-only article', () => {
  it('does not exist for the public: 404 page, absent from the home page, no share preview', async () => {
    const raw = await fetch(`${SITE_URL}/tin-tuc/${slug}`);
    expect(raw.status).toBe(404);
    expect(await raw.text()).not.toContain(TITLE);
    const { page, errors } = await openPage(browser);
    await page.goto(`${SITE_URL}/tin-tuc/${slug}`);
    await page.getByRole('heading', { level: 1, name: /Không tìm thấy/ }).waitFor();
    await page.goto(SITE_URL);
    await page.getByRole('heading', { level: 2, name: 'Tin mới', exact: true }).waitFor();
    expect(await page.getByText(TITLE).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('is read by staff after signing in, with the "Nội bộ" badge, and is gone again after signing out', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${SITE_URL}/dang-nhap?tiep-theo=${encodeURIComponent(`/tin-tuc/${slug}`)}`);
    await page.getByLabel('Tên đăng nhập hoặc email').fill(STAFF.username);
    await page.getByLabel('Mật khẩu').fill(STAFF.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`**/tin-tuc/${slug}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('.article__meta .badge--staff').textContent()).toBe('Nội bộ – chỉ dành cho cán bộ');

    await page.getByRole('link', { name: 'Trang chủ', exact: true }).first().click();
    // The home page's own list (the central department's block of every agency's news lists it too).
    const latest = page.getByRole('region', { name: 'Tin mới', exact: true });
    const card = latest.locator('.article-card', { hasText: TITLE });
    await card.waitFor();
    expect(await card.locator('.badge--staff').textContent()).toBe('Nội bộ');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('link', { name: 'Đăng nhập' }).first().waitFor();
    await expect.poll(() => page.getByText(TITLE).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('an expired or revoked session sends the reader to sign in, keeping the page to come back to', async () => {
    const { page } = await openPage(browser);
    await page.goto(SITE_URL);
    await page.evaluate(() =>
      localStorage.setItem(
        'thads-session',
        JSON.stringify({ jwt: 'het.han.roi', user: { id: 999, username: 'cu', email: 'cu@example.com' } }),
      ),
    );
    await page.goto(`${SITE_URL}/phong-trao`);
    await page.waitForURL(/\/dang-nhap\?het-han=1&tiep-theo=%2Fphong-trao/);
    await page.getByText('Phiên đăng nhập đã hết hạn').waitFor();
  });
});
