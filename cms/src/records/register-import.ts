import { randomBytes } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { DEBTOR_ENTRY } from '../audience/guard';
import { contentChanged } from '../cache/invalidation';
import { AUDIT_UID } from '../history/audit';
import type { Actor } from '../history/actor';
import { nameKey, numberKey } from './keys';
import { COLUMNS, type ColumnField, type ExportRow, type SheetRow } from './register-files';
import { vietnamToday } from './record-writes';
import { RegisterFailure, type Lines } from './register-failure';

/**
 * Importing one unit's register from a spreadsheet: a preview of what would be created, updated and taken off (an
 * entry of the unit absent from the file), row-level errors in Vietnamese, and nothing written until an Editor confirms;
 * confirming publishes (as the law asks) in one transaction with its audit entries, so a failure anywhere leaves the
 * register as it was. An entry is identified by its enforcement decision's number, year and issuing unit.
 */

const IMPORTS_TABLE = 'thads_register_imports';
/** A preview can be confirmed for this long. */
const PREVIEW_LIFETIME_MS = 24 * 3600_000;
/** Entries per statement of the removals (a list of ids in the statement). */
const BATCH = 200;
/**
 * Values per multi-row INSERT: under SQLite's 32,766 bound variables (PostgreSQL takes 65,535), so about 1,400 rows of
 * the register's 21 columns in one statement.
 */
const VALUES_PER_STATEMENT = 30_000;
const ROWS_PER_STATEMENT = 1_400;
/** SQLite's page cache while an import writes (negative: KiB). */
const IMPORT_CACHE_KIB = -131_072;
const ERRORS_SHOWN = 500;
const SAMPLES_SHOWN = 20;

/** An entry as the register stores it (without agency, unit and bookkeeping). */
export type EntryValues = {
  fullName: string;
  birthYear: number | null;
  address: string | null;
  obligation: string;
  decisionNumber: string;
  decisionDate: string;
  judgmentNumber: string | null;
  judgmentDate: string | null;
  court: string | null;
  noConditionsOn: string;
};
const COMPARED: Array<keyof EntryValues> = [
  'fullName',
  'birthYear',
  'address',
  'obligation',
  'decisionNumber',
  'decisionDate',
  'judgmentNumber',
  'judgmentDate',
  'court',
  'noConditionsOn',
];
export type RowError = { line: number; message: string };
export type Unit = { id: number; documentId: string; name: string; agency: string };

/** The identity of an entry within a unit: its decision's number (in any spelling) and year. */
const keyOf = (decisionNumber: string, decisionDate: string) =>
  `${numberKey(decisionNumber)}|${decisionDate.slice(0, 4)}`;

