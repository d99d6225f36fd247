import type { SearchQuery } from '@thads/vietnamese';
import { PUBLIC_AUDIENCE } from '../audience/guard';
import { boundedCountSql } from '../lib/bounded-count';
import { rowsOf, toHit, versionsOf, type HitRow } from './rows';
import type { Raw, SearchFilters, SearchStore } from './store';

/** A slug list stored as " a b " so that one slug can be matched exactly with LIKE '% a %'. */
const slugList = (slugs: string[]) => ` ${slugs.join(' ')} `;

/** `column IN (?, …)` with its bindings (knex would expand one array binding itself, but not an empty one). */
const isAny = (column: string, values: readonly string[]): [string, string[]] =>
  values.length === 0 ? ['false', []] : [`${column} IN (${values.map(() => '?').join(', ')})`, [...values]];

/** PostgreSQL's WHERE clauses for the filters (SQLite keeps filters inside FTS5). */
function filterClauses(filters: SearchFilters) {
  // Articles, or citizens' questions: each search is of one kind.
  const clauses: string[] = ['kind = ?'];
  const bindings: unknown[] = [filters.kind];
  if (filters.category) {
    clauses.push('category = ?');
    bindings.push(filters.category);
  }
  if (filters.agencies) {
    const [clause, values] = isAny('agency', filters.agencies);
    clauses.push(clause);
    bindings.push(...values);
  }
  for (const [column, keys] of [
    ['authors', filters.authors],
    ['themes', filters.themes],
  ] as const) {
    if (!keys) continue;
    clauses.push(`(${keys.map(() => `${column} LIKE ?`).join(' OR ') || 'false'})`);
    bindings.push(...keys.map((key) => `% ${key} %`));
  }
  // Staff articles only for staff of their agency (`audience/guard`).
  if (filters.staffAgencies.length === 0) clauses.push(`audience = '${PUBLIC_AUDIENCE}'`);
  else {
    const [clause, values] = isAny('agency', filters.staffAgencies);
    clauses.push(`(audience = '${PUBLIC_AUDIENCE}' OR ${clause})`);
    bindings.push(...values);
  }
  if (filters.from) {
    clauses.push('date >= ?');
    bindings.push(filters.from);
  }
  if (filters.to) {
    clauses.push('date < ?');
    bindings.push(filters.to);
  }
  return { clauses, bindings };
}

