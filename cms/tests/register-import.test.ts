import { inspect } from 'node:util';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, signedInAdmin } from './support/admin';
import { publishedUnit, startSeededCms, type TestCms } from './support/strapi';

// Issue 20: a unit's register imported from a spreadsheet (XLSX, CSV in UTF-8 with or without a BOM, Windows-1258):
// a preview, row-level errors in Vietnamese, nothing written until an Editor confirms, the whole import in one
// transaction (a failure in the middle leaves the register as it was), 100,000 rows; the export read back unchanged.

const REGISTER = 'api::debtor-entry.debtor-entry';
const HEADER =
  'STT,Họ và tên,Năm sinh,Địa chỉ,Nghĩa vụ phải thi hành,Số quyết định thi hành án,Ngày quyết định thi hành án,Ngày xác định chưa có điều kiện thi hành';
let cms: TestCms;
let editor = '';
let author = '';
let unit = '';
let otherUnit = '';

type Preview = {
  token: string | null;
  encoding: string;
  rows: number;
  counts: { create: number; update: number; unchanged: number; remove: number; errors: number };
  errors: Array<{ line: number; message: string }>;
  samples: Record<'create' | 'update' | 'remove', Array<{ fullName: string | null; decisionNumber: string }>>;
};
type Answer<T> = { data: T; error?: { message: string } };

const row = (index: number, name = `Người Mẫu Số ${index}`, date = '04/03/2024') =>
  `${index},${name},1970,"Xã Thanh Ba, tỉnh Phú Thọ",Trả nợ ${index}.000.000 đồng,${index}/QĐ-THADS,${date},02/05/2025`;
const csv = (rows: string[], bom = true) =>
  Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from([HEADER, ...rows].join('\r\n'))]);

