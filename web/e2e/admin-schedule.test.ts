import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createDraft, createEditor } from './admin-api';
import { vietnamText } from './admin-checks';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { CMS_URL, openPage, SITE_URL, useBrowser } from './browser';

// An Editor schedules a draft in the edit view's "Lịch đăng" panel, in Vietnam time, from a browser set to New York
// time and English; the stack's test clock (SCHEDULER_TEST_CLOCK, never in production) then passes that time.
const browser = useBrowser();
const TITLE = `Thông báo lịch cưỡng chế theo lịch ${Date.now()}`;
let email = '';
let documentId = '';

const moveClock = async (now: Date) => {
  const response = await fetch(`${CMS_URL}/api/scheduler-test/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now: now.toISOString() }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { published: string[] } }).data;
};

beforeAll(async () => {
  email = await createEditor(`bien-tap-hen-gio-${Date.now()}@thads.example.gov.vn`);
  documentId = await createDraft({ title: TITLE, lead: 'Đăng tự động theo lịch.' });
});

// Other browser tests read the real time.
afterAll(async () => {
  await moveClock(new Date());
});

describe('scheduled publishing in the admin', () => {
  it('publishes the article on the site once the clock passes the time typed in Vietnam time', async () => {
    const at = new Date(Math.ceil((Date.now() + 2 * 3_600_000) / 60_000) * 60_000);
    const { page } = await openPage(browser, { timezoneId: 'America/New_York', locale: 'en-US' });
    await signInToAdmin(page, email);
    await page.goto(articleEditUrl(documentId));

    const publishAt = page.getByRole('textbox', { name: 'Hẹn giờ xuất bản' });
    await publishAt.fill('31/02/2027 07:00');
    await page.getByRole('alert').filter({ hasText: 'Không phải ngày giờ hợp lệ' }).waitFor();
    await publishAt.fill(vietnamText(at));
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Xuất bản lúc ${vietnamText(at)}` })
      .waitFor();

    const saved = await adminApi<{ data: { publishAt: string | null; slug: string } }>(
      'GET',
      `/content-manager/collection-types/api::article.article/${documentId}`,
    );
    expect(saved.data.publishAt).toBe(at.toISOString());
    expect((await fetch(`${SITE_URL}/tin-tuc/${saved.data.slug}`)).status).toBe(404);

    expect((await moveClock(new Date(at.getTime() - 60_000))).published).toEqual([]);
    expect((await moveClock(new Date(at.getTime() + 60_000))).published).toEqual([documentId]);
    const { page: reader } = await openPage(browser);
    const response = await reader.goto(`${SITE_URL}/tin-tuc/${saved.data.slug}`);
    expect(response?.status()).toBe(200);
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  });

  it('speaks English to an editor who switched, and is not offered to an Author', async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, email);
    await page.evaluate(() => window.localStorage.setItem('strapi-admin-language', 'en'));
    await page.goto(`${CMS_URL}/admin/content-manager/collection-types/api::article.article/create`);
    await page.getByRole('textbox', { name: 'Publish at', exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Unpublish at', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Cancel schedule' }).count()).toBe(1);

    const author = await createEditor(`tac-gia-hen-gio-${Date.now()}@thads.example.gov.vn`, 'strapi-author');
    const { page: authorPage } = await openPage(browser);
    await signInToAdmin(authorPage, author);
    await authorPage.goto(`${CMS_URL}/admin/content-manager/collection-types/api::article.article/create`);
    await authorPage.getByRole('textbox', { name: 'Tiêu đề' }).waitFor();
    // Side panels render when the browser is idle, after the form: give them time to show, were they to.
    await authorPage.waitForTimeout(1500);
    expect(await authorPage.getByRole('textbox', { name: /Hẹn giờ/ }).count()).toBe(0);
    expect(await authorPage.getByText('Lịch đăng').count()).toBe(0);
  });
});
