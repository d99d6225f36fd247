import type { Core } from '@strapi/strapi';
import type { SearchQuery } from '@thads/vietnamese';
import type { SearchEntry } from './entry';

export type SearchFilters = { category?: string; theme?: string; author?: string; from?: string; to?: string };
export type SearchPage = { page: number; pageSize: number };
export type SearchHit = { documentId: string; title: string; lead: string; body: string };
export type SearchResult = { hits: SearchHit[]; total: number };

/** The search index: one implementation per database, both over folded text with a real full-text index. */
export type SearchStore = {
  ensureSchema(): Promise<void>;
  upsert(entry: SearchEntry): Promise<void>;
  remove(documentId: string): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  search(query: SearchQuery, filters: SearchFilters, page: SearchPage): Promise<SearchResult>;
};

type Raw = (sql: string, bindings?: unknown[]) => Promise<unknown>;

/** Runs SQL in the caller's transaction when there is one (SQLite has a single connection), else on its own. */
function rawRunner(strapi: Core.Strapi): Raw {
  return (sql, bindings = []) => strapi.db.transaction(({ trx }) => trx.raw(sql, bindings as never)) as Promise<unknown>;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []));

/** A slug list stored as " a b " so that one slug can be matched exactly with LIKE '% a %'. */
const slugList = (slugs: string[]) => ` ${slugs.join(' ')} `;

/** FTS5 query text: every token quoted, so user input is never FTS syntax. Tokens hold only letters and digits. */
function fts5Expression(query: SearchQuery): string {
  const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;
  return [...query.terms.map(quote), ...query.phrases.map((phrase) => quote(phrase.join(' ')))].join(' AND ');
}

function filterClauses(filters: SearchFilters, column: (name: string) => string, parameter: () => string) {
  const clauses: string[] = [];
  const bindings: unknown[] = [];
  if (filters.category) {
    clauses.push(`${column('category')} = ${parameter()}`);
    bindings.push(filters.category);
  }
  if (filters.author) {
    clauses.push(`${column('authors')} LIKE ${parameter()}`);
    bindings.push(`% ${filters.author} %`);
  }
  if (filters.theme) {
    clauses.push(`${column('themes')} LIKE ${parameter()}`);
    bindings.push(`% ${filters.theme} %`);
  }
  if (filters.from) {
    clauses.push(`${column('date')} >= ${parameter()}`);
    bindings.push(filters.from);
  }
  if (filters.to) {
    clauses.push(`${column('date')} < ${parameter()}`);
    bindings.push(filters.to);
  }
  return { clauses, bindings };
}

