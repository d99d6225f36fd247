import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDraft, createEditor } from './admin-api';
import { choose, vietnamText } from './admin-checks';
import { articleEditUrl, signInToAdmin } from './admin-session';
import { CMS_URL, openPage, useBrowser } from './browser';

// An Editor schedules a draft, then cancels; the audit trail says so with who and when, and its CSV says it in the
// same words and times as the screen.
const browser = useBrowser();
const TITLE = `Bài hẹn giờ rồi huỷ ${Date.now()}`;
let email = '';
let documentId = '';

beforeAll(async () => {
  email = await createEditor(`bien-tap-nhat-ky-lich-${Date.now()}@thads.example.gov.vn`);
  documentId = await createDraft({ title: TITLE, lead: 'Hẹn giờ rồi huỷ.' });
});

describe('scheduling in the audit trail', () => {
  it('shows a schedule set and cancelled, with who, and exports the same times', async () => {
    const { page } = await openPage(browser, { timezoneId: 'America/New_York' });
    await signInToAdmin(page, email);
    await page.goto(articleEditUrl(documentId));
    const at = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 60_000) * 60_000);
    await page.getByRole('textbox', { name: 'Hẹn giờ xuất bản' }).fill(vietnamText(at));
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Xuất bản lúc ${vietnamText(at)}` })
      .waitFor();
    await page.getByRole('button', { name: 'Huỷ lịch' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Chưa hẹn giờ xuất bản.' }).waitFor();

    await page.goto(`${CMS_URL}/admin/nhat-ky-hoat-dong`);
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hoạt động' }).waitFor();
    await choose(page, 'Hành động', 'Lịch đăng (mọi việc hẹn giờ)');
    await page.getByRole('button', { name: 'Lọc' }).click();
    const rows = page.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const cells = await Promise.all([0, 1].map((index) => rows.nth(index).locator('td').allTextContents()));
    // Newest first: the cancellation, then the schedule, each by the editor, with the time chosen.
    expect(cells.map((row) => row[1])).toEqual(['Huỷ hẹn giờ', 'Hẹn giờ']);
    expect(cells.map((row) => row[2])).toEqual(['Biên Tập', 'Biên Tập']);
    expect(cells[1]![4]).toContain(`Hẹn giờ xuất bản: ${vietnamText(at)}`);
    expect(cells[0]![4]).toContain(`Giờ xuất bản hẹn trước đó: ${vietnamText(at)}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const lines = csv.filter((line) => line.includes(documentId));
    expect(lines).toHaveLength(2);
    // The screen's times (Vietnam time, from a browser in New York) are the CSV's, with the screen's words.
    expect(lines.map((line) => line.split(',')[0])).toEqual(cells.map((row) => row[0]));
    expect(lines.map((line) => line.split(',')[1])).toEqual(['Huỷ hẹn giờ', 'Hẹn giờ']);
  });

  it('filters by days typed dd/MM/yyyy', async () => {
    const { page } = await openPage(browser, { locale: 'en-US' });
    await signInToAdmin(page, email);
    await page.goto(`${CMS_URL}/admin/nhat-ky-hoat-dong`);
    const from = page.getByRole('combobox', { name: 'Từ ngày' });
    await from.waitFor();
    expect(await from.getAttribute('placeholder')).toMatch(/^dd\/mm\/yyyy$/i);
  });
});
