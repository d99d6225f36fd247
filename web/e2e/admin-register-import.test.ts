import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { adminApi, createEditor } from './admin-api';
import { axeViolations } from './admin-checks';
import { signInToAdmin } from './admin-session';
import { CMS_URL, openPage, SITE_URL, useBrowser } from './browser';

// Issue 20 in the admin: a clerk of Phú Thọ imports a unit's register of debtors without conditions to pay from the
// spreadsheets units keep (CSV in UTF-8 with a BOM or in Windows-1258, XLSX; an old .xls refused), previews it, confirms
// it (which publishes), takes an entry off by importing the unit again without it, and exports it; an Author and an
// Editor of another agency cannot. The unit is this run's own, so the seed's sample entries are never taken off.
// The names are invented.
const browser = useBrowser();
const RUN = String(Date.now());
const UNIT_NAME = `Phòng Thi hành án dân sự khu vực thử nhập ${RUN}`;
const PAGE_PATH = '/admin/nhap-danh-sach-chua-co-dieu-kien-thi-hanh';
const MENU = 'Nhập danh sách chưa có điều kiện thi hành';
const UNIT_LABEL = 'Đơn vị tổ chức thi hành';
const FILE_LABEL = /^Bảng tính \(\.xlsx hoặc \.csv/;

const HEADER = [
  'Họ và tên',
  'Năm sinh',
  'Địa chỉ',
  'Nghĩa vụ phải thi hành',
  'Số quyết định thi hành án',
  'Ngày quyết định thi hành án',
  'Bản án, quyết định số',
  'Ngày bản án, quyết định',
  'Toà án',
  'Ngày xác định chưa có điều kiện thi hành',
];
type Row = string[];
const HUONG: Row = [
  'Đặng Thị Hương',
  '1980',
  'Khu 3, xã Thanh Ba, tỉnh Phú Thọ',
  'Trả nợ 45.000.000 đồng',
  '12/QĐ-CCTHADS',
  '05/03/2025',
  '08/2024/DS-ST',
  '12/11/2024',
  'Toà án nhân dân huyện Thanh Ba',
  '20/06/2025',
];
const ANH: Row = [
  'Nguyễn Văn Ánh',
  '1975',
  'Tổ 5, phường Nông Trang, tỉnh Phú Thọ',
  'Bồi thường thiệt hại 18.500.000 đồng',
  '27/QĐ-CCTHADS',
  '14/04/2025',
  '15/2024/HS-ST',
  '02/12/2024',
  'Toà án nhân dân thành phố Việt Trì',
  '01/07/2025',
];
const VIET: Row = [
  'Trần Quốc Việt',
  '1968',
  'Thôn Đồng Lạc, xã Yên Lập, tỉnh Phú Thọ',
  'Trả nợ ngân hàng 120.000.000 đồng',
  '31/QĐ-CCTHADS',
  '22/04/2025',
  '03/2025/KDTM-ST',
  '10/01/2025',
  'Toà án nhân dân tỉnh Phú Thọ',
  '15/07/2025',
];
const NAMES = [HUONG[0]!, ANH[0]!, VIET[0]!];

const csvText = (rows: Row[]) =>
  [HEADER, ...rows].map((row) => row.map((cell) => (/[",]/.test(cell) ? `"${cell}"` : cell)).join(',')).join('\r\n');

/** CSV in UTF-8 with a BOM, as Excel's "CSV UTF-8" writes it. */
const utf8Csv = (rows: Row[]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows), 'utf8')]);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/**
 * CSV in Windows-1258, as Excel's plain "CSV" writes it on a Vietnamese Windows: the code page holds the letters with
 * their vowel marks (ă, â, ê, ô, ơ, ư, đ) and the five tones as combining marks, so a toned letter is its base letter
 * followed by its tone.
 */
function windows1258Csv(rows: Row[]): Buffer {
  const text = [...csvText(rows)]
    .map((char) => {
      const parts = char.normalize('NFD');
      const tones = parts.match(TONE_MARKS)?.join('') ?? '';
      return `${parts.replace(TONE_MARKS, '').normalize('NFC')}${tones}`;
    })
    .join('');
  const bytes = iconv.encode(text, 'windows1258');
  // Each character has its byte (none became "?"), and the bytes are not UTF-8: the CMS must read them as 1258.
  expect(iconv.decode(bytes, 'windows1258').normalize('NFC')).toBe(csvText(rows));
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  return bytes;
}

/** An XLSX workbook written with exceljs, as Excel saves one. */
async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An Excel 97–2003 file: what matters is its OLE2 signature (and its name). */
const XLS = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

let unitId = '';
let phuthoEditor = '';
let author = '';
let hanoiEditor = '';

async function account(email: string, role: string, agency: string): Promise<string> {
  await createEditor(email, role);
  const users = await adminApi<{ data: { results: Array<{ id: number; email: string }> } }>(
    'GET',
    `/admin/users?_q=${encodeURIComponent(email)}`,
  );
  const user = users.data.results.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`${email} is not among the admin's users`);
  await adminApi('POST', `/thads-agencies/accounts/${user.id}`, { agency });
  return email;
}

/** The unit's entries in the public API (through the site, as a partner reads them). */
async function publicEntries(): Promise<Array<{ documentId: string; fullName: string; obligation: string }>> {
  const response = await fetch(`${SITE_URL}/api/debtor-entries?agency=phutho&unit=${unitId}&pageSize=100`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Array<{ documentId: string; fullName: string; obligation: string }> })
    .data;
}
const publicNames = async () => (await publicEntries()).map((entry) => entry.fullName).sort();

