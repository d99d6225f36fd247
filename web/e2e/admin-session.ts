import type { Page } from 'playwright-core';
import { EDITOR_PASSWORD } from './admin-api';
import { CMS_URL } from './browser';

/** Signs in through the admin's own sign-in form, as an editor does each morning. */
export async function signInToAdmin(page: Page, email: string): Promise<void> {
  await page.goto(`${CMS_URL}/admin/auth/login`);
  await page.getByRole('textbox', { name: /email/i }).fill(email);
  await page.getByLabel(/mật khẩu/i).fill(EDITOR_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/auth/'));
}

/** The admin's edit view of an article. */
export const articleEditUrl = (documentId: string) =>
  `${CMS_URL}/admin/content-manager/collection-types/api::article.article/${documentId}`;
