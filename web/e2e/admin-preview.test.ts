import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft, createEditor } from './admin-api';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { openPage, useBrowser } from './browser';

// An Editor previews a never-published draft from the built admin's edit view: the site's page for the draft,
// marked as a preview, inside the admin's preview frame.
const browser = useBrowser();
const TITLE = `Dự thảo: kế hoạch tiếp công dân ${Date.now()}`;
let email = '';
let documentId = '';

beforeAll(async () => {
  email = await createEditor(`bien-tap-xem-truoc-${Date.now()}@thads.example.gov.vn`);
  documentId = await createDraft({ title: TITLE, lead: 'Bản nháp chưa từng xuất bản.' });
});

describe('the admin’s preview of a draft', () => {
  it('opens the site’s page for the never-published draft in the preview frame', async () => {
    const { page } = await openPage(browser);
    await signInToAdmin(page, email);
    await page.goto(articleEditUrl(documentId));
    await page.getByRole('link', { name: 'Mở bản xem trước' }).click();
    await page.waitForURL(/\/preview\b/);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await frame.getByText('Bản xem trước — chưa xuất bản').count()).toBe(1);
  });
});
