import type { SearchQuery } from '@thads/vietnamese';
import { PUBLIC_AUDIENCE } from '../audience/guard';
import type { SearchEntry } from './entry';
import { rowsOf, toHit, versionsOf, type HitRow } from './rows';
import type { Atomic, Raw, SearchFilters, SearchStore } from './store';

/** FTS5 query text: every token quoted, so user input is never FTS syntax. Tokens hold only letters and digits. */
function fts5Expression(query: SearchQuery): string {
  const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;
  return [...query.terms.map(quote), ...query.phrases.map((phrase) => quote(phrase.join(' ')))].join(' AND ');
}

/**
 * FTS5 rowids carry the article's date (seconds × 100000 + a slot free in that second), so FTS5 can walk matches
 * newest first and stop after a page, and a date range is a rowid range: no sort of every match, however many there
 * are. Slots are handed out, never derived from an id, so two articles can never share a rowid.
 */
const ROWID_SLOTS = 100_000;
const rowidFloor = (iso: string) => Math.floor(Date.parse(iso) / 1000) * ROWID_SLOTS;

/**
 * Filters become tokens in the indexed text: U+E000 (private use, a token character for unicode61) + kind + hex of
 * the slug. No query can produce U+E000, so a reader's words never match a filter token.
 */
const facetToken = (kind: 'c' | 'a' | 't' | 'v' | 'g' | 's' | 'k', slug: string) =>
  `\uE000${kind}${Buffer.from(slug, 'utf8').toString('hex')}`;
/**
 * Staff articles carry a token of their own, which a public search excludes (`NOT`), and one naming their agency,
 * which staff of that agency keep. Excluding the few staff articles costs a walk of their short list; requiring a
 * token on every public article cost a walk of all of them.
 */
const STAFF_TOKEN = facetToken('v', 'staff');
/**
 * Citizens' questions carry a token of their own: a question search requires it, an article search excludes it (a
 * walk of the questions' short list, as for staff articles).
 */
const QUESTION_TOKEN = facetToken('k', 'question');
const facetsOf = (entry: SearchEntry) =>
  [
    ...(entry.kind === 'question' ? [QUESTION_TOKEN] : []),
    facetToken('g', entry.agency),
    ...(entry.category ? [facetToken('c', entry.category)] : []),
    ...entry.authors.map((key) => facetToken('a', key)),
    ...entry.themes.map((key) => facetToken('t', key)),
    // Anything not exactly public is staff-only, as the audience guard reads it.
    ...(entry.audience !== PUBLIC_AUDIENCE ? [STAFF_TOKEN, facetToken('s', entry.agency)] : []),
  ].join(' ');

/** Any of these tokens, as an FTS5 expression (quoted: tokens hold only letters and digits). */
const anyOf = (tokens: string[]) =>
  tokens.length === 1 ? `"${tokens[0]}"` : `(${tokens.map((token) => `"${token}"`).join(' OR ')})`;

/** The FTS5 expression of a search's words and filters, with the audience rule of the caller. */
function searchExpression(query: SearchQuery, filters: SearchFilters): string {
  const facets = [
    ...(filters.kind === 'question' ? [`"${QUESTION_TOKEN}"`] : []),
    ...(filters.agencies ? [anyOf(filters.agencies.map((code) => facetToken('g', code)))] : []),
    ...(filters.category ? [anyOf([facetToken('c', filters.category)])] : []),
    ...(filters.authors ? [anyOf(filters.authors.map((key) => facetToken('a', key)))] : []),
    ...(filters.themes ? [anyOf(filters.themes.map((key) => facetToken('t', key)))] : []),
  ];
  const matching = [fts5Expression(query), ...facets].join(' AND ');
  const required = filters.kind === 'question' ? matching : `(${matching}) NOT "${QUESTION_TOKEN}"`;
  const staff = filters.staffAgencies;
  if (staff.length === 0) return `(${required}) NOT "${STAFF_TOKEN}"`;
  // Staff articles of other agencies are left out; those of the caller's agencies stay.
  return `(${required}) NOT ("${STAFF_TOKEN}" NOT ${anyOf(staff.map((code) => facetToken('s', code)))})`;
}

