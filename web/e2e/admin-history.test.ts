import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createDraft, createEditor } from './admin-api';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { CMS_URL, openPage, useBrowser } from './browser';

// An Editor restores the first version of a draft from the edit view's "Lịch sử phiên bản" panel: the form shows
// the old title again, and the article stays unpublished.
const browser = useBrowser();
const STAMP = Date.now();
const FIRST = `Báo cáo kết quả thi hành án quý III ${STAMP}`;
const SECOND = `Báo cáo (sửa) kết quả thi hành án quý III ${STAMP}`;
let email = '';
let documentId = '';

beforeAll(async () => {
  email = await createEditor(`bien-tap-phien-ban-${STAMP}@thads.example.gov.vn`);
  documentId = await createDraft({ title: FIRST, lead: 'Bản đầu tiên.' });
  await adminApi('PUT', `/content-manager/collection-types/api::article.article/${documentId}`, { title: SECOND });
});

describe('version history in the admin', () => {
  it('restores an old version as the draft, shown in the edit view and not published', async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, email);
    await page.goto(articleEditUrl(documentId));
    const title = page.getByRole('textbox', { name: 'Tiêu đề' });
    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe(SECOND);

    const versions = page.getByRole('list', { name: 'Lịch sử phiên bản' }).getByRole('listitem');
    // The panel loads its list when the browser is idle: wait for it (a slow machine takes seconds).
    await versions.nth(1).waitFor();
    expect(await versions.count()).toBe(2);
    // Newest first: the last one is the draft as it was created.
    const first = versions.last();
    expect(await first.textContent()).toContain('Tạo mới');
    await first.getByRole('button', { name: 'Khôi phục thành bản nháp' }).click();
    // Confirmed in the design system's dialog, as the rest of the admin asks.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục thành bản nháp' }).click();

    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe(FIRST);
    const published = await fetch(`${CMS_URL}/api/articles?filters[documentId][$eq]=${documentId}`);
    expect(((await published.json()) as { data: unknown[] }).data).toEqual([]);
  });
});
