import type { Core } from '@strapi/strapi';
import type { SearchQuery } from '@thads/vietnamese';
import { rowsOf } from './rows';
import type { Raw } from './store';

/** The agencies' records the site-wide search finds as their own kinds of result (`/api/search?type=…`). */
export type RecordType = 'legal-document' | 'notice';
export const RECORD_TYPES: readonly RecordType[] = ['legal-document', 'notice'];

/** What the index keeps of one published legal document or notice. */
export type RecordEntry = {
  type: RecordType;
  documentId: string;
  /** The published row's id: a new publish makes a new row, so a different id means a stale entry. */
  rowId: number | null;
  agency: string;
  /** Issue date of a document, date of a notice (yyyy-mm-dd): newest first. */
  date: string;
  numberKey: string;
  kind: string;
  validity: string | null;
  issuingBody: string | null;
  field: string | null;
  assetKind: string | null;
  validUntil: string | null;
  /** Original text for snippets (summary, or the notice's asset and place). */
  text: string;
  /** Folded words: the number's tokens, the title and the text. */
  folded: string;
  /** The result as answered (without its snippet and expiry, made at read time). */
  hit: Record<string, unknown>;
};

export type RecordFilters = {
  type: RecordType;
  agencies?: readonly string[];
  kind?: string;
  year?: number;
  validity?: string;
  issuingBody?: string;
  field?: string;
  assetKind?: string;
  /** Notices open (`validUntil` after `at`, or none) or expired at `at`. */
  state?: { open: boolean; at: string };
};

export type RecordHit = { hit: Record<string, unknown>; text: string };

export type RecordStore = {
  ensureSchema(): Promise<void>;
  drop(): Promise<void>;
  upsert(entry: RecordEntry): Promise<void>;
  remove(documentId: string): Promise<void>;
  versions(type: RecordType): Promise<Map<string, number | null>>;
  search(
    query: SearchQuery,
    exactKey: string,
    filters: RecordFilters,
    page: { page: number; pageSize: number },
  ): Promise<{ hits: RecordHit[]; total: number }>;
};

/** Facet columns compared with the filters: folded (issuing body, field), so spelling and case do not matter. */
function filterClauses(filters: RecordFilters, prefix: string) {
  const clauses = [`${prefix}type = ?`];
  const bindings: unknown[] = [filters.type];
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return;
    clauses.push(`${prefix}${column} = ?`);
    bindings.push(value);
  };
  if (filters.agencies) {
    clauses.push(
      filters.agencies.length === 0 ? '1 = 0' : `${prefix}agency IN (${filters.agencies.map(() => '?').join(', ')})`,
    );
    bindings.push(...filters.agencies);
  }
  equal('kind', filters.kind);
  equal('validity', filters.validity);
  equal('issuing_body', filters.issuingBody);
  equal('field', filters.field);
  equal('asset_kind', filters.assetKind);
  if (filters.year !== undefined) {
    clauses.push(`${prefix}date >= ? AND ${prefix}date <= ?`);
    bindings.push(`${filters.year}-01-01`, `${filters.year}-12-31`);
  }
  if (filters.state) {
    clauses.push(
      filters.state.open ? `(${prefix}valid_until IS NULL OR ${prefix}valid_until > ?)` : `${prefix}valid_until <= ?`,
    );
    bindings.push(filters.state.at);
  }
  return { clauses, bindings };
}

const values = (entry: RecordEntry) => [
  entry.type,
  entry.documentId,
  entry.rowId,
  entry.agency,
  entry.date,
  entry.numberKey,
  entry.kind,
  entry.validity,
  entry.issuingBody,
  entry.field,
  entry.assetKind,
  entry.validUntil,
  entry.text,
  JSON.stringify(entry.hit),
];
const COLUMNS =
  'type, document_id, row_id, agency, date, number_key, kind, validity, issuing_body, field, asset_kind, valid_until, text, hit';
const UPDATES = COLUMNS.split(', ')
  .filter((column) => column !== 'document_id')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

const versionsOf = (rows: Array<{ document_id: string; row_id: number | string | null }>) =>
  new Map(rows.map((row) => [row.document_id, row.row_id === null ? null : Number(row.row_id)]));
const hitOf = (row: { hit: string | Record<string, unknown>; text: string }): RecordHit => ({
  hit: typeof row.hit === 'string' ? (JSON.parse(row.hit) as Record<string, unknown>) : row.hit,
  text: row.text,
});

