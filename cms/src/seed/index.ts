import type { Core } from '@strapi/strapi';
import { contentChanged } from '../cache/invalidation';
import {
  CAMPAIGN_THEMES,
  CATEGORIES,
  REAL_ARTICLE_AGENCY,
  REAL_ARTICLE_AUTHOR_KEY,
  REAL_ARTICLE_CATEGORY,
  REAL_ARTICLE_KEY,
  REAL_ARTICLE_LEAD,
  KNOWN_AGENCY_SETTINGS,
} from './catalogue';
import { AGENCY } from '../agencies/registry';
import { readRealArticle, toBlocks } from './real-article';
import { createSampleArticles } from './bulk-samples';
import { MAX_SAMPLE_ARTICLES, sampleIndexOf } from './samples';
import { seedAgencyPages } from './agency-pages';
import { seedRecords } from './records';

/**
 * Idempotent seeding. A ledger in Strapi's core store records each seeded entry's key and documentId: an entry in
 * the ledger is never created or written again, so a second run adds nothing and an editor's edit or deletion
 * stands. Entries found by slug (a database seeded before the ledger existed) are adopted, not duplicated.
 */
const LEDGER = { type: 'core', name: 'thads-seed', key: 'ledger' } as const;

type Ledger = Record<string, string>;
type SeedUid =
  'api::article.article' | 'api::author.author' | 'api::campaign-theme.campaign-theme' | 'api::category.category';

export type SeedOptions = { sampleArticles?: number; log?: (message: string) => void };
export type SeedReport = { created: string[]; samplesCreated: number };

export async function seed(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? ((message: string) => strapi.log.info(`[seed] ${message}`));
  const ledger: Ledger = ((await strapi.store.get(LEDGER)) as Ledger | null) ?? {};
  const report: SeedReport = { created: [], samplesCreated: 0 };

  const ensure = async (
    key: string,
    uid: SeedUid,
    slug: string,
    data: Record<string, unknown>,
  ): Promise<string | null> => {
    if (key in ledger) return ledger[key] ?? null;
    // A slug is unique within an agency (categories: nationally).
    const where = typeof data.agency === 'string' ? { slug, agency: data.agency } : { slug };
    const existing = await strapi.db.query(uid).findOne({ where, select: ['documentId'] });
    if (existing) {
      ledger[key] = existing.documentId as string;
    } else {
      const created = await strapi.documents(uid).create({ data: { ...data, slug } as never, status: 'published' });
      ledger[key] = created.documentId;
      report.created.push(key);
    }
    await strapi.store.set({ ...LEDGER, value: ledger });
    return ledger[key] ?? null;
  };
  const slugOf = (key: string) => key.slice(key.indexOf(':') + 1);
  const stillExists = async (uid: SeedUid, documentId: string | null) =>
    documentId !== null && (await strapi.db.query(uid).count({ where: { documentId } })) > 0;

  // The header and footer of the agency whose portal this began as, with what that portal said of itself.
  for (const [code, settings] of Object.entries(KNOWN_AGENCY_SETTINGS)) {
    const key = `agency-settings:${code}`;
    if (key in ledger) continue;
    const agency = (await strapi.db.query(AGENCY).findOne({ where: { code }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    if (!agency) continue;
    await strapi.documents(AGENCY).update({ documentId: agency.documentId, data: settings as never });
    ledger[key] = agency.documentId;
    report.created.push(key);
    await strapi.store.set({ ...LEDGER, value: ledger });
  }

  const categoryIds = new Map<string, string | null>();
  for (const { key, ...category } of CATEGORIES) {
    categoryIds.set(key, await ensure(key, 'api::category.category', slugOf(key), category));
  }

  const themeIds: Array<string | null> = [];
  for (const { key, ...theme } of CAMPAIGN_THEMES) {
    themeIds.push(await ensure(key, 'api::campaign-theme.campaign-theme', slugOf(key), theme));
  }

  const article = readRealArticle(strapi.dirs.app.root);
  const authorId = await ensure(REAL_ARTICLE_AUTHOR_KEY, 'api::author.author', slugOf(REAL_ARTICLE_AUTHOR_KEY), {
    name: article.byline,
    agency: REAL_ARTICLE_AGENCY,
  });

  // Relations point only at seeded entries that still exist (an editor may have deleted one).
  const categoryId = categoryIds.get(REAL_ARTICLE_CATEGORY) ?? null;
  const liveThemes: string[] = [];
  for (const id of themeIds)
    if (await stillExists('api::campaign-theme.campaign-theme', id)) liveThemes.push(id as string);
  await ensure(REAL_ARTICLE_KEY, 'api::article.article', slugOf(REAL_ARTICLE_KEY), {
    agency: REAL_ARTICLE_AGENCY,
    title: article.title,
    lead: REAL_ARTICLE_LEAD,
    date: article.date,
    body: toBlocks(article.body),
    featured: true,
    isSample: false,
    authors: (await stillExists('api::author.author', authorId)) ? [authorId] : [],
    category: (await stillExists('api::category.category', categoryId)) ? categoryId : null,
    campaignThemes: liveThemes,
  });

  // The central department's and Phú Thọ's introduction, leadership and units, in Vietnamese and English.
  await seedAgencyPages(strapi, async (key, create) => {
    if (key in ledger) return;
    ledger[key] = await create();
    report.created.push(key);
    await strapi.store.set({ ...LEDGER, value: ledger });
  });
  // The agencies' records (issue 20): documents, sample notices and sample register entries.
  report.created.push(...(await seedRecords(strapi)));

  report.samplesCreated = await seedSampleArticles(strapi, options.sampleArticles ?? 0, [...categoryIds.values()]);
  // The bulk sample path writes rows directly, past the Document Service middleware that would announce it.
  if (report.samplesCreated > 0) contentChanged(strapi);
  if (report.created.length > 0 || report.samplesCreated > 0) {
    log(`created ${report.created.length} entries and ${report.samplesCreated} sample articles`);
  }
  return report;
}

/** Makes sure samples 1..count exist (by their slug prefix); existing ones, edited or not, are left alone. */
async function seedSampleArticles(
  strapi: Core.Strapi,
  count: number,
  categoryIds: Array<string | null>,
): Promise<number> {
  if (!Number.isInteger(count) || count < 0 || count > MAX_SAMPLE_ARTICLES) {
    throw new Error(
      `The number of sample articles must be a whole number from 0 to ${MAX_SAMPLE_ARTICLES}, not ${count}`,
    );
  }
  if (count === 0) return 0;
  const existing = (await strapi.db.query('api::article.article').findMany({
    where: { isSample: true },
    select: ['slug'],
  })) as Array<{ slug: string }>;
  const seen = new Set(existing.map((row) => sampleIndexOf(row.slug)).filter((index) => index > 0));
  const categories = categoryIds.filter((id): id is string => id !== null);
  const missing = Array.from({ length: count }, (_, offset) => offset + 1).filter((index) => !seen.has(index));
  return missing.length ? createSampleArticles(strapi, missing, categories) : 0;
}
