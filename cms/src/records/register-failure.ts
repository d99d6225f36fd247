/**
 * A failure while the register is read or written, told without what the failing statement carried. A database
 * driver's error holds the statement and, through knex, its values (a whole multi-row INSERT of names and addresses);
 * the database's own message may quote a value too ("invalid input syntax …: «…»", "Failing row contains (…)"). What
 * is kept: the error's class and code (`SqliteError SQLITE_CONSTRAINT_TRIGGER`, `DatabaseError 23505`), the step, and
 * the rows of the file being written when it failed.
 */

export type Lines = { first: number; last: number };
export type RegisterStep = 'preview' | 'confirm' | 'export';

const STEP: Record<RegisterStep, string> = {
  preview: 'khi xem trước tệp: chưa có gì được ghi',
  confirm: 'khi ghi danh sách: danh sách giữ nguyên như trước khi nhập, chưa có thay đổi nào được ghi',
  export: 'khi xuất danh sách',
};
const ENGLISH: Record<RegisterStep, string> = {
  preview: 'the preview failed; nothing was written',
  confirm: 'the import failed; nothing was written',
  export: 'the export failed',
};

/** The kind of an error, from its class name and code only (never its message). */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return 'lỗi không rõ loại';
  const name = /^[A-Za-z][A-Za-z0-9]{0,40}$/.test(error.constructor.name) ? error.constructor.name : 'Error';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code) ? `${name} ${code}` : name;
}

/** Where in the file the write was: one row or a range of rows, as the clerk numbers them (the header is row 1). */
const where = (lines: Lines | null) =>
  lines === null
    ? ''
    : lines.first === lines.last
      ? ` ở dòng ${lines.first} của tệp`
      : ` ở một trong các dòng ${lines.first}–${lines.last} của tệp`;

/** Answered 500 with its message, and logged as such: it holds no SQL, no value and no cause. */
export class RegisterFailure extends Error {
  readonly kind: string;
  /** Where the failing call came from: the original error's frames, without its message. */
  readonly frames: string;
  constructor(step: RegisterStep, error: unknown, lines: Lines | null = null) {
    const kind = errorKind(error);
    super(
      `Lỗi cơ sở dữ liệu (${kind})${where(lines)} ${STEP[step]}. Hãy thử lại sau; nếu vẫn lỗi, báo quản trị hệ thống (${ENGLISH[step]})`,
    );
    this.name = 'RegisterFailure';
    this.kind = kind;
    this.frames = framesOf(error);
  }
}

/** An error's stack frames without its first line (which repeats the message, and with it the statement). */
export const framesOf = (error: unknown): string =>
  error instanceof Error && typeof error.stack === 'string'
    ? error.stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n')
    : '';
