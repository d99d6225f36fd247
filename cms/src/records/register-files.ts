import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { fold } from '@thads/vietnamese';

/**
 * Reading and writing the register as units keep it today: XLSX (exceljs) and CSV, in UTF-8 with or without a BOM or
 * in Windows-1258 (what Excel's plain "CSV" writes on a Vietnamese Windows). Everything else is refused with a reason a
 * clerk can act on.
 */

/** A file that cannot be read as a register: answered 400 with this message. */
export class UnreadableFile extends Error {}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;

/** The register's columns, in the order of an export (which an import reads back unchanged). */
export const COLUMNS = [
  {
    field: 'fullName',
    header: 'Họ và tên',
    aliases: ['ho ten', 'ten nguoi phai thi hanh an', 'nguoi phai thi hanh an'],
  },
  { field: 'birthYear', header: 'Năm sinh', aliases: [] },
  { field: 'address', header: 'Địa chỉ', aliases: ['dia chi cu tru', 'noi cu tru'] },
  { field: 'obligation', header: 'Nghĩa vụ phải thi hành', aliases: ['nghia vu', 'nghia vu thi hanh an'] },
  {
    field: 'decisionNumber',
    header: 'Số quyết định thi hành án',
    aliases: ['so quyet dinh', 'so qd tha', 'so qd thi hanh an', 'quyet dinh thi hanh an so'],
  },
  {
    field: 'decisionDate',
    header: 'Ngày quyết định thi hành án',
    aliases: ['ngay quyet dinh', 'ngay qd tha', 'ngay qd thi hanh an'],
  },
  {
    field: 'judgmentNumber',
    header: 'Bản án, quyết định số',
    aliases: ['so ban an', 'ban an so', 'ban an quyet dinh so'],
  },
  { field: 'judgmentDate', header: 'Ngày bản án, quyết định', aliases: ['ngay ban an'] },
  { field: 'court', header: 'Toà án', aliases: ['toa an xu', 'co quan ra ban an'] },
  {
    field: 'noConditionsOn',
    header: 'Ngày xác định chưa có điều kiện thi hành',
    aliases: [
      'ngay xac dinh chua co dieu kien',
      'ngay quyet dinh chua co dieu kien thi hanh',
      'ngay qd chua co dieu kien',
      'ngay chua co dieu kien thi hanh',
    ],
  },
] as const;
export type ColumnField = (typeof COLUMNS)[number]['field'];
export const REQUIRED_COLUMNS: readonly ColumnField[] = [
  'fullName',
  'obligation',
  'decisionNumber',
  'decisionDate',
  'noConditionsOn',
];
/** A row as read: each cell as text (dates as dd/MM/yyyy or yyyy-mm-dd), by field. */
export type SheetRow = { line: number; cells: Partial<Record<ColumnField, string>> };
export type Sheet = { rows: SheetRow[]; encoding: string };

const headerKey = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const FIELD_BY_HEADER = new Map<string, ColumnField>(
  COLUMNS.flatMap((column) => [headerKey(column.header), ...column.aliases].map((key) => [key, column.field])),
);

// ---- the kind of file ----
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Letters of Vietnamese, in NFC: the base letters with each of the five tone marks, both cases. */
const VIETNAMESE_LETTERS = (() => {
  const bases = 'aăâeêioôơuưy';
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const letters = new Set<string>(['đ', 'Đ']);
  for (const base of bases)
    for (const tone of tones) {
      const letter = `${base}${tone}`.normalize('NFC');
      letters.add(letter);
      letters.add(letter.toUpperCase());
    }
  return letters;
})();
/** What a register in Vietnamese may hold besides ASCII and Vietnamese letters: typographic punctuation. */
const PUNCTUATION = new Set([...'–—‘’“”…•№°·«»']);

/** The first character no Vietnamese register would hold (a sign the bytes were another encoding), or null. */
function foreignCharacter(text: string): string | null {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0xfeff) continue;
    if ((code >= 0x20 && code < 0x7f) || char === '\t' || char === '\r' || char === '\n') continue;
    if (VIETNAMESE_LETTERS.has(char) || PUNCTUATION.has(char) || char === '\u00a0') continue;
    return char;
  }
  return null;
}

/** The text of a CSV file: UTF-8 (with or without a BOM) or Windows-1258; anything else refused, with why. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    throw new UnreadableFile(
      'Tệp CSV dạng Unicode (UTF-16) không đọc được: trong Excel chọn Lưu thành "CSV UTF-8 (phân tách bằng dấu phẩy)" (UTF-16 is not accepted)',
    );
  if (bytes.includes(0))
    throw new UnreadableFile(
      'Tệp này không phải bảng tính (có byte 0): hãy chọn tệp .xlsx hoặc .csv (not a spreadsheet)',
    );
  let text: string;
  let encoding: string;
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'UTF-8 (BOM)';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'UTF-8';
    } catch {
      text = iconv.decode(bytes, 'windows1258');
      encoding = 'Windows-1258';
    }
  }
  text = text.normalize('NFC');
  const foreign = foreignCharacter(text);
  if (foreign)
    throw new UnreadableFile(
      `Không nhận ra bảng mã của tệp CSV (gặp ký tự "${foreign}" khi đọc theo ${encoding}; có thể là TCVN3 hay VNI): hãy mở bằng Excel và lưu thành "CSV UTF-8" hoặc .xlsx (only UTF-8 or Windows-1258 CSV files are read)`,
    );
  return { text, encoding };
}

/** RFC 4180 fields, with the separator Excel used (a comma, or a semicolon where it is the list separator). */
function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (separator: string) => firstLine.split(separator).length - 1;
  const separator = [',', ';', '\t'].reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
    if (rows.length > MAX_IMPORT_ROWS + 1) break;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A cell of XLSX as text: dates as yyyy-mm-dd (Excel keeps them as dates), numbers as written. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'ignore',
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        rows.push(values);
        if (rows.length > MAX_IMPORT_ROWS + 1) break;
      }
      // The register is the first sheet.
      break;
    }
  } catch (error) {
    throw new UnreadableFile(
      `Không đọc được tệp Excel (.xlsx): ${error instanceof Error ? error.message.slice(0, 200) : String(error)}. Hãy mở bằng Excel, lưu lại rồi thử lại (the XLSX file could not be read)`,
    );
  }
  return rows;
}