/** FTS5 text of a query: every token quoted, so input is never FTS syntax (tokens hold only letters and digits). */
function fts5Expression(query: SearchQuery): string {
  const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;
  return [...query.terms.map(quote), ...query.phrases.map((phrase) => quote(phrase.join(' ')))].join(' AND ');
}

/**
 * SQLite: two FTS5 tables over folded text, the number's tokens alone and everything; number matches come first
 * (the exact number before them all), then the others, each newest first.
 */
function sqliteRecords(raw: Raw): RecordStore {
  const rowOf = async (documentId: string) =>
    rowsOf<{ id: number }>(await raw('SELECT id FROM search_records WHERE document_id = ?', [documentId]))[0];
  return {
    async ensureSchema() {
      await raw(`CREATE TABLE IF NOT EXISTS search_records (
        id INTEGER PRIMARY KEY, type TEXT NOT NULL, document_id TEXT NOT NULL UNIQUE, row_id INTEGER,
        agency TEXT NOT NULL, date TEXT NOT NULL, number_key TEXT NOT NULL DEFAULT '', kind TEXT, validity TEXT,
        issuing_body TEXT, field TEXT, asset_kind TEXT, valid_until TEXT, text TEXT NOT NULL DEFAULT '',
        hit TEXT NOT NULL DEFAULT '{}'
      )`);
      await raw('CREATE INDEX IF NOT EXISTS search_records_type_date ON search_records (type, date, id)');
      await raw('CREATE INDEX IF NOT EXISTS search_records_number ON search_records (number_key)');
      for (const table of ['search_records_number_fts', 'search_records_fts'])
        await raw(
          `CREATE VIRTUAL TABLE IF NOT EXISTS ${table} USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')`,
        );
    },
    async drop() {
      for (const table of ['search_records_number_fts', 'search_records_fts', 'search_records'])
        await raw(`DROP TABLE IF EXISTS ${table}`);
    },
    async upsert(entry) {
      await raw(
        `INSERT INTO search_records (${COLUMNS}) VALUES (${COLUMNS.split(', ')
          .map(() => '?')
          .join(', ')}) ON CONFLICT (document_id) DO UPDATE SET ${UPDATES}`,
        values(entry),
      );
      const { id } = (await rowOf(entry.documentId))!;
      await raw('DELETE FROM search_records_number_fts WHERE rowid = ?', [id]);
      await raw('DELETE FROM search_records_fts WHERE rowid = ?', [id]);
      await raw('INSERT INTO search_records_number_fts (rowid, text) VALUES (?, ?)', [id, entry.numberKey]);
      await raw('INSERT INTO search_records_fts (rowid, text) VALUES (?, ?)', [id, entry.folded]);
    },
    async remove(documentId) {
      const row = await rowOf(documentId);
      if (!row) return;
      await raw('DELETE FROM search_records_number_fts WHERE rowid = ?', [row.id]);
      await raw('DELETE FROM search_records_fts WHERE rowid = ?', [row.id]);
      await raw('DELETE FROM search_records WHERE id = ?', [row.id]);
    },
    async versions(type) {
      return versionsOf(rowsOf(await raw('SELECT document_id, row_id FROM search_records WHERE type = ?', [type])));
    },
    async search(query, exactKey, filters, { page, pageSize }) {
      const expression = fts5Expression(query);
      const { clauses, bindings } = filterClauses(filters, 'r.');
      const where = clauses.join(' AND ');
      const numbered = 'SELECT rowid FROM search_records_number_fts WHERE search_records_number_fts MATCH ?';
      const matching = `r.id IN (SELECT rowid FROM search_records_fts WHERE search_records_fts MATCH ?) AND ${where}`;
      const total = Number(
        rowsOf<{ total: number }>(
          await raw(`SELECT count(*) AS total FROM search_records r WHERE ${matching}`, [expression, ...bindings]),
        )[0]?.total ?? 0,
      );
      if (total === 0) return { hits: [], total };
      const rows = rowsOf<{ hit: string; text: string }>(
        await raw(
          `SELECT r.hit, r.text FROM search_records r WHERE ${matching}
           ORDER BY (r.id IN (${numbered})) DESC, (r.number_key = ?) DESC, r.date DESC, r.id DESC LIMIT ? OFFSET ?`,
          [expression, ...bindings, expression, exactKey, pageSize, (page - 1) * pageSize],
        ),
      );
      return { hits: rows.map(hitOf), total };
    },
  };
}