/** A request to the register's admin routes with the signed-in account's session, from its page. */
async function asAccount(
  page: Page,
  method: string,
  path: string,
  body?: string,
): Promise<{ status: number; message: string }> {
  return page.evaluate(
    async ({ url, method, body }) => {
      const stored = window.localStorage.getItem('jwtToken');
      const cookie = document.cookie.split('; ').find((part) => part.startsWith('jwtToken='));
      const token = stored
        ? (JSON.parse(stored) as string)
        : decodeURIComponent(cookie?.slice('jwtToken='.length) ?? '');
      const response = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
      });
      const answer = (await response.json()) as { error?: { message?: string } };
      return { status: response.status, message: answer.error?.message ?? '' };
    },
    { url: `${CMS_URL}${path}`, method, body },
  );
}

/** Chooses a file for the file field, found by its label as a screen reader finds it. */
async function upload(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByLabel(FILE_LABEL).setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: 'Xem trước' }).press('Enter');
}

beforeAll(async () => {
  // A unit of Phú Thọ, in Vietnamese and English (a unit is published with both), as an administrator makes one.
  const data = { agency: 'phutho', name: UNIT_NAME, kind: 'regional', order: 90 };
  const created = await adminApi<{ data: { documentId: string } }>(
    'POST',
    '/content-manager/collection-types/api::unit.unit?locale=vi',
    data,
  );
  unitId = created.data.documentId;
  await adminApi('PUT', `/content-manager/collection-types/api::unit.unit/${unitId}?locale=en`, {
    ...data,
    name: `Regional enforcement office for the import test ${RUN}`,
  });
  for (const locale of ['en', 'vi'])
    await adminApi(
      'POST',
      `/content-manager/collection-types/api::unit.unit/${unitId}/actions/publish?locale=${locale}`,
      {},
    );
  phuthoEditor = await account(`nhap-danh-sach-phu-tho-${RUN}@thads.example.gov.vn`, 'strapi-editor', 'phutho');
  author = await account(`tac-gia-phu-tho-${RUN}@thads.example.gov.vn`, 'strapi-author', 'phutho');
  hanoiEditor = await account(`bien-tap-ha-noi-${RUN}@thads.example.gov.vn`, 'strapi-editor', 'hanoi');
});

