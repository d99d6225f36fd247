import { beforeAll, describe, expect, it } from 'vitest';
import { createEditor, publishArticle } from './admin-api';
import { choose } from './admin-checks';
import { signInToAdmin } from './admin-session';
import { openPage, useBrowser } from './browser';

// An Editor reads, in "Nhật ký hoạt động", who published an article.
const browser = useBrowser();
const TITLE = `Thông báo đã xuất bản ${Date.now()}`;
let email = '';
let documentId = '';

beforeAll(async () => {
  email = await createEditor(`bien-tap-nhat-ky-${Date.now()}@thads.example.gov.vn`);
  ({ documentId } = await publishArticle({ title: TITLE, lead: 'Để ghi nhật ký.' }));
});

describe('the audit trail in the admin', () => {
  it('shows the publication: action, who, and which article, by its title and linked to it', async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, email);
    await page.getByRole('link', { name: 'Nhật ký hoạt động' }).click();
    await page.getByRole('heading', { name: 'Nhật ký hoạt động' }).waitFor();
    // Actions are chosen by their Vietnamese names: the server matches codes ('publish') an editor does not know.
    await choose(page, 'Hành động', 'Xuất bản');
    await choose(page, 'Loại nội dung', 'Bài viết');
    await page.getByRole('button', { name: 'Lọc' }).click();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    // Before the filter applies, the article's creation is listed too.
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['Xuất bản', 'Quản Trị', `Bài viết${TITLE}`]);
    // The details are labelled lines, not JSON; the title is the subject already and is not repeated.
    expect(cells[4]).toBe('');
    await row.getByRole('link', { name: TITLE }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/api::article.article/${documentId}`));
  });
});