/** PostgreSQL: tsvectors of the number's tokens and of everything, with GIN indexes; the same order as SQLite. */
function postgresRecords(raw: Raw): RecordStore {
  const tsquery = (query: SearchQuery, bindings: unknown[]) => {
    const parts: string[] = [];
    if (query.terms.length) {
      bindings.push(query.terms.join(' '));
      parts.push(`plainto_tsquery('simple', ?)`);
    }
    for (const phrase of query.phrases) {
      bindings.push(phrase.join(' '));
      parts.push(`phraseto_tsquery('simple', ?)`);
    }
    return `(${parts.join(' && ')})`;
  };
  return {
    async ensureSchema() {
      await raw(`CREATE TABLE IF NOT EXISTS search_records (
        document_id TEXT PRIMARY KEY, type TEXT NOT NULL, row_id INTEGER, agency TEXT NOT NULL, date TEXT NOT NULL,
        number_key TEXT NOT NULL DEFAULT '', kind TEXT, validity TEXT, issuing_body TEXT, field TEXT, asset_kind TEXT,
        valid_until TEXT, text TEXT NOT NULL DEFAULT '', hit JSONB NOT NULL DEFAULT '{}',
        number_tsv TSVECTOR NOT NULL, tsv TSVECTOR NOT NULL
      )`);
      await raw('CREATE INDEX IF NOT EXISTS search_records_number_tsv ON search_records USING GIN (number_tsv)');
      await raw('CREATE INDEX IF NOT EXISTS search_records_tsv ON search_records USING GIN (tsv)');
      await raw('CREATE INDEX IF NOT EXISTS search_records_type_date ON search_records (type, date DESC)');
      await raw('CREATE INDEX IF NOT EXISTS search_records_number ON search_records (number_key)');
    },
    async drop() {
      await raw('DROP TABLE IF EXISTS search_records');
    },
    async upsert(entry) {
      await raw(
        `INSERT INTO search_records (${COLUMNS}, number_tsv, tsv) VALUES (${COLUMNS.split(', ')
          .map((column) => (column === 'hit' ? '?::jsonb' : '?'))
          .join(', ')}, to_tsvector('simple', ?), to_tsvector('simple', ?))
         ON CONFLICT (document_id) DO UPDATE SET ${UPDATES}, number_tsv = excluded.number_tsv, tsv = excluded.tsv`,
        [...values(entry), entry.numberKey, entry.folded],
      );
    },
    async remove(documentId) {
      await raw('DELETE FROM search_records WHERE document_id = ?', [documentId]);
    },
    async versions(type) {
      return versionsOf(rowsOf(await raw('SELECT document_id, row_id FROM search_records WHERE type = ?', [type])));
    },
    async search(query, exactKey, filters, { page, pageSize }) {
      const matchBindings: unknown[] = [];
      const matches = `tsv @@ ${tsquery(query, matchBindings)}`;
      const numberBindings: unknown[] = [];
      const numbered = `number_tsv @@ ${tsquery(query, numberBindings)}`;
      const { clauses, bindings } = filterClauses(filters, '');
      const where = [matches, ...clauses].join(' AND ');
      const total = Number(
        rowsOf<{ total: string }>(
          await raw(`SELECT count(*) AS total FROM search_records WHERE ${where}`, [...matchBindings, ...bindings]),
        )[0]?.total ?? 0,
      );
      if (total === 0) return { hits: [], total };
      const rows = rowsOf<{ hit: Record<string, unknown>; text: string }>(
        await raw(
          `SELECT hit, text FROM search_records WHERE ${where}
           ORDER BY (${numbered}) DESC, (number_key = ?) DESC, date DESC, document_id DESC LIMIT ? OFFSET ?`,
          [...matchBindings, ...bindings, ...numberBindings, exactKey, pageSize, (page - 1) * pageSize],
        ),
      );
      return { hits: rows.map(hitOf), total };
    },
  };
}

export function createRecordStore(strapi: Core.Strapi): RecordStore {
  const raw: Raw = (sql, bindings = []) =>
    strapi.db.transaction(({ trx }) => trx.raw(sql, bindings as never)) as Promise<unknown>;
  return strapi.db.dialect.client === 'postgres' ? postgresRecords(raw) : sqliteRecords(raw);
}