/** A day written as clerks write it (dd/MM/yyyy, d-M-yyyy, dd.MM.yyyy) or as ISO, if it exists; else null. */
export function parseDay(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match
    ? [Number(match[3]), Number(match[2]), Number(match[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const LABEL = Object.fromEntries(COLUMNS.map((column) => [column.field, column.header])) as Record<ColumnField, string>;

/** The entries of a file, or the reason each wrong row is wrong (its line in the file, in Vietnamese). */
export function validateRows(rows: SheetRow[]): { entries: Array<EntryValues & { line: number }>; errors: RowError[] } {
  const entries: Array<EntryValues & { line: number }> = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const problems: string[] = [];
    const required = (field: ColumnField) => {
      const value = cells[field];
      if (!value) problems.push(`thiếu "${LABEL[field]}"`);
      return value ?? '';
    };
    const day = (field: ColumnField, needed: boolean) => {
      const value = cells[field];
      if (!value) {
        if (needed) problems.push(`thiếu "${LABEL[field]}"`);
        return null;
      }
      const parsed = parseDay(value);
      if (!parsed) problems.push(`"${LABEL[field]}" không phải ngày có thật: "${value}" (ghi dạng dd/MM/yyyy)`);
      return parsed;
    };
    const fullName = required('fullName');
    const obligation = required('obligation');
    const decisionNumber = required('decisionNumber');
    const decisionDate = day('decisionDate', true);
    const noConditionsOn = day('noConditionsOn', true);
    const judgmentDate = day('judgmentDate', false);
    let birthYear: number | null = null;
    if (cells.birthYear) {
      birthYear = /^\d{4}$/.test(cells.birthYear) ? Number(cells.birthYear) : NaN;
      if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > new Date().getUTCFullYear())
        problems.push(`"Năm sinh" không hợp lệ: "${cells.birthYear}" (bốn chữ số, ví dụ 1975)`);
    }
    for (const [field, max] of [
      ['fullName', 200],
      ['address', 500],
      ['obligation', 2000],
      ['decisionNumber', 100],
      ['judgmentNumber', 100],
      ['court', 300],
    ] as Array<[ColumnField, number]>)
      if ((cells[field]?.length ?? 0) > max) problems.push(`"${LABEL[field]}" dài quá ${max} ký tự`);
    if (decisionNumber && decisionDate) {
      const key = keyOf(decisionNumber, decisionDate);
      const first = seen.get(key);
      if (first !== undefined)
        problems.push(
          `quyết định ${decisionNumber} năm ${decisionDate.slice(0, 4)} trùng với dòng ${first} (mỗi quyết định một dòng)`,
        );
      else seen.set(key, line);
    }
    if (problems.length > 0) {
      errors.push({ line, message: `Dòng ${line}: ${problems.join('; ')}.` });
      continue;
    }
    entries.push({
      line,
      fullName,
      birthYear,
      address: cells.address ?? null,
      obligation,
      decisionNumber,
      decisionDate: decisionDate!,
      judgmentNumber: cells.judgmentNumber ?? null,
      judgmentDate,
      court: cells.court ?? null,
      noConditionsOn: noConditionsOn!,
    });
  }
  return { entries, errors };
}

type Existing = EntryValues & { documentId: string; published: boolean };

/** The unit's entries now (their drafts hold what the register says), and which are published. */
async function existingEntries(strapi: Core.Strapi, unit: Unit): Promise<Map<string, Existing>> {
  const rows = (await strapi.db.query(DEBTOR_ENTRY).findMany({
    where: { unit: { id: unit.id } },
    select: ['documentId', 'publishedAt', ...COMPARED],
  })) as Array<EntryValues & { documentId: string; publishedAt: string | null }>;
  const byDocument = new Map<string, Existing>();
  for (const row of rows) {
    const current = byDocument.get(row.documentId);
    const published = Boolean(row.publishedAt) || Boolean(current?.published);
    // The draft row's values, whichever row came first.
    byDocument.set(row.documentId, row.publishedAt && current ? { ...current, published } : { ...row, published });
  }
  const byKey = new Map<string, Existing>();
  for (const entry of byDocument.values())
    byKey.set(keyOf(entry.decisionNumber, String(entry.decisionDate).slice(0, 10)), entry);
  return byKey;
}

const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || String(a ?? '').slice(0, 10) === String(b ?? '').slice(0, 10);
const differs = (entry: EntryValues, existing: EntryValues) =>
  COMPARED.some((field) =>
    field.endsWith('Date') || field === 'noConditionsOn'
      ? !same(entry[field], existing[field])
      : (entry[field] ?? null) !== (existing[field] ?? null),
  );

export type ImportPlan = {
  create: Array<EntryValues & { line: number }>;
  /** Taken off before and in the file again: published again, with the file's values. */
  republish: Array<EntryValues & { line: number; documentId: string }>;
  update: Array<EntryValues & { line: number; documentId: string }>;
  unchanged: number;
  /** With the name, for the Editor's preview only (the audit keeps the decision, never the name). */
  remove: Array<{ documentId: string; fullName: string; decisionNumber: string; decisionDate: string }>;
};

export async function planImport(
  strapi: Core.Strapi,
  unit: Unit,
  entries: Array<EntryValues & { line: number }>,
): Promise<ImportPlan> {
  const existing = await existingEntries(strapi, unit);
  const plan: ImportPlan = { create: [], republish: [], update: [], unchanged: 0, remove: [] };
  const inFile = new Set<string>();
  for (const entry of entries) {
    const key = keyOf(entry.decisionNumber, entry.decisionDate);
    inFile.add(key);
    const found = existing.get(key);
    if (!found) plan.create.push(entry);
    else if (!found.published) plan.republish.push({ ...entry, documentId: found.documentId });
    else if (differs(entry, found)) plan.update.push({ ...entry, documentId: found.documentId });
    else plan.unchanged += 1;
  }
  for (const [key, entry] of existing)
    if (entry.published && !inFile.has(key))
      plan.remove.push({
        documentId: entry.documentId,
        fullName: entry.fullName,
        decisionNumber: entry.decisionNumber,
        decisionDate: String(entry.decisionDate).slice(0, 10),
      });
  return plan;
}

export const countsOf = (plan: ImportPlan) => ({
  create: plan.create.length + plan.republish.length,
  update: plan.update.length,
  unchanged: plan.unchanged,
  remove: plan.remove.length,
});

/** A preview as the admin shows it: counts, the first errors, a few entries of each kind (decision and name). */
export function previewOf(plan: ImportPlan, errors: RowError[]) {
  const brief = (entry: { line?: number; fullName?: string; decisionNumber: string; decisionDate: string }) => ({
    line: entry.line ?? null,
    fullName: entry.fullName ?? null,
    decisionNumber: entry.decisionNumber,
    decisionDate: entry.decisionDate,
  });
  return {
    counts: { ...countsOf(plan), errors: errors.length },
    errors: errors.slice(0, ERRORS_SHOWN),
    samples: {
      create: [...plan.create, ...plan.republish].slice(0, SAMPLES_SHOWN).map(brief),
      update: plan.update.slice(0, SAMPLES_SHOWN).map(brief),
      remove: plan.remove.slice(0, SAMPLES_SHOWN).map(brief),
    },
  };
}

// ---- pending previews, shared by every instance (the confirmation may reach another one) ----

export async function ensureImportTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(IMPORTS_TABLE)) return;
  await knex.schema.createTable(IMPORTS_TABLE, (table) => {
    table.increments('id');
    table.string('token', 64).notNullable().unique();
    table.string('agency', 40).notNullable();
    table.integer('unit_id').notNullable();
    table.string('file_name', 300);
    table.integer('created_by');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('confirmed_at');
    table.text('entries', 'longtext').notNullable();
    table.text('counts').notNullable();
  });
}