function sqliteStore(raw: Raw): SearchStore {
  return {
    async ensureSchema() {
      await raw(`CREATE TABLE IF NOT EXISTS search_articles (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL UNIQUE,
        date TEXT NOT NULL,
        category TEXT,
        authors TEXT NOT NULL DEFAULT '',
        themes TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        lead TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT ''
      )`);
      await raw('CREATE INDEX IF NOT EXISTS search_articles_date ON search_articles (date)');
      // unicode61 does not fold đ: the application folds, the tokenizer only splits.
      await raw(`CREATE VIRTUAL TABLE IF NOT EXISTS search_articles_fts USING fts5(title, content, tokenize = 'unicode61 remove_diacritics 0')`);
    },
    async upsert(entry) {
      const existing = rowsOf<{ id: number }>(await raw('SELECT id FROM search_articles WHERE document_id = ?', [entry.documentId]))[0];
      const values = [entry.date, entry.category, slugList(entry.authors), slugList(entry.themes), entry.title, entry.lead, entry.body];
      let id = existing?.id;
      if (id !== undefined) {
        await raw('UPDATE search_articles SET date = ?, category = ?, authors = ?, themes = ?, title = ?, lead = ?, body = ? WHERE id = ?', [...values, id]);
        await raw('DELETE FROM search_articles_fts WHERE rowid = ?', [id]);
      } else {
        await raw('INSERT INTO search_articles (document_id, date, category, authors, themes, title, lead, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [entry.documentId, ...values]);
        id = rowsOf<{ id: number }>(await raw('SELECT id FROM search_articles WHERE document_id = ?', [entry.documentId]))[0]?.id;
      }
      await raw('INSERT INTO search_articles_fts (rowid, title, content) VALUES (?, ?, ?)', [id, entry.foldedTitle, entry.foldedContent]);
    },
    async remove(documentId) {
      const existing = rowsOf<{ id: number }>(await raw('SELECT id FROM search_articles WHERE document_id = ?', [documentId]))[0];
      if (!existing) return;
      await raw('DELETE FROM search_articles_fts WHERE rowid = ?', [existing.id]);
      await raw('DELETE FROM search_articles WHERE id = ?', [existing.id]);
    },
    async clear() {
      await raw('DELETE FROM search_articles_fts');
      await raw('DELETE FROM search_articles');
    },
    async count() {
      return Number(rowsOf<{ total: number }>(await raw('SELECT count(*) AS total FROM search_articles'))[0]?.total ?? 0);
    },
    async search(query, filters, { page, pageSize }) {
      const match = fts5Expression(query);
      const { clauses, bindings } = filterClauses(filters, (name) => `m.${name}`, () => '?');
      const where = ['search_articles_fts MATCH ?', ...clauses].join(' AND ');
      const from = 'FROM search_articles_fts JOIN search_articles m ON m.id = search_articles_fts.rowid';
      const total = Number(rowsOf<{ total: number }>(await raw(`SELECT count(*) AS total ${from} WHERE ${where}`, [match, ...bindings]))[0]?.total ?? 0);
      if (total === 0) return { hits: [], total };
      // Title matches first, then the newest.
      const hits = rowsOf<{ document_id: string; title: string; lead: string; body: string }>(
        await raw(
          `SELECT m.document_id, m.title, m.lead, m.body,
             m.id IN (SELECT rowid FROM search_articles_fts WHERE search_articles_fts MATCH ?) AS in_title
           ${from} WHERE ${where}
           ORDER BY in_title DESC, m.date DESC, m.id DESC LIMIT ? OFFSET ?`,
          [`{title} : (${match})`, match, ...bindings, pageSize, (page - 1) * pageSize],
        ),
      );
      return { total, hits: hits.map((hit) => ({ documentId: hit.document_id, title: hit.title, lead: hit.lead, body: hit.body })) };
    },
  };
}

function postgresStore(raw: Raw): SearchStore {
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
    return parts.join(' && ');
  };
  return {
    async ensureSchema() {
      await raw(`CREATE TABLE IF NOT EXISTS search_articles (
        document_id TEXT PRIMARY KEY,
        date TIMESTAMPTZ NOT NULL,
        category TEXT,
        authors TEXT NOT NULL DEFAULT '',
        themes TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        lead TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        title_tsv TSVECTOR NOT NULL,
        tsv TSVECTOR NOT NULL
      )`);
      // The text is folded by the application (unaccent is not IMMUTABLE, and does not know đ): 'simple' only splits.
      await raw('CREATE INDEX IF NOT EXISTS search_articles_tsv ON search_articles USING GIN (tsv)');
      await raw('CREATE INDEX IF NOT EXISTS search_articles_date ON search_articles (date DESC)');
    },
    async upsert(entry) {
      await raw(
        `INSERT INTO search_articles (document_id, date, category, authors, themes, title, lead, body, title_tsv, tsv)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?), setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))
         ON CONFLICT (document_id) DO UPDATE SET date = EXCLUDED.date, category = EXCLUDED.category, authors = EXCLUDED.authors,
           themes = EXCLUDED.themes, title = EXCLUDED.title, lead = EXCLUDED.lead, body = EXCLUDED.body,
           title_tsv = EXCLUDED.title_tsv, tsv = EXCLUDED.tsv`,
        [entry.documentId, entry.date, entry.category, slugList(entry.authors), slugList(entry.themes), entry.title, entry.lead, entry.body, entry.foldedTitle, entry.foldedTitle, entry.foldedContent],
      );
    },
    async remove(documentId) {
      await raw('DELETE FROM search_articles WHERE document_id = ?', [documentId]);
    },
    async clear() {
      await raw('DELETE FROM search_articles');
    },
    async count() {
      return Number(rowsOf<{ total: string }>(await raw('SELECT count(*) AS total FROM search_articles'))[0]?.total ?? 0);
    },
    async search(query, filters, { page, pageSize }) {
      const countBindings: unknown[] = [];
      const condition = `tsv @@ (${tsquery(query, countBindings)})`;
      const { clauses, bindings } = filterClauses(filters, (name) => name, () => '?');
      const where = [condition, ...clauses].join(' AND ');
      const total = Number(rowsOf<{ total: string }>(await raw(`SELECT count(*) AS total FROM search_articles WHERE ${where}`, [...countBindings, ...bindings]))[0]?.total ?? 0);
      if (total === 0) return { hits: [], total };
      const titleBindings: unknown[] = [];
      const titleCondition = `title_tsv @@ (${tsquery(query, titleBindings)})`;
      const hits = rowsOf<{ document_id: string; title: string; lead: string; body: string }>(
        await raw(
          `SELECT document_id, title, lead, body FROM search_articles WHERE ${where}
           ORDER BY (${titleCondition}) DESC, date DESC, document_id DESC LIMIT ? OFFSET ?`,
          [...countBindings, ...bindings, ...titleBindings, pageSize, (page - 1) * pageSize],
        ),
      );
      return { total, hits: hits.map((hit) => ({ documentId: hit.document_id, title: hit.title, lead: hit.lead, body: hit.body })) };
    },
  };
}

export function createSearchStore(strapi: Core.Strapi): SearchStore {
  const raw = rawRunner(strapi);
  return strapi.db.dialect.client === 'postgres' ? postgresStore(raw) : sqliteStore(raw);
}
