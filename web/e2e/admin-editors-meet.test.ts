import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createDraft, createEditor, EDITOR_PASSWORD } from './admin-api';
import { smallText, vietnamText } from './admin-checks';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { CMS_URL, openPage, useBrowser } from './browser';

// What a new Author and a new Editor meet in a day's work: the words, the refusals, the list.
const browser = useBrowser();
const STAMP = Date.now();
let editor = '';
let author = '';
let superAdmin = '';
let editorsArticle = '';

/** A 1×1 PNG, a real image the upload's content check accepts. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function tokenOf(email: string): Promise<string> {
  const response = await fetch(`${CMS_URL}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: EDITOR_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

async function upload(token: string, name: string): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), name);
  const response = await fetch(`${CMS_URL}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as Array<{ id: number }>)[0]!.id;
}

const as = (token: string, method: string, path: string, body?: unknown) =>
  fetch(`${CMS_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

beforeAll(async () => {
  editor = await createEditor(`bien-tap-ngay-lam-viec-${STAMP}@thads.example.gov.vn`);
  author = await createEditor(`tac-gia-ngay-lam-viec-${STAMP}@thads.example.gov.vn`, 'strapi-author');
  superAdmin = await createEditor(`quan-tri-ngay-lam-viec-${STAMP}@thads.example.gov.vn`, 'strapi-super-admin');
  editorsArticle = await createDraft({ title: `Bài của biên tập viên ${STAMP}`, lead: 'Không cho tác giả.' });
});

describe('English left in the admin', () => {
  it('the home page and Settings → Overview speak Vietnamese, without the widgets that mean nothing to editors', async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, superAdmin);
    await page.goto(`${CMS_URL}/admin`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const home = (await page.locator('main').allInnerTexts()).join('\n');
    for (const english of ['entries', 'Entries', 'Components', 'Locales', 'Admins', 'Webhooks', 'API Tokens'])
      expect(home, english).not.toContain(english);
    await page.goto(`${CMS_URL}/admin/settings/application-infos`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect((await page.locator('main').allInnerTexts()).join('\n').toLowerCase()).not.toContain('current plan');
  });

  it("the image details dialog and the edit view's handles speak Vietnamese", async () => {
    const token = await tokenOf(editor);
    const fileId = await upload(token, `anh-chi-tiet-${STAMP}.png`);
    // An editor's upload goes into their agency's folder of the Media Library: open that folder.
    const file = (await (await as(token, 'GET', `/upload/files/${fileId}`)).json()) as { folder: { id: number } };
    const { page } = await openPage(browser);
    await signInToAdmin(page, editor);
    await page.goto(`${CMS_URL}/admin/plugins/upload?folder=${file.folder.id}`);
    await page.getByText(`anh-chi-tiet-${STAMP}.png`).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForLoadState('networkidle');
    const text = await dialog.innerText();
    for (const english of ['SIZE', 'DIMENSIONS', 'DATE', 'EXTENSION', 'ASSET ID', 'Location', 'Set focal point'])
      expect(text, english).not.toContain(english);
  });
});

describe('errors that say what to do', () => {
  it("an Author opening another's article by its address is told who may open it", async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, author);
    await page.goto(articleEditUrl(editorsArticle));
    await page
      .getByText(/Tác giả chỉ mở và sửa được bài của chính mình/)
      .first()
      .waitFor();
    expect(await page.getByText('Forbidden', { exact: true }).count()).toBe(0);
    expect(await page.getByText('Vui lòng thử lại').count()).toBe(0);
  });

  it("refuses an Author's copy of another's article and a schedule with a 403 that says why", async () => {
    const token = await tokenOf(author);
    const copy = await as(
      token,
      'POST',
      `/content-manager/collection-types/api::article.article/clone/${editorsArticle}`,
      {
        title: 'Bản sao',
      },
    );
    expect(copy.status).toBe(403);
    expect(((await copy.json()) as { error: { message: string } }).error.message).toMatch(/chỉ mở và sửa được/);
    const own = (
      (await (
        await as(token, 'POST', '/content-manager/collection-types/api::article.article', {
          title: `Bài riêng ${STAMP}`,
        })
      ).json()) as {
        data: { documentId: string };
      }
    ).data.documentId;
    const scheduled = await as(token, 'PUT', `/content-manager/collection-types/api::article.article/${own}`, {
      title: `Bài riêng ${STAMP}`,
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(scheduled.status).toBe(403);
    expect(((await scheduled.json()) as { error: { message: string } }).error.message).toMatch(/không hẹn giờ/);
  });
});

describe('alt text asked before review', () => {
  it('refuses "Gửi duyệt" while the cover has no alt text, names it in the panel, and takes it there', async () => {
    const token = await tokenOf(author);
    const name = `anh-bia-chua-mo-ta-${STAMP}.png`;
    const cover = await upload(token, name);
    const created = await as(token, 'POST', '/content-manager/collection-types/api::article.article', {
      title: `Bài có ảnh chưa mô tả ${STAMP}`,
      cover,
    });
    const documentId = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    const { page } = await openPage(browser);
    await signInToAdmin(page, author);
    await page.goto(articleEditUrl(documentId));
    await page
      .locator('ul[aria-labelledby="thads-alt-title"] li')
      .filter({ hasText: `Ảnh đại diện "${name}"` })
      .waitFor();
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page
      .getByText(/Chưa gửi duyệt được: cần mô tả thay thế/)
      .first()
      .waitFor();
    await page.getByRole('textbox', { name: 'Mô tả thay thế (ảnh cho thấy gì)' }).fill('Trụ sở Cục THADS');
    await page.getByRole('button', { name: 'Lưu mô tả' }).click();
    const listed = page.locator('ul[aria-labelledby="thads-alt-title"] li');
    await expect.poll(() => listed.count(), { timeout: 15_000 }).toBe(0);
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByText('Đã gửi duyệt: đang chờ biên tập viên.').waitFor();
  });
});

describe('the article list', () => {
  it('names the authors and dates dd/MM/yyyy HH:mm', async () => {
    const authorRow = await adminApi<{ data: { documentId: string } }>(
      'POST',
      '/content-manager/collection-types/api::author.author',
      {
        name: `Trần Văn Bình ${STAMP}`,
      },
    );
    await createDraft({
      title: `Bài có tác giả ${STAMP}`,
      date: '2021-03-14T01:13:00.000Z',
      authors: { connect: [{ documentId: authorRow.data.documentId }] },
    });
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, editor);
    await page.goto(`${CMS_URL}/admin/content-manager/collection-types/api::article.article`);
    const row = page.getByRole('row').filter({ hasText: `Bài có tác giả ${STAMP}` });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(`Trần Văn Bình ${STAMP}`);
    expect(text).not.toMatch(/\d+ mục/);
    expect(text).toContain('14/03/2021 08:13');
    expect(text).not.toMatch(/tháng|Chủ Nhật|Thứ/);
  });

  it('fits 1280 px with the columns an editor needs, the status on screen and a long title cut short', async () => {
    const title = `Hội nghị trực tuyến toàn quốc tổng kết công tác thi hành án dân sự, thi hành án hành chính năm 2026 và triển khai nhiệm vụ năm 2027 ${STAMP}`;
    // Scheduled: the list has no schedule columns, the review column says it.
    const publishAt = new Date(Date.now() + 3 * 86_400_000);
    publishAt.setUTCSeconds(0, 0);
    await createDraft({ title, publishAt: publishAt.toISOString() });
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, editor);
    await page.goto(`${CMS_URL}/admin/content-manager/collection-types/api::article.article`);
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    const headers = (await page.locator('thead th').allTextContents()).map((text) => text.trim());
    for (const column of ['Tiêu đề', 'Cơ quan', 'Chuyên mục', 'Tác giả', 'Ngày đăng', 'Duyệt bài', 'Trạng thái'])
      expect(
        headers.some((header) => header.startsWith(column)),
        `${column} in ${headers.join(' | ')}`,
      ).toBe(true);

    // Neither the table's scroll box nor the page scrolls sideways.
    const widths = await page.locator('table').evaluate((table) => {
      let box = table.parentElement;
      while (box && !/auto|scroll/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
      return {
        box: box ? { scroll: box.scrollWidth, visible: box.clientWidth } : null,
        page: { scroll: document.documentElement.scrollWidth, visible: document.documentElement.clientWidth },
        columns: [...table.querySelectorAll('thead th')].map((th) => `${th.textContent} ${th.clientWidth}`).join(', '),
      };
    });
    expect(widths.box, 'the table has a scroll box').not.toBeNull();
    expect(widths.box!.scroll, widths.columns).toBeLessThanOrEqual(widths.box!.visible);
    expect(widths.page.scroll).toBeLessThanOrEqual(widths.page.visible);
    const status = page.locator('thead th').filter({ hasText: /^Trạng thái$/ });
    const box = await status.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);

    expect(await row.textContent()).toContain(`Xuất bản lúc ${vietnamText(publishAt)}`);
    expect(await smallText(page, 'tbody')).toEqual([]);

    // The title is cut short, still the link to the article; the whole of it shows on hover.
    const cut = row.getByRole('link', { name: title });
    expect(await cut.evaluate((element) => element.scrollHeight > element.clientHeight + 1)).toBe(true);
    await cut.hover();
    await page.getByRole('tooltip').filter({ hasText: title }).waitFor();
  });
});
