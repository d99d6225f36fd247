import type { Core, UID } from '@strapi/strapi';
import { isAgencyScoped } from '../agencies/scoped-types';
import { SLUG_AT_PUBLICATION, SLUG_SOURCES, slugIndexName, uniqueSlug } from '../document-middlewares/slugs';

/**
 * Indexes on the columns the site and partners filter and sort by. Strapi's schema has no place for them, and its
 * schema sync may drop indexes it does not know, so they are (re)created on every start; IF NOT EXISTS makes that
 * instant when they are there, and safe when several instances start at once.
 */
const INDEXES: Array<[name: string, table: string, columns: string]> = [
  ['articles_slug_idx', 'articles', 'slug'],
  ['articles_date_idx', 'articles', 'date, id'],
  ['articles_published_date_idx', 'articles', 'published_at, date'],
  // Every public list counts the published public articles (Strapi counts "id"), and the sitemap index reads their
  // change dates: both answered from the index alone.
  ['articles_public_idx', 'articles', 'audience, published_at, id, updated_at'],
  // The home page's featured list, counted the same way.
  ['articles_featured_idx', 'articles', 'featured, audience, published_at, id'],
  // An agency's lists: its public articles newest first, and their count, from the index alone.
  ['articles_agency_date_idx', 'articles', 'agency, date, id'],
  ['articles_agency_public_idx', 'articles', 'agency, audience, published_at, id'],
  // An editor's list in the admin: the agency's documents, last edited first.
  ['articles_agency_updated_idx', 'articles', 'agency, updated_at'],
  // A category page: the category's articles newest first, nationally and for an agency (`categoryDocument`: the copy
  // of the category link kept on the row), and their counts.
  ['articles_category_date_idx', 'articles', 'category_document, date, id'],
  ['articles_category_public_idx', 'articles', 'category_document, audience, published_at, id'],
  ['articles_agency_category_date_idx', 'articles', 'agency, category_document, date, id'],
  ['articles_agency_category_public_idx', 'articles', 'agency, category_document, audience, published_at, id'],
  // Redirects of addresses of the national portal's former pages (`legacyPath`).
  ['articles_legacy_path_idx', 'articles', 'legacy_path'],
  // The scheduler looks for due drafts every few seconds; without these it reads every article.
  ['articles_publish_at_idx', 'articles', 'publish_at'],
  ['articles_unpublish_at_idx', 'articles', 'unpublish_at'],
  // The sitemap of pages: the newest change.
  ['articles_updated_idx', 'articles', 'updated_at'],
  ['authors_slug_idx', 'authors', 'slug'],
  ['authors_agency_idx', 'authors', 'agency, slug'],
  ['campaign_themes_slug_idx', 'campaign_themes', 'slug'],
  ['campaign_themes_agency_idx', 'campaign_themes', 'agency, slug'],
  ['categories_slug_idx', 'categories', 'slug'],
  // --- Citizens' questions (issue 21): an agency's answered questions newest first, a question by its tracking code,
  // its contact details, and the jobs' due erasures and notices.
  ['questions_agency_answered_idx', 'questions', 'agency, published_at, answered_at'],
  ['questions_tracking_code_idx', 'questions', 'tracking_code'],
  ['question_contacts_question_idx', 'thads_question_contacts', 'question'],
  ['question_contacts_erase_idx', 'thads_question_contacts', 'erased_at, erase_after'],
  ['question_contacts_notify_idx', 'thads_question_contacts', 'notify_state, notify_after'],
];

/**
 * Replaced by an index above, or by the unique index of slugs per agency (a unique index of slugs across agencies
 * would refuse the same `gioi-thieu` in two agencies).
 */
const OBSOLETE = [
  'articles_audience_published_idx',
  'articles_slug_unique',
  'authors_slug_unique',
  'campaign_themes_slug_unique',
];

export async function ensureDatabaseIndexes(strapi: Core.Strapi): Promise<void> {
  for (const name of OBSOLETE) await strapi.db.connection.raw(`DROP INDEX IF EXISTS ${name}`);
  for (const [name, table, columns] of INDEXES) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`);
  }
  for (const uid of Object.keys({ ...SLUG_SOURCES, ...SLUG_AT_PUBLICATION }) as UID.ContentType[])
    await ensureUniqueSlugs(strapi, uid);
}

/**
 * The database decides slug uniqueness, so that two simultaneous saves of one title cannot both get it. A document has
 * a draft row and a published row sharing its slug (per locale): unique per (agency, slug, locale, draft or published)
 * for an agency-scoped type, per (slug, locale, draft or published) otherwise. Slugs shared by several documents of
 * one agency (written before this index, or by imports) are first renamed, all rows of the later document together, or
 * the index could not be created; the same slug in two agencies is not shared, and stays.
 */
async function ensureUniqueSlugs(strapi: Core.Strapi, uid: UID.ContentType): Promise<void> {
  const table = strapi.db.metadata.get(uid).tableName;
  const scoped = isAgencyScoped(strapi, uid);
  const key = scoped ? ['agency', 'slug'] : ['slug'];
  const shared = (await strapi.db
    .connection(table)
    .select(key)
    .whereNotNull('slug')
    .groupBy(key)
    .havingRaw('COUNT(DISTINCT document_id) > 1')) as Array<{ slug: string; agency?: string | null }>;
  for (const { slug, agency = null } of shared) {
    const same = scoped ? { slug, agency } : { slug };
    const documents = (await strapi.db
      .connection(table)
      .select('document_id')
      .where(same)
      .groupBy('document_id')
      .orderByRaw('MIN(id)')) as Array<{ document_id: string }>;
    // The oldest document keeps the slug its URLs were published under.
    for (const { document_id: documentId } of documents.slice(1)) {
      const renamed = await uniqueSlug(strapi, uid, slug, documentId, 0, agency);
      await strapi.db
        .connection(table)
        .where({ document_id: documentId, ...same })
        .update({ slug: renamed });
      strapi.log.warn(
        `Slug "${slug}" was shared by several documents of ${uid}${scoped ? ` in agency "${agency}"` : ''}: document ${documentId} now has "${renamed}".`,
      );
    }
  }
  const columns = `${scoped ? `(COALESCE(agency, '')), ` : ''}slug, (COALESCE(locale, '')), (published_at IS NULL)`;
  await strapi.db.connection.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS ${slugIndexName(table, scoped)} ON ${table} (${columns})`,
  );
}
