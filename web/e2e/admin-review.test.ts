import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createDraft, createEditor } from './admin-api';
import { signInToAdmin } from './admin-session';
import { openPage, useBrowser } from './browser';

// An Editor finds a submitted draft in "Bài chờ duyệt" and in the article list, where enumeration values read as
// words ("Chờ duyệt", "Công khai: mọi người đọc"), not as the API's codes ("submitted", "public").
const browser = useBrowser();
const TITLE = `Bài gửi duyệt ${Date.now()}`;
let email = '';

beforeAll(async () => {
  email = await createEditor(`bien-tap-duyet-${Date.now()}@thads.example.gov.vn`);
  const documentId = await createDraft({ title: TITLE, lead: 'Chờ biên tập viên duyệt.' });
  // The stack's administrator wrote the draft, so may submit it.
  await adminApi('POST', `/thads-review/articles/${documentId}/submit`);
});

describe('review state and audience in the admin', () => {
  it('lists the submitted draft with its state in words, and shows the audience in words in the edit view', async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, email);
    await page.getByRole('link', { name: 'Bài chờ duyệt' }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.getByRole('link', { name: 'Xem trong danh sách bài viết' }).click();

    await page.waitForURL(
      (url) => url.pathname.endsWith('/api::article.article') && url.search.includes('reviewState'),
    );
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => row.locator('td').allTextContents(), { timeout: 15_000 }).toContain('Chờ duyệt');
    expect((await row.locator('td').allTextContents()).join(' ')).not.toMatch(/\bsubmitted\b/);

    await row.getByRole('link', { name: TITLE }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: /Đối tượng xem/ }).textContent(), { timeout: 15_000 })
      .toContain('Công khai: mọi người đọc');
  });
});