/** The rows of a register file, by column, with their line numbers in the file (the header is line 1). */
export async function readRegisterFile(bytes: Buffer, filename: string): Promise<Sheet> {
  if (bytes.length === 0) throw new UnreadableFile('Tệp trống (the file is empty)');
  if (bytes.subarray(0, 8).equals(OLE2) || /\.xls$/i.test(filename))
    throw new UnreadableFile(
      'Tệp .xls (Excel 97–2003) không đọc được: hãy mở bằng Excel và lưu thành .xlsx (Excel Workbook), rồi nhập lại (save it as .xlsx)',
    );
  const isZip = bytes.subarray(0, 4).equals(ZIP);
  if (!isZip && /\.xlsx$/i.test(filename))
    throw new UnreadableFile('Tệp có đuôi .xlsx nhưng không phải bảng tính Excel (not an XLSX file)');
  let table: string[][];
  let encoding: string;
  if (isZip) {
    table = await readXlsx(bytes);
    encoding = 'XLSX';
  } else {
    const decoded = decodeCsv(bytes);
    table = parseCsv(decoded.text);
    encoding = `CSV ${decoded.encoding}`;
  }
  const headerIndex = table.findIndex((row) => row.some((cell) => FIELD_BY_HEADER.has(headerKey(cell))));
  if (headerIndex === -1)
    throw new UnreadableFile(
      `Không thấy dòng tiêu đề: dòng đầu của bảng cần có các cột ${REQUIRED_COLUMNS.map((field) => `"${COLUMNS.find((column) => column.field === field)!.header}"`).join(', ')} (no header row)`,
    );
  const header = table[headerIndex]!.map((cell) => FIELD_BY_HEADER.get(headerKey(cell)));
  const missing = REQUIRED_COLUMNS.filter((field) => !header.includes(field));
  if (missing.length > 0)
    throw new UnreadableFile(
      `Thiếu cột ${missing.map((field) => `"${COLUMNS.find((column) => column.field === field)!.header}"`).join(', ')} (missing columns)`,
    );
  const rows: SheetRow[] = [];
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const cells: SheetRow['cells'] = {};
    table[index]!.forEach((value, column) => {
      const field = header[column];
      if (field && value.trim() !== '') cells[field] = value.trim().normalize('NFC');
    });
    if (Object.keys(cells).length === 0) continue;
    rows.push({ line: index + 1, cells });
  }
  if (rows.length > MAX_IMPORT_ROWS)
    throw new UnreadableFile(
      `Tệp có hơn ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng: hãy chia thành nhiều tệp (at most ${MAX_IMPORT_ROWS} rows)`,
    );
  return { rows, encoding };
}

// ---- writing ----
export type ExportRow = Partial<Record<ColumnField, string | number | null>>;

const dayMonthYear = (value: string | number | null | undefined): string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value))
    return value === null || value === undefined ? '' : String(value);
  const [year, month, day] = value.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
};
const DATE_FIELDS = new Set<ColumnField>(['decisionDate', 'judgmentDate', 'noConditionsOn']);
const textOf = (field: ColumnField, value: ExportRow[ColumnField]) =>
  DATE_FIELDS.has(field) ? dayMonthYear(value) : value === null || value === undefined ? '' : String(value);

/** A cell that a spreadsheet would read as a formula (=, +, -, @) is written as text. */
const safeCell = (text: string) => (/^[=+\-@]/u.test(text) ? `'${text}` : text);

/** CSV in UTF-8 with a BOM (so Excel reads the Vietnamese), comma-separated, every field quoted where needed. */
export function registerCsv(rows: ExportRow[]): Buffer {
  const line = (cells: string[]) =>
    cells.map((cell) => (/[",\r\n;]/u.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
  const lines = [
    line(COLUMNS.map((column) => column.header)),
    ...rows.map((row) => line(COLUMNS.map((column) => safeCell(textOf(column.field, row[column.field]))))),
  ];
  return Buffer.concat([UTF8_BOM, Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

/** XLSX with the same columns (dates as dd/MM/yyyy text, as clerks type them). */
export async function registerXlsx(rows: ExportRow[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/*?:[\]]/g, ' ') || 'Danh sách');
  sheet.columns = COLUMNS.map((column) => ({ header: column.header, key: column.field, width: 24 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows)
    sheet.addRow(Object.fromEntries(COLUMNS.map((column) => [column.field, textOf(column.field, row[column.field])])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