// The unit leaves the public pages with the test: the agencies' pages count Phú Thọ's seeded offices.
afterAll(async () => {
  for (const locale of ['en', 'vi'])
    await adminApi(
      'POST',
      `/content-manager/collection-types/api::unit.unit/${unitId}/actions/unpublish?locale=${locale}`,
      {},
    );
});

describe("a Phú Thọ clerk imports a unit's register in the admin", () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser, { width: 1280 }));
    await signInToAdmin(page, phuthoEditor);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('finds the page in the menu; the page has labelled fields, no axe violation, and works by keyboard', async () => {
    await page.getByRole('link', { name: MENU }).click();
    await page.waitForURL(`**${PAGE_PATH}`);
    // The clerk's pointer leaves the menu (its tooltip would cover the page).
    await page.mouse.move(900, 600);
    await page
      .getByRole('heading', { level: 1, name: 'Danh sách người phải thi hành án chưa có điều kiện thi hành' })
      .waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await axeViolations(page, 'main')).toEqual([]);
    // The unit and the file are reached by their labels.
    const unit = page.getByRole('combobox', { name: UNIT_LABEL });
    await unit.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: UNIT_NAME }).waitFor();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toContain(UNIT_NAME);
    // Only units of Phú Thọ (and the agencies merged into it) are offered.
    expect(options.some((name) => /Hà Nội/.test(name))).toBe(false);
    await page.getByRole('option', { name: UNIT_NAME }).press('Enter');
    await expect.poll(() => unit.textContent()).toContain(UNIT_NAME);
    const file = page.getByLabel(FILE_LABEL);
    expect(await file.getAttribute('type')).toBe('file');
    // Tab from the unit reaches the file field, then the buttons.
    await unit.focus();
    await page.keyboard.press('Tab');
    expect(await file.evaluate((element) => element === document.activeElement)).toBe(true);
    await file.setInputFiles({
      name: 'danh-sach.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await xlsx([HUONG]),
    });
    await page.keyboard.press('Tab');
    const preview = page.getByRole('button', { name: 'Xem trước' });
    expect(await preview.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(/thêm 1, cập nhật 0, giữ nguyên 0, gỡ 0, 0 dòng lỗi/).waitFor();
    expect(await axeViolations(page, 'main')).toEqual([]);
  });

  it('an old .xls is refused with "save it as .xlsx"', async () => {
    await upload(page, 'danh-sach-2025.xls', 'application/vnd.ms-excel', XLS);
    await page.getByText(/lưu thành \.xlsx/).waitFor();
    expect(await page.getByRole('button', { name: 'Xác nhận và công bố' }).count()).toBe(0);
  });

  it('a CSV in UTF-8 with a BOM: each wrong row with its number and its reason in Vietnamese, nothing to confirm', async () => {
    const missingName = [...ANH];
    missingName[0] = '';
    const impossibleDate = [...VIET];
    impossibleDate[5] = '31/02/2025';
    const twice = [...HUONG];
    twice[0] = 'Đặng Thị Hương Giang';
    await upload(page, 'danh-sach-loi.csv', 'text/csv', utf8Csv([HUONG, missingName, impossibleDate, twice]));
    await page.getByText(/Đã đọc 4 dòng \(CSV UTF-8 \(BOM\)\)/).waitFor();
    expect(await page.getByText(/3 dòng lỗi/).count()).toBe(1);
    const errors = await page
      .getByRole('main')
      .getByText(/^Dòng \d+: /)
      .allTextContents();
    expect(errors).toEqual([
      'Dòng 3: thiếu "Họ và tên".',
      'Dòng 4: "Ngày quyết định thi hành án" không phải ngày có thật: "31/02/2025" (ghi dạng dd/MM/yyyy).',
      'Dòng 5: quyết định 12/QĐ-CCTHADS năm 2025 trùng với dòng 2 (mỗi quyết định một dòng).',
    ]);
    expect(await page.getByRole('button', { name: 'Xác nhận và công bố' }).count()).toBe(0);
    expect(await publicNames()).toEqual([]);
  });

  it('an XLSX: the preview says what will be added, nothing is public until the Editor confirms, which publishes', async () => {
    await upload(
      page,
      'danh-sach.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      await xlsx([HUONG, ANH, VIET]),
    );
    await page.getByText('Đã đọc 3 dòng (XLSX): thêm 3, cập nhật 0, giữ nguyên 0, gỡ 0, 0 dòng lỗi.').waitFor();
    // The design system's tables are grids.
    const added = page.getByRole('grid').filter({ has: page.getByRole('gridcell', { name: HUONG[0]!, exact: true }) });
    for (const name of NAMES) expect(await added.getByRole('gridcell', { name, exact: true }).count()).toBe(1);
    expect(await added.getByRole('gridcell', { name: '12/QĐ-CCTHADS (05/03/2025)' }).count()).toBe(1);
    // Previewed, not written.
    expect(await publicNames()).toEqual([]);
    await page.getByRole('button', { name: 'Xác nhận và công bố' }).press('Enter');
    await page.getByText('Đã công bố: thêm 3, cập nhật 0, gỡ 0.').waitFor();
    await expect.poll(publicNames).toEqual([...NAMES].sort());
    const site = await fetch(`${SITE_URL}/phutho/danh-sach-chua-co-dieu-kien-thi-hanh?don-vi=${unitId}`);
    expect(site.status).toBe(200);
    const html = await site.text();
    for (const name of NAMES) expect(html).toContain(name);
  });

  it('a CSV in Windows-1258 without one entry: updated and taken off, with the reason the page asks for; the entry is gone', async () => {
    const [viet] = (await publicEntries()).filter((entry) => entry.fullName === VIET[0]);
    const changed = [...ANH];
    changed[3] = 'Bồi thường thiệt hại 20.000.000 đồng';
    await upload(page, 'danh-sach-1258.csv', 'text/csv', windows1258Csv([HUONG, changed]));
    await page
      .getByText('Đã đọc 2 dòng (CSV Windows-1258): thêm 0, cập nhật 1, giữ nguyên 1, gỡ 1, 0 dòng lỗi.')
      .waitFor();
    const removed = page.getByRole('grid').filter({ has: page.getByRole('gridcell', { name: VIET[0]!, exact: true }) });
    expect(await removed.getByRole('gridcell', { name: '31/QĐ-CCTHADS (22/04/2025)' }).count()).toBe(1);
    const confirm = page.getByRole('button', { name: 'Xác nhận và công bố' });
    // Taking someone off needs the reason.
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByRole('combobox', { name: 'Lý do gỡ những người không còn trong tệp' }).press('Enter');
    await page.getByRole('option', { name: 'Đã thi hành xong', exact: true }).press('Enter');
    await page.getByLabel('Ghi chú (quyết định, căn cứ)').fill('Quyết định số 45/QĐ-CCTHADS ngày 02/08/2025');
    await confirm.press('Enter');
    await page.getByText('Đã công bố: thêm 0, cập nhật 1, gỡ 1.').waitFor();
    await expect.poll(publicNames).toEqual([ANH[0]!, HUONG[0]!].sort());
    const entries = await publicEntries();
    expect(entries.find((entry) => entry.fullName === ANH[0])?.obligation).toBe('Bồi thường thiệt hại 20.000.000 đồng');
    expect(viet).toBeDefined();
    await expect
      .poll(
        async () => (await fetch(`${SITE_URL}/phutho/danh-sach-chua-co-dieu-kien-thi-hanh/${viet!.documentId}`)).status,
      )
      .toBe(404);
    const list = await (await fetch(`${SITE_URL}/phutho/danh-sach-chua-co-dieu-kien-thi-hanh?don-vi=${unitId}`)).text();
    expect(list).not.toContain(VIET[0]);
  });

  it('exports the unit as XLSX and as CSV in UTF-8 with a BOM, the Vietnamese names intact', async () => {
    const expected = [ANH[0]!, HUONG[0]!].sort();
    const [xlsxFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất XLSX' }).press('Enter'),
    ]);
    expect(xlsxFile.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(createReadStream((await xlsxFile.path())!));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toBe('Họ và tên');
    const names: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) names.push(row.getCell(1).text);
    });
    expect(names.sort()).toEqual(expected);
    expect(names.every((name) => name === name.normalize('NFC'))).toBe(true);

    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất CSV' }).press('Enter'),
    ]);
    expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile((await csvFile.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)).trim().split(/\r\n/);
    expect(lines[0]!.split(',')[0]).toBe('Họ và tên');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual(expected);
    expect(lines.join('\n')).not.toContain(VIET[0]);
  });
});