export type PendingImport = {
  token: string;
  agency: string;
  unitId: number;
  fileName: string;
  createdBy: number | null;
  entries: Array<EntryValues & { line: number }>;
  counts: ReturnType<typeof countsOf>;
};

export async function savePreview(strapi: Core.Strapi, pending: Omit<PendingImport, 'token'>): Promise<string> {
  const knex = strapi.db.connection;
  const token = randomBytes(24).toString('hex');
  await knex(IMPORTS_TABLE)
    .where('created_at', '<', Date.now() - PREVIEW_LIFETIME_MS)
    .delete();
  await knex(IMPORTS_TABLE).insert({
    token,
    agency: pending.agency,
    unit_id: pending.unitId,
    file_name: pending.fileName.slice(0, 300),
    created_by: pending.createdBy,
    created_at: Date.now(),
    entries: JSON.stringify(pending.entries),
    counts: JSON.stringify(pending.counts),
  });
  return token;
}

export async function loadPreview(strapi: Core.Strapi, token: string): Promise<PendingImport | null> {
  const row = (await strapi.db
    .connection(IMPORTS_TABLE)
    .where({ token })
    .whereNull('confirmed_at')
    .where('created_at', '>=', Date.now() - PREVIEW_LIFETIME_MS)
    .first()) as
    | {
        token: string;
        agency: string;
        unit_id: number;
        file_name: string;
        created_by: number | null;
        entries: string;
        counts: string;
      }
    | undefined;
  if (!row) return null;
  return {
    token: row.token,
    agency: row.agency,
    unitId: Number(row.unit_id),
    fileName: row.file_name,
    createdBy: row.created_by === null ? null : Number(row.created_by),
    entries: JSON.parse(row.entries) as PendingImport['entries'],
    counts: JSON.parse(row.counts) as PendingImport['counts'],
  };
}

// ---- applying ----

/** New document ids, as Strapi's are: 24 lower-case letters and digits, a letter first; random bytes drawn in bulk. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
let pool = Buffer.alloc(0);
let used = 0;
const newDocumentId = () => {
  if (used + 24 > pool.length) {
    pool = randomBytes(24 * 4096);
    used = 0;
  }
  let id = ALPHABET[10 + (pool[used]! % 26)]!;
  for (let index = 1; index < 24; index += 1) id += ALPHABET[pool[used + index]! % 36];
  used += 24;
  return id;
};

type Metadata = {
  tableName: string;
  attributes: Record<
    string,
    {
      columnName?: string;
      joinColumn?: { name: string };
      joinTable?: {
        name: string;
        joinColumn: { name: string };
        inverseJoinColumn: { name: string };
        orderColumnName?: string;
      };
    }
  >;
};

type Transaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

/**
 * Inserts rows (objects with the same keys) in multi-row `INSERT … VALUES (…), (…)` statements written here, not by
 * knex's builder: its compiler spent more time writing a 400-row insert than the database took to run it (and SQLite's
 * knex writes one as a compound SELECT of at most 500 terms), and a statement of the same text each time is prepared
 * once (strapi-internals/statement-cache). Dates and booleans are bound as knex binds them. With `returning`, the
 * column's values of the new rows (in no particular order).
 */
