import type { Page } from 'playwright-core';
import { EDITOR_PASSWORD } from './admin-api';
import { CMS_URL } from './browser';

/**
 * Signs in as an editor does each morning: the admin sends whoever is not signed in to the project's sign-in page
 * (`/admin/thads-auth/dang-nhap`, which asks the second factor where one is set), and back into the admin.
 */
export async function signInToAdmin(page: Page, email: string, adminUrl = CMS_URL): Promise<void> {
  await page.goto(`${adminUrl}/admin/auth/login`);
  await page.waitForURL(/\/admin\/thads-auth\/dang-nhap/);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Mật khẩu').fill(EDITOR_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !/\/(auth|thads-auth)\//.test(url.pathname));
}

/** The admin's edit view of an article. */
export const articleEditUrl = (documentId: string, adminUrl = CMS_URL) =>
  `${adminUrl}/admin/content-manager/collection-types/api::article.article/${documentId}`;