export function postgresStore(raw: Raw): SearchStore {
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
        kind TEXT NOT NULL DEFAULT 'article',
        article_id INTEGER,
        date TIMESTAMPTZ NOT NULL,
        agency TEXT NOT NULL DEFAULT '',
        category TEXT,
        authors TEXT NOT NULL DEFAULT '',
        themes TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL DEFAULT 'public',
        title TEXT NOT NULL,
        lead TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        summary JSONB NOT NULL DEFAULT '{}',
        title_tsv TSVECTOR NOT NULL,
        tsv TSVECTOR NOT NULL
      )`);
      // The text is folded by the application (unaccent is not IMMUTABLE, and does not know đ): 'simple' only splits.
      await raw('CREATE INDEX IF NOT EXISTS search_articles_tsv ON search_articles USING GIN (tsv)');
      // Title matches are found through their own index; each part of a page is read newest first by the date index.
      await raw('CREATE INDEX IF NOT EXISTS search_articles_title_tsv ON search_articles USING GIN (title_tsv)');
      await raw('DROP INDEX IF EXISTS search_articles_date');
      await raw(
        'CREATE INDEX IF NOT EXISTS search_articles_date_document ON search_articles (date DESC, document_id DESC)',
      );
      // An agency's search walks its own articles newest first.
      await raw(
        'CREATE INDEX IF NOT EXISTS search_articles_agency_date ON search_articles (agency, date DESC, document_id DESC)',
      );
    },
    async drop() {
      await raw('DROP TABLE IF EXISTS search_articles');
    },
    async upsert(entry) {
      await raw(
        `INSERT INTO search_articles (document_id, kind, article_id, date, agency, category, authors, themes, audience, title, lead, body, summary, title_tsv, tsv)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, to_tsvector('simple', ?), setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))
         ON CONFLICT (document_id) DO UPDATE SET kind = EXCLUDED.kind, article_id = EXCLUDED.article_id, date = EXCLUDED.date, agency = EXCLUDED.agency, category = EXCLUDED.category, authors = EXCLUDED.authors,
           themes = EXCLUDED.themes, audience = EXCLUDED.audience, title = EXCLUDED.title, lead = EXCLUDED.lead, body = EXCLUDED.body, summary = EXCLUDED.summary,
           title_tsv = EXCLUDED.title_tsv, tsv = EXCLUDED.tsv`,
        [
          entry.documentId,
          entry.kind,
          entry.articleId,
          entry.date,
          entry.agency,
          entry.category,
          slugList(entry.authors),
          slugList(entry.themes),
          entry.audience,
          entry.title,
          entry.lead,
          entry.body,
          JSON.stringify(entry.summary),
          entry.foldedTitle,
          entry.foldedTitle,
          entry.foldedContent,
        ],
      );
    },
    async remove(documentId) {
      await raw('DELETE FROM search_articles WHERE document_id = ?', [documentId]);
    },
    async versions() {
      return versionsOf(rowsOf(await raw('SELECT document_id, article_id FROM search_articles')));
    },
    async clear() {
      await raw('DELETE FROM search_articles');
    },
    async count() {
      return Number(
        rowsOf<{ total: string }>(await raw('SELECT count(*) AS total FROM search_articles'))[0]?.total ?? 0,
      );
    },
    async search(query, filters, { page, pageSize }, countOnce) {
      const countBindings: unknown[] = [];
      const condition = `tsv @@ (${tsquery(query, countBindings)})`;
      const { clauses, bindings } = filterClauses(filters);
      const where = [condition, ...clauses].join(' AND ');
      const matching = [...countBindings, ...bindings];
      const titleBindings: unknown[] = [];
      const titleCondition = `title_tsv @@ (${tsquery(query, titleBindings)})`;
      // Exact up to a bound, estimated above it: "thi hành án" matches half of a million articles.
      const { total, estimated } = await countOnce(() =>
        boundedCountSql(
          async (sql, bindings) => rowsOf<Record<string, unknown>>(await raw(sql, [...bindings])),
          `SELECT 1 FROM search_articles WHERE ${where}`,
          matching,
          { estimateFirst: true },
        ),
      );
      if (total === 0) return { hits: [], total };
      // Title matches first, then the rest, each newest first: two queries that each stop after one page (through the
      // date index when most articles match), where one ORDER BY over both would sort every match.
      const offset = (page - 1) * pageSize;
      const pageOf = async (titles: boolean, limit: number, skip: number) =>
        rowsOf<HitRow>(
          await raw(
            `SELECT document_id, title, lead, body, summary FROM search_articles
             WHERE ${where} AND ${titles ? '' : 'NOT '}(${titleCondition})
             ORDER BY date DESC, document_id DESC LIMIT ? OFFSET ?`,
            [...matching, ...titleBindings, limit, skip],
          ),
        );
      const hits = await pageOf(true, pageSize, offset);
      if (hits.length < pageSize && offset + hits.length < total) {
        // Only a page past the title matches needs their number, and a partly filled page tells it without a count.
        const titleTotal =
          hits.length > 0
            ? offset + hits.length
            : offset === 0
              ? 0
              : Number(
                  rowsOf<{ total: string }>(
                    await raw(`SELECT count(*) AS total FROM search_articles WHERE ${where} AND (${titleCondition})`, [
                      ...matching,
                      ...titleBindings,
                    ]),
                  )[0]?.total ?? 0,
                );
        hits.push(...(await pageOf(false, pageSize - hits.length, Math.max(0, offset - titleTotal))));
      }
      return { total, estimated, hits: hits.map(toHit) };
    },
  };
}
