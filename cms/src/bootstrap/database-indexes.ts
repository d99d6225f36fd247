import type { Core } from '@strapi/strapi';

/**
 * Indexes on the columns the site and partners filter and sort by. Strapi's schema has no place for them, and its
 * schema sync may drop indexes it does not know, so they are (re)created on every start; IF NOT EXISTS makes that
 * instant when they are there, and safe when several instances start at once.
 */
const INDEXES: Array<[name: string, table: string, columns: string]> = [
  ['articles_slug_idx', 'articles', 'slug'],
  ['articles_date_idx', 'articles', 'date, id'],
  ['articles_published_date_idx', 'articles', 'published_at, date'],
  // Every public list counts the published public articles: this answers the count from the index alone.
  ['articles_audience_published_idx', 'articles', 'audience, published_at'],
  ['authors_slug_idx', 'authors', 'slug'],
  ['campaign_themes_slug_idx', 'campaign_themes', 'slug'],
  ['categories_slug_idx', 'categories', 'slug'],
];

export async function ensureDatabaseIndexes(strapi: Core.Strapi): Promise<void> {
  for (const [name, table, columns] of INDEXES) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`);
  }
}
