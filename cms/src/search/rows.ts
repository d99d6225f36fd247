import type { SearchHit } from './store';

/** Reading the index's rows, the same for both databases. */
export const versionsOf = (rows: Array<{ document_id: string; article_id: number | string | null }>) =>
  new Map(rows.map((row) => [row.document_id, row.article_id === null ? null : Number(row.article_id)]));

export type HitRow = {
  document_id: string;
  title: string;
  lead: string;
  body: string;
  summary: string | Record<string, unknown>;
};

export const toHit = (row: HitRow): SearchHit => ({
  documentId: row.document_id,
  title: row.title,
  lead: row.lead,
  body: row.body,
  // SQLite hands back the JSON text, PostgreSQL the parsed jsonb.
  summary: typeof row.summary === 'string' ? (JSON.parse(row.summary) as Record<string, unknown>) : row.summary,
});

export const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