describe('who may not import', () => {
  /** A preview of the unit by the administrator, not confirmed: the token others try to confirm. */
  async function pendingPreview(): Promise<string> {
    const response = await fetch(`${CMS_URL}/thads-records/register/preview?unit=${unitId}&filename=danh-sach.csv`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/octet-stream' },
      body: utf8Csv([HUONG, ANH, VIET]),
    });
    expect(response.status).toBe(200);
    const token = ((await response.json()) as { data: { token: string | null } }).data.token;
    expect(token).toBeTruthy();
    return token!;
  }

  it('an Author of Phú Thọ: no register page in the menu, the page says so, and the CMS refuses a confirmation', async () => {
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, author);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: MENU }).count()).toBe(0);
    await page.goto(`${CMS_URL}${PAGE_PATH}`);
    await page.getByText('Bạn không có quyền truy cập nội dung này').waitFor();
    expect(await page.getByLabel(FILE_LABEL).count()).toBe(0);
    const token = await pendingPreview();
    const refused = await asAccount(page, 'POST', `/thads-records/register/imports/${token}/confirm`, '{}');
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/^Chỉ Biên tập viên xác nhận được việc nhập danh sách/);
    expect(await publicNames()).toEqual([ANH[0]!, HUONG[0]!].sort());
    await page.context().close();
  });

  it("an Editor of Hà Nội: Phú Thọ's units are not offered, its preview and its confirmation are refused", async () => {
    const { page } = await openPage(browser, { width: 1280 });
    await signInToAdmin(page, hanoiEditor);
    await page.goto(`${CMS_URL}${PAGE_PATH}`);
    await page.getByRole('combobox', { name: UNIT_LABEL }).press('Enter');
    await page.waitForLoadState('networkidle');
    const options = await page.getByRole('option').allTextContents();
    expect(options).not.toContain(UNIT_NAME);
    expect(options.some((name) => /Phú Thọ/.test(name))).toBe(false);
    await page.keyboard.press('Escape');
    const preview = await page.evaluate(
      async ({ url, csv }) => {
        const stored = window.localStorage.getItem('jwtToken');
        const cookie = document.cookie.split('; ').find((part) => part.startsWith('jwtToken='));
        const token = stored
          ? (JSON.parse(stored) as string)
          : decodeURIComponent(cookie?.slice('jwtToken='.length) ?? '');
        const response = await fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
          body: new Uint8Array(csv),
        });
        const answer = (await response.json()) as { data?: unknown; error?: { message?: string } };
        return { status: response.status, message: answer.error?.message ?? '', data: answer.data ?? null };
      },
      {
        url: `${CMS_URL}/thads-records/register/preview?unit=${unitId}&filename=danh-sach.csv`,
        csv: [...utf8Csv([HUONG])],
      },
    );
    expect(preview).toEqual({ status: 403, message: expect.stringMatching(/Phú Thọ/), data: null });
    const token = await pendingPreview();
    const confirm = await asAccount(page, 'POST', `/thads-records/register/imports/${token}/confirm`, '{}');
    expect(confirm.status).toBe(403);
    expect(confirm.message).toMatch(/Phú Thọ/);
    const exported = await asAccount(page, 'GET', `/thads-records/register/export?unit=${unitId}&format=csv`);
    expect(exported.status).toBe(403);
    expect(await publicNames()).toEqual([ANH[0]!, HUONG[0]!].sort());
    await page.context().close();
  });
});