/**
 * Two single-column FTS5 tables: everything (title, text, names, facets) and the title alone (with facets). Without
 * column filters, FTS5 answers and counts AND queries from rowid lists without reading word positions.
 */
export function sqliteStore(raw: Raw, atomic: Atomic): SearchStore {
  const rowOf = async (documentId: string) =>
    rowsOf<{ id: number; fts_rowid: number | null }>(
      await raw('SELECT id, fts_rowid FROM search_articles WHERE document_id = ?', [documentId]),
    )[0];
  const deleteFts = async (rowid: number) => {
    await raw('DELETE FROM search_articles_fts WHERE rowid = ?', [rowid]);
    await raw('DELETE FROM search_titles_fts WHERE rowid = ?', [rowid]);
  };
  /** The next free slot of the date's second; past 100,000 articles in one second, the highest free rowid below. */
  const freeRowid = async (date: string) => {
    const floor = rowidFloor(date);
    const top = floor + ROWID_SLOTS - 1;
    const highest = rowsOf<{ rowid: number | null }>(
      await raw('SELECT max(fts_rowid) AS rowid FROM search_articles WHERE fts_rowid BETWEEN ? AND ?', [floor, top]),
    )[0]?.rowid;
    if (highest == null) return floor;
    if (highest < top) return highest + 1;
    const below = rowsOf<{ rowid: number }>(
      await raw(
        `SELECT fts_rowid - 1 AS rowid FROM search_articles
         WHERE fts_rowid <= ? AND fts_rowid - 1 NOT IN (SELECT fts_rowid FROM search_articles WHERE fts_rowid IS NOT NULL)
         ORDER BY fts_rowid DESC LIMIT 1`,
        [top],
      ),
    )[0];
    return below!.rowid;
  };
  return {
    async ensureSchema() {
      await raw(`CREATE TABLE IF NOT EXISTS search_articles (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL UNIQUE,
        fts_rowid INTEGER UNIQUE,
        article_id INTEGER,
        date TEXT NOT NULL,
        title TEXT NOT NULL,
        lead TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '{}'
      )`);
      // unicode61 does not fold đ: the application folds, the tokenizer only splits.
      await raw(
        `CREATE VIRTUAL TABLE IF NOT EXISTS search_articles_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')`,
      );
      await raw(
        `CREATE VIRTUAL TABLE IF NOT EXISTS search_titles_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')`,
      );
    },
    async drop() {
      await raw('DROP TABLE IF EXISTS search_titles_fts');
      await raw('DROP TABLE IF EXISTS search_articles_fts');
      await raw('DROP TABLE IF EXISTS search_articles');
    },
    upsert: (entry) =>
      atomic(async () => {
        const existing = await rowOf(entry.documentId);
        const floor = rowidFloor(entry.date);
        const previous = existing?.fts_rowid ?? null;
        if (previous !== null) await deleteFts(previous);
        // Same second: keep the slot (and so the order among articles of that second).
        const ftsRowid =
          previous !== null && previous >= floor && previous < floor + ROWID_SLOTS
            ? previous
            : await freeRowid(entry.date);
        await raw(
          `INSERT INTO search_articles (document_id, fts_rowid, article_id, date, title, lead, body, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (document_id) DO UPDATE SET fts_rowid = excluded.fts_rowid, article_id = excluded.article_id, date = excluded.date,
             title = excluded.title, lead = excluded.lead, body = excluded.body, summary = excluded.summary`,
          [
            entry.documentId,
            ftsRowid,
            entry.articleId,
            entry.date,
            entry.title,
            entry.lead,
            entry.body,
            JSON.stringify(entry.summary),
          ],
        );
        const facets = facetsOf(entry);
        await raw('INSERT INTO search_articles_fts (rowid, text) VALUES (?, ?)', [
          ftsRowid,
          `${entry.foldedTitle}\n${entry.foldedContent}\n${facets}`,
        ]);
        await raw('INSERT INTO search_titles_fts (rowid, text) VALUES (?, ?)', [
          ftsRowid,
          `${entry.foldedTitle}\n${facets}`,
        ]);
      }),
    remove: (documentId) =>
      atomic(async () => {
        const existing = await rowOf(documentId);
        if (!existing) return;
        if (existing.fts_rowid != null) await deleteFts(existing.fts_rowid);
        await raw('DELETE FROM search_articles WHERE id = ?', [existing.id]);
      }),
    async versions() {
      return versionsOf(rowsOf(await raw('SELECT document_id, article_id FROM search_articles')));
    },
    async clear() {
      await raw('DELETE FROM search_titles_fts');
      await raw('DELETE FROM search_articles_fts');
      await raw('DELETE FROM search_articles');
    },
    async count() {
      return Number(
        rowsOf<{ total: number }>(await raw('SELECT count(*) AS total FROM search_articles'))[0]?.total ?? 0,
      );
    },
    async search(query, filters, { page, pageSize }, countOnce) {
      // An empty list of authors or themes (a slug no document has) matches nothing.
      if (filters.authors?.length === 0 || filters.themes?.length === 0 || filters.agencies?.length === 0)
        return { hits: [], total: 0 };
      const expression = searchExpression(query, filters);
      const range: string[] = [];
      const rangeBindings: unknown[] = [];
      if (filters.from) {
        range.push('rowid >= ?');
        rangeBindings.push(rowidFloor(filters.from));
      }
      if (filters.to) {
        range.push('rowid < ?');
        rangeBindings.push(rowidFloor(filters.to));
      }
      const where = (table: string) => [`${table} MATCH ?`, ...range].join(' AND ');
      const countIn = async (table: string) =>
        Number(
          rowsOf<{ total: number }>(
            await raw(`SELECT count(*) AS total FROM ${table} WHERE ${where(table)}`, [expression, ...rangeBindings]),
          )[0]?.total ?? 0,
        );

      const offset = (page - 1) * pageSize;
      // Title matches first, then the rest; each part newest first, so FTS5 stops after one page.
      let ids = rowsOf<{ rowid: number }>(
        await raw(
          `SELECT rowid FROM search_titles_fts WHERE ${where('search_titles_fts')} ORDER BY rowid DESC LIMIT ? OFFSET ?`,
          [expression, ...rangeBindings, pageSize, offset],
        ),
      ).map((row) => row.rowid);
      // One machine, 100,000 articles at most in this project's figures: FTS5 counts exactly, from rowid lists.
      const { total } = await countOnce(async () => ({
        total: await countIn('search_articles_fts'),
        estimated: false,
      }));
      // Only a page past the title matches needs their number, and a partly filled page tells it without a count.
      const titleTotal = ids.length > 0 ? offset + ids.length : offset === 0 ? 0 : await countIn('search_titles_fts');
      if (ids.length < pageSize && offset + ids.length < total) {
        const rest = rowsOf<{ rowid: number }>(
          await raw(
            `SELECT rowid FROM search_articles_fts WHERE ${where('search_articles_fts')}
               AND rowid NOT IN (SELECT rowid FROM search_titles_fts WHERE ${where('search_titles_fts')})
             ORDER BY rowid DESC LIMIT ? OFFSET ?`,
            [
              expression,
              ...rangeBindings,
              expression,
              ...rangeBindings,
              pageSize - ids.length,
              Math.max(0, offset - titleTotal),
            ],
          ),
        ).map((row) => row.rowid);
        ids = [...ids, ...rest];
      }
      if (ids.length === 0) return { hits: [], total };
      const rows = rowsOf<HitRow & { fts_rowid: number }>(
        await raw(
          `SELECT document_id, fts_rowid, title, lead, body, summary FROM search_articles WHERE fts_rowid IN (${ids.map(() => '?').join(', ')})`,
          ids,
        ),
      );
      const byRowid = new Map(rows.map((row) => [row.fts_rowid, row]));
      return { total, hits: ids.flatMap((rowid) => (byRowid.has(rowid) ? [toHit(byRowid.get(rowid)!)] : [])) };
    },
  };
}
