import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createDraft, createEditor } from './admin-api';
import { axeViolations, smallText } from './admin-checks';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { CMS_URL, openPage, useBrowser } from './browser';

// The project's own pages and panels, built with Strapi's design system: landmarks, readable sizes, no axe violation,
// at a desktop width and on a 390 px phone.
const browser = useBrowser();
const TITLE = `Bài để so sánh phiên bản ${Date.now()}`;
let email = '';
let documentId = '';

beforeAll(async () => {
  email = await createEditor(`bien-tap-giao-dien-${Date.now()}@thads.example.gov.vn`);
  documentId = await createDraft({ title: TITLE, lead: 'Đã thi hành xong 3.215 việc.' });
  // A second version, so the comparison has words to show side by side.
  await adminApi('PUT', `/content-manager/collection-types/api::article.article/${documentId}`, {
    title: TITLE,
    lead: 'Đã thi hành xong 4.120 việc, phải thi hành tiếp 3.215 việc.',
  });
});

describe("the project's pages in the admin", () => {
  for (const width of [1280, 390])
    it(`audit trail, review queue and account security: a main landmark, no axe violation, no text under 12 px (${width} px)`, async () => {
      const { page } = await openPage(browser, { width });
      await signInToAdmin(page, email);
      for (const [path, heading] of [
        ['/admin/nhat-ky-hoat-dong', 'Nhật ký hoạt động'],
        ['/admin/bai-cho-duyet', 'Bài chờ duyệt'],
        ['/admin/settings/bao-mat-tai-khoan', 'Bảo mật tài khoản'],
      ] as const) {
        await page.goto(`${CMS_URL}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.getByRole('main').count(), path).toBe(1);
        expect(await axeViolations(page, 'main'), path).toEqual([]);
        expect(await smallText(page, 'main'), path).toEqual([]);
      }
    });

  it('compares versions in a full-width modal, fields side by side, whole words', async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, email);
    await page.goto(articleEditUrl(documentId));
    // The oldest version, against the current draft: the lead changed between them.
    await page.getByRole('button', { name: 'Xem thay đổi' }).last().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('columnheader', { name: 'Trường' }).waitFor();
    const box = await dialog.boundingBox();
    expect(box!.width).toBeGreaterThan(900);
    const lead = dialog.getByRole('row').filter({ hasText: 'Sa-pô, tóm tắt' });
    const cells = await lead.locator('td').allTextContents();
    expect(cells).toHaveLength(2);
    // Whole words on each side, never run together ("phảiđã thi hành").
    expect(cells[0]).toContain('Đã thi hành xong');
    expect(cells[1]).toContain('4.120');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    expect(await smallText(page, '[role="dialog"]')).toEqual([]);
    // The project's side panels of the edit view too (their titles and frames are Strapi's).
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-thads-panel]').count()).toBeGreaterThan(0);
    expect(await smallText(page, '[data-thads-panel]')).toEqual([]);
  });
});