async function preview(token: string, file: Buffer, name = 'danh-sach.csv', forUnit = unit) {
  const response = await fetch(
    `${cms.baseUrl}/thads-records/register/preview?unit=${forUnit}&filename=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: file,
    },
  );
  return { status: response.status, body: (await response.json()) as Answer<Preview> };
}
async function confirm(token: string, previewToken: string, body: Record<string, unknown> = {}) {
  const response = await adminRequest(
    cms,
    token,
    'POST',
    `/thads-records/register/imports/${previewToken}/confirm`,
    body,
  );
  return { status: response.status, body: (await response.json()) as Answer<{ counts: Preview['counts'] }> };
}
/** The published entries of the test's unit (the seeded sample entries belong to another). */
const published = () =>
  cms.strapi.db
    .query(REGISTER)
    .count({ where: { publishedAt: { $notNull: true }, unit: { documentId: unit } } }) as Promise<number>;
const audits = () => cms.strapi.db.query('api::audit-entry.audit-entry').count({ where: { targetUid: REGISTER } });

type Writable = { write: (...args: never[]) => boolean };
/**
 * Everything written while `during` runs: the process's stdout and stderr, the console's (Vitest gives it streams of
 * its own, which Strapi's logger writes to) and whatever reaches Strapi's logger, its errors inspected whole.
 */
async function captured<T>(during: () => Promise<T>): Promise<{ result: T; output: string }> {
  const chunks: string[] = [];
  const restores: Array<() => void> = [];
  const streams = new Set<Writable>([process.stdout, process.stderr]);
  for (const name of ['_stdout', '_stderr'] as const) {
    const stream = (console as unknown as Record<string, Writable | undefined>)[name];
    if (stream) streams.add(stream);
  }
  for (const stream of streams) {
    const write = stream.write;
    stream.write = ((chunk: unknown, ...rest: never[]) => {
      chunks.push(String(chunk));
      return write.call(stream, chunk as never, ...rest);
    }) as Writable['write'];
    restores.push(() => (stream.write = write));
  }
  const log = cms.strapi.log as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const level of ['error', 'warn', 'info', 'http', 'debug', 'log']) {
    const method = log[level]!;
    log[level] = (...args: unknown[]) => {
      chunks.push(inspect(args, { depth: 6 }));
      return method.apply(cms.strapi.log, args);
    };
    restores.push(() => (log[level] = method));
  }
  try {
    const result = await during();
    return { result, output: chunks.join('\n') };
  } finally {
    for (const restore of restores) restore();
  }
}

beforeAll(async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  cms = await startSeededCms(0);
  for (const [agency, name, english] of [
    ['phutho', 'Phòng Thi hành án dân sự khu vực 3', 'Civil Judgment Enforcement Office, Region 3'],
    ['hanoi', 'Phòng Thi hành án dân sự khu vực Hà Nội', 'Civil Judgment Enforcement Office, Hà Nội region'],
  ] as const) {
    const created = await publishedUnit(cms, { agency, name, kind: 'regional' }, english);
    if (agency === 'phutho') unit = created.documentId;
    else otherUnit = created.documentId;
  }
  editor = await signedInAdmin(cms, 'strapi-editor', 'nhap@phutho.example.gov.vn', { agency: 'phutho' });
  author = await signedInAdmin(cms, 'strapi-author', 'tac-gia@phutho.example.gov.vn', { agency: 'phutho' });
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.RATE_LIMIT_ENABLED;
});

describe('importing a unit’s register', () => {
  it('previews, writes nothing, and publishes what an Editor confirms', async () => {
    const first = await preview(editor, csv([row(1), row(2), row(3)]));
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ encoding: 'CSV UTF-8 (BOM)', rows: 3 });
    expect(first.body.data.counts).toMatchObject({ create: 3, update: 0, remove: 0, errors: 0 });
    expect(await published()).toBe(0);
    expect((await confirm(author, first.body.data.token!)).status).toBe(403);
    const done = await confirm(editor, first.body.data.token!);
    expect(done.status).toBe(200);
    expect(await published()).toBe(3);
    const listed = (await (await fetch(`${cms.baseUrl}/api/debtor-entries?q=nguoi%20mau%20so%202`)).json()) as {
      data: Array<{ fullName: string; unit: { name: string } }>;
    };
    expect(listed.data.map((entry) => [entry.fullName, entry.unit.name])).toEqual([
      ['Người Mẫu Số 2', 'Phòng Thi hành án dân sự khu vực 3'],
    ]);
    // The same preview is not confirmed twice.
    expect((await confirm(editor, first.body.data.token!)).status).toBe(404);
  });

  it('updates, adds and takes off (with a reason) as the file says, and audits each without the name', async () => {
    const before = await audits();
    const file = csv([row(1), row(2, 'Người Mẫu Đã Đổi Tên'), row(4)], false);
    const second = await preview(editor, file);
    expect(second.body.data).toMatchObject({ encoding: 'CSV UTF-8' });
    expect(second.body.data.counts).toMatchObject({ create: 1, update: 1, unchanged: 1, remove: 1 });
    // The Editor sees whom the import takes off (the audit below keeps only the decision).
    expect(second.body.data.samples.remove).toEqual([
      { line: null, fullName: 'Người Mẫu Số 3', decisionNumber: '3/QĐ-THADS', decisionDate: '2024-03-04' },
    ]);
    const noReason = await confirm(editor, second.body.data.token!);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error?.message).toContain('lý do gỡ');
    expect((await confirm(editor, second.body.data.token!, { reason: 'paid', note: 'Đã nộp đủ' })).status).toBe(200);
    expect(await published()).toBe(3);
    const gone = await fetch(`${cms.baseUrl}/api/debtor-entries?q=3%2Fqd-thads`);
    expect(((await gone.json()) as { data: unknown[] }).data).toEqual([]);
    const entries = (await cms.strapi.db.query('api::audit-entry.audit-entry').findMany({
      where: { targetUid: REGISTER },
      orderBy: { id: 'asc' },
    })) as Array<{ action: string; details: Record<string, unknown> }>;
    expect(entries.length - before).toBe(4);
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['register.remove', 'register.import']),
    );
    expect(entries.find((entry) => entry.action === 'register.remove')?.details).toMatchObject({
      decisionNumber: '3/QĐ-THADS',
      reason: 'paid',
    });
    expect(JSON.stringify(entries)).not.toContain('Người Mẫu');
  });

  it('lists row errors in Vietnamese for a bad row in the middle, and writes nothing', async () => {
    const before = await published();
    const rows = Array.from({ length: 40 }, (_, index) => row(100 + index));
    rows[19] = row(119, '', '31/02/2024');
    rows[25] = row(101);
    const { status, body } = await preview(editor, csv(rows));
    expect(status).toBe(200);
    expect(body.data.token).toBeNull();
    expect(body.data.errors.map((error) => error.message)).toEqual([
      'Dòng 21: thiếu "Họ và tên"; "Ngày quyết định thi hành án" không phải ngày có thật: "31/02/2024" (ghi dạng dd/MM/yyyy).',
      'Dòng 27: quyết định 101/QĐ-THADS năm 2024 trùng với dòng 3 (mỗi quyết định một dòng).',
    ]);
    expect(await published()).toBe(before);
  });

  it('reads Windows-1258 CSV and XLSX, and refuses .xls, UTF-16 and unknown encodings with the reason', async () => {
    // As Excel writes it: letters with a circumflex, breve or horn precomposed, tone marks combining.
    const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
    const excel1258 = (text: string) =>
      [...text.normalize('NFC')]
        .map((letter) => {
          const parts = letter.normalize('NFD');
          return `${parts.replace(tones, '').normalize('NFC')}${parts.match(tones)?.join('') ?? ''}`;
        })
        .join('');
    const windows = iconv.encode(
      excel1258([HEADER, row(1), row(2, 'Người Mẫu Đã Đổi Tên'), row(4)].join('\r\n')),
      'windows1258',
    );
    expect(windows.includes(0x3f)).toBe(false);
    const read = await preview(editor, windows);
    expect(read.body.error).toBeUndefined();
    expect(read.body.data).toMatchObject({ encoding: 'CSV Windows-1258' });
    expect(read.body.data.counts).toMatchObject({ unchanged: 3, create: 0, update: 0, remove: 0 });

    const exported = await adminRequest(cms, editor, 'GET', `/thads-records/register/export?unit=${unit}&format=xlsx`);
    expect(exported.status).toBe(200);
    const xlsx = Buffer.from(await exported.arrayBuffer());
    const again = await preview(editor, xlsx, 'xuat.xlsx');
    expect(again.body.data).toMatchObject({ encoding: 'XLSX' });
    expect(again.body.data.counts).toMatchObject({ unchanged: 3, create: 0, update: 0, remove: 0, errors: 0 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as never);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('Họ và tên');

    const csvExport = Buffer.from(
      await (
        await adminRequest(cms, editor, 'GET', `/thads-records/register/export?unit=${unit}&format=csv`)
      ).arrayBuffer(),
    );
    expect([...csvExport.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvExport.toString('utf8')).toContain('Người Mẫu Đã Đổi Tên');

    const refusals: Array<[Buffer, string, string]> = [
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cu.xls', 'lưu thành .xlsx'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, 'utf16le')]), 'a.csv', 'UTF-16'],
      [
        Buffer.from(`${HEADER}\r\n1,Nguy\u00d4n V\u00a8n A,1970,x,y,1/QĐ,04/03/2024,02/05/2025`, 'latin1'),
        'tcvn3.csv',
        'bảng mã',
      ],
      [Buffer.from('%PDF-1.7 \u0000binary'), 'a.pdf', 'không phải bảng tính'],
      [Buffer.from('Tên,Tuổi\r\nA,1'), 'b.csv', 'tiêu đề'],
    ];
    for (const [file, name, reason] of refusals) {
      const refused = await preview(editor, file, name);
      expect(refused.status, name).toBe(400);
      expect(refused.body.error?.message, name).toContain(reason);
    }
  });

  it('refuses another agency’s unit and accounts that may not import', async () => {
    expect((await preview(editor, csv([row(1)]), 'a.csv', otherUnit)).status).toBe(403);
    expect((await preview(author, csv([row(1)]))).status).toBe(403);
  });

  it('leaves the register as it was when the database fails in the middle, and says so without a name or address', async () => {
    const isPostgres = cms.strapi.db.dialect.client === 'postgres';
    const knex = cms.strapi.db.connection;
    if (isPostgres) {
      await knex.raw(`CREATE OR REPLACE FUNCTION thads_test_failure() RETURNS trigger AS $$
        BEGIN IF NEW.full_name = 'Lỗi Giả Lập' THEN RAISE EXCEPTION 'hỏng giữa chừng'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await knex.raw(
        'CREATE TRIGGER thads_test_failure BEFORE INSERT ON debtor_entries FOR EACH ROW EXECUTE FUNCTION thads_test_failure()',
      );
    } else
      await knex.raw(`CREATE TRIGGER thads_test_failure BEFORE INSERT ON debtor_entries WHEN NEW.full_name = 'Lỗi Giả Lập'
        BEGIN SELECT RAISE(ABORT, 'hỏng giữa chừng'); END`);
    try {
      const rows = Array.from({ length: 10_000 }, (_, index) => row(1000 + index));
      rows[8_999] = row(9999, 'Lỗi Giả Lập');
      const [before, auditedBefore] = [await published(), await audits()];
      const ready = await preview(editor, csv([row(1), row(2, 'Người Mẫu Đã Đổi Tên'), row(4), ...rows]));
      expect(ready.body.data.counts).toMatchObject({ create: 10_000, errors: 0 });
      const { result: failed, output } = await captured(() => confirm(editor, ready.body.data.token!));
      expect(failed.status).toBe(500);
      expect([await published(), await audits()]).toEqual([before, auditedBefore]);
      expect(await cms.strapi.db.query(REGISTER).count({ where: { fullName: 'Người Mẫu Số 1500' } })).toBe(0);

      // Neither the log nor the answer holds the statement, a name or an address of the file, in any spelling.
      const said = `${output}\n${JSON.stringify(failed.body)}`.toLowerCase();
      for (const personal of ['người mẫu', 'nguoi mau', 'lỗi giả lập', 'loi gia lap', 'thanh ba', 'hỏng giữa chừng'])
        expect(said).not.toContain(personal);
      expect(said).not.toMatch(/insert into|debtor_entries|union all/);
      // The failure was logged (the capture works).
      expect(output).toContain('[register confirm] Lỗi cơ sở dữ liệu');
      // The clerk reads what failed and where (the failing row is line 9,004: the header, three rows, then 9,000).
      const message = failed.body.error?.message ?? '';
      expect(message).toContain('Lỗi cơ sở dữ liệu');
      expect(message).toContain(isPostgres ? 'P0001' : 'SQLITE_CONSTRAINT_TRIGGER');
      expect(message).toContain('chưa có thay đổi nào được ghi');
      const [first, last] = (/dòng (\d+)(?:–(\d+))?/.exec(message) ?? []).slice(1).map(Number);
      expect(first).toBeLessThanOrEqual(9_004);
      expect(last || first).toBeGreaterThanOrEqual(9_004);
    } finally {
      await knex.raw('DROP TRIGGER IF EXISTS thads_test_failure' + (isPostgres ? ' ON debtor_entries' : ''));
    }
  });

  it('imports 100,000 rows in one confirmed transaction', async () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => row(200_000 + index));
    const file = csv(rows);
    const started = performance.now();
    const ready = await preview(editor, file, 'ca-nuoc.csv');
    const previewed = performance.now();
    expect(ready.body.data.counts).toMatchObject({ create: 100_000, errors: 0, remove: 3 });
    expect((await confirm(editor, ready.body.data.token!, { reason: 'case-ended' })).status).toBe(200);
    const confirmed = performance.now();
    console.log(
      `[register import] ${cms.strapi.db.dialect.client}: 100,000 rows (${(file.length / 1024 / 1024).toFixed(1)} MB), preview ${((previewed - started) / 1000).toFixed(1)} s, confirm ${((confirmed - previewed) / 1000).toFixed(1)} s`,
    );
    expect(await published()).toBe(100_000);
  }, 300_000);
});