async function insertRows(
  trx: Transaction,
  table: string,
  rows: Array<Record<string, unknown>>,
  returning?: string,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const returned: number[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const bindings: unknown[] = [];
    for (const row of batch) for (const name of columns) bindings.push(row[name] ?? null);
    const sql = `INSERT INTO "${table}" (${columns.map((name) => `"${name}"`).join(', ')}) VALUES ${Array.from(batch, () => tuple).join(', ')}${returning ? ` RETURNING "${returning}"` : ''}`;
    const result = (await trx.raw(sql, bindings as never)) as unknown;
    if (returning) {
      const found = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
        Record<string, unknown>
      >;
      for (const row of found) returned.push(Number(row[returning]));
    }
  }
  return returned;
}

export type RemovalReason = { reason: string; note: string | null };

/**
 * Writes a confirmed import in one transaction: new entries (draft and published rows, linked to the unit), changed
 * ones (both rows), entries published again, entries taken off (their published rows deleted, the reason on the
 * draft), and one audit entry for each of them plus one for the import, none with a person's name.
 */
export async function applyImport(
  strapi: Core.Strapi,
  unit: Unit,
  plan: ImportPlan,
  removal: RemovalReason,
  actor: Actor,
  fileName: string,
): Promise<ReturnType<typeof countsOf>> {
  const meta = strapi.db.metadata.get(DEBTOR_ENTRY as UID.ContentType) as unknown as Metadata;
  const column = (field: string) => meta.attributes[field]?.columnName ?? field;
  const link = meta.attributes.unit!.joinTable!;
  const auditMeta = strapi.db.metadata.get(AUDIT_UID as UID.ContentType) as unknown as Metadata;
  const auditColumn = (field: string) => auditMeta.attributes[field]?.columnName ?? field;
  const now = new Date();
  const today = vietnamToday();
  // Who wrote the rows, as the content manager shows it (admin users are linked by a join column).
  const userColumn = (field: string) => meta.attributes[field]?.joinColumn?.name;
  const userColumns = Object.fromEntries(
    actor.userId === null
      ? []
      : ['createdBy', 'updatedBy'].flatMap((field) => (userColumn(field) ? [[userColumn(field)!, actor.userId]] : [])),
  );

  const values = (entry: EntryValues) => ({
    [column('fullName')]: entry.fullName,
    [column('birthYear')]: entry.birthYear,
    [column('address')]: entry.address,
    [column('obligation')]: entry.obligation,
    [column('decisionNumber')]: entry.decisionNumber,
    [column('decisionDate')]: entry.decisionDate,
    [column('judgmentNumber')]: entry.judgmentNumber,
    [column('judgmentDate')]: entry.judgmentDate,
    [column('court')]: entry.court,
    [column('noConditionsOn')]: entry.noConditionsOn,
    [column('nameKey')]: nameKey(entry.fullName),
    [column('decisionKey')]: numberKey(entry.decisionNumber),
  });
  const audits: Array<Record<string, unknown>> = [];
  const audit = (action: string, documentId: string, details: Record<string, unknown>) =>
    audits.push({
      [auditColumn('action')]: action,
      [auditColumn('targetUid')]: DEBTOR_ENTRY,
      [auditColumn('targetDocumentId')]: documentId,
      [auditColumn('userId')]: actor.userId,
      [auditColumn('userName')]: actor.userName,
      [auditColumn('agency')]: unit.agency,
      [auditColumn('details')]: JSON.stringify({ unit: unit.name, import: fileName, ...details }),
      [auditColumn('documentId')]: newDocumentId(),
      [auditColumn('createdAt')]: now,
      [auditColumn('updatedAt')]: now,
    });
  const brief = (entry: { decisionNumber: string; decisionDate: string }) => ({
    title: `QĐ ${entry.decisionNumber}`,
    decisionNumber: entry.decisionNumber,
    decisionDate: entry.decisionDate,
  });

  const sqlite = strapi.db.dialect.client === 'sqlite';
  const cacheBefore = sqlite
    ? Number(
        ((await strapi.db.connection.raw('PRAGMA cache_size')) as Array<{ cache_size: number }>)[0]?.cache_size ??
          -2000,
      )
    : 0;
  // The rows of the file being written, for the message of a failure (which never carries the statement).
  let writing: Lines | null = null;
  const at = (items: Array<{ line?: number }>) => {
    const lines = items.flatMap((item) => (item.line === undefined ? [] : [item.line]));
    writing = lines.length === 0 ? null : { first: Math.min(...lines), last: Math.max(...lines) };
  };
  try {
    await strapi.db.transaction(async ({ trx }) => {
      // SQLite's page cache (2 MB by default) holds a small part of the register's indexes: a large import spills
      // its changes to the file in the middle of the transaction. For this connection, during the import.
      if (sqlite) await trx.raw(`PRAGMA cache_size = ${IMPORT_CACHE_KIB}`);
      // Published rows with their unit link, for new entries and for entries published again.
      const insertPublished = async (
        items: Array<EntryValues & { documentId: string; line: number }>,
        drafts: boolean,
      ) => {
        const perStatement = Math.floor(ROWS_PER_STATEMENT / (drafts ? 2 : 1));
        for (let start = 0; start < items.length; start += perStatement) {
          const batch = items.slice(start, start + perStatement);
          at(batch);
          const rows = batch.flatMap((entry) =>
            (drafts ? [null, now] : [now]).map((publishedAt) => ({
              ...values(entry),
              [column('documentId')]: entry.documentId,
              [column('agency')]: unit.agency,
              [column('isSample')]: false,
              [column('publishedOn')]: today,
              [column('createdAt')]: now,
              [column('updatedAt')]: now,
              [column('publishedAt')]: publishedAt,
              ...userColumns,
            })),
          );
          const ids = await insertRows(trx, meta.tableName, rows, 'id');
          await insertRows(
            trx,
            link.name,
            ids.map((id) => ({
              [link.joinColumn.name]: id,
              [link.inverseJoinColumn.name]: unit.id,
              ...(link.orderColumnName ? { [link.orderColumnName]: 1 } : {}),
            })),
          );
        }
      };
      const created = plan.create.map((entry) => ({ ...entry, documentId: newDocumentId() }));
      await insertPublished(created, true);
      for (const entry of created) audit('create', entry.documentId, brief(entry));

      for (const entry of plan.republish) {
        at([entry]);
        await trx(meta.tableName)
          .where(column('documentId'), entry.documentId)
          .update({
            ...values(entry),
            [column('removalReason')]: null,
            [column('removalNote')]: null,
            [column('removedOn')]: null,
            [column('publishedOn')]: today,
            [column('updatedAt')]: now,
          });
        audit('publish', entry.documentId, brief(entry));
      }
      await insertPublished(plan.republish, false);

      for (const entry of plan.update) {
        at([entry]);
        await trx(meta.tableName)
          .where(column('documentId'), entry.documentId)
          .update({ ...values(entry), [column('updatedAt')]: now });
        audit('update', entry.documentId, brief(entry));
      }

      writing = null;
      for (let start = 0; start < plan.remove.length; start += BATCH) {
        const batch = plan.remove.slice(start, start + BATCH).map((entry) => entry.documentId);
        const published = trx(meta.tableName)
          .select('id')
          .whereIn(column('documentId'), batch)
          .whereNotNull(column('publishedAt'));
        await trx(link.name).whereIn(link.joinColumn.name, published).delete();
        await trx(meta.tableName).whereIn(column('documentId'), batch).whereNotNull(column('publishedAt')).delete();
        await trx(meta.tableName)
          .whereIn(column('documentId'), batch)
          .update({
            [column('removalReason')]: removal.reason,
            [column('removalNote')]: removal.note,
            [column('removedOn')]: today,
            [column('updatedAt')]: now,
          });
      }
      for (const entry of plan.remove)
        audit('register.remove', entry.documentId, { ...brief(entry), reason: removal.reason, note: removal.note });

      const counts = countsOf(plan);
      audit('register.import', unit.documentId, { title: `Nhập danh sách: ${unit.name}`, ...counts });
      writing = null;
      await insertRows(trx, auditMeta.tableName, audits);
    });
  } catch (error) {
    throw new RegisterFailure('confirm', error, writing);
  } finally {
    if (sqlite) await strapi.db.connection.raw(`PRAGMA cache_size = ${cacheBefore}`).catch(() => undefined);
  }
  contentChanged(strapi, { agencies: [unit.agency] });
  return countsOf(plan);
}

/** The unit's published entries in name order, for an export. */
export async function exportRows(strapi: Core.Strapi, where: Record<string, unknown>): Promise<ExportRow[]> {
  return (await strapi.db.query(DEBTOR_ENTRY).findMany({
    where: { $and: [{ publishedAt: { $notNull: true } }, where] },
    select: COMPARED,
    orderBy: [{ nameKey: 'asc' }, { id: 'asc' }],
  })) as ExportRow[];
}

export const markImported = (strapi: Core.Strapi, token: string) =>
  strapi.db.connection(IMPORTS_TABLE).where({ token }).update({ confirmed_at: Date.now() });
