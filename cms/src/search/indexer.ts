import type { Core, UID } from '@strapi/strapi';
import { contentChanged } from '../cache/invalidation';
import { loadSearchEntry, SEARCH_ENTRY_POPULATE, toSearchEntry } from './entry';
import { createSearchStore, type SearchStore } from './store';

/** The relation of an article that embeds each related type (its names are indexed with the article). */
export const RELATED_TYPES: Partial<Record<UID.ContentType, string>> = {
  'api::author.author': 'authors',
  'api::campaign-theme.campaign-theme': 'campaignThemes',
  'api::category.category': 'category',
};

export type SearchIndexer = {
  store: SearchStore;
  /**
   * Makes the index ready at start: creates it, replaces it when its schema changed, and otherwise brings it level
   * with what is published (entries missing, stale or left over, e.g. from a crash mid-way through a bulk import).
   */
  prepare(): Promise<void>;
  /** Re-indexes the articles whose entry is missing, stale or of no published article; returns how many. */
  reconcile(): Promise<number>;
  reindexArticle(documentId: string): Promise<void>;
  /** Re-indexes many articles with one read per batch (bulk imports and seeding). */
  reindexArticles(documentIds: string[]): Promise<void>;
  /** Articles that embed a given author, campaign theme or category. */
  articlesLinkedTo(uid: UID.ContentType, documentId: string): Promise<string[]>;
  rebuild(options?: { log?: (message: string) => void }): Promise<number>;
};

const BATCH = 500;
/** Raise when the index tables change shape: every database then rebuilds its index once, at start. */
const SCHEMA_VERSION = 7;
const VERSION_KEY = { type: 'core', name: 'thads-search', key: 'schema-version' } as const;
const indexers = new WeakMap<Core.Strapi, SearchIndexer>();

export function searchIndexer(strapi: Core.Strapi): SearchIndexer {
  const existing = indexers.get(strapi);
  if (existing) return existing;
  const store = createSearchStore(strapi);
  const indexer: SearchIndexer = {
    store,
    async prepare() {
      const version = (await strapi.store.get(VERSION_KEY)) as number | null;
      if (version !== SCHEMA_VERSION) {
        await store.drop();
        await store.ensureSchema();
        const indexed = await indexer.rebuild();
        await strapi.store.set({ ...VERSION_KEY, value: SCHEMA_VERSION });
        strapi.log.info(`[search] index schema v${SCHEMA_VERSION}: indexed ${indexed} published articles`);
        return;
      }
      await store.ensureSchema();
      const repaired = await indexer.reconcile();
      if (repaired === 0) return;
      strapi.log.info(`[search] index brought level with the published articles: ${repaired} entries re-indexed`);
      // Other instances sharing the database may hold answers from the stale index.
      contentChanged(strapi);
    },
    async reconcile() {
      const published = (await strapi.db.query('api::article.article').findMany({
        where: { publishedAt: { $notNull: true } },
        select: ['id', 'documentId'],
      })) as Array<{ id: number; documentId: string }>;
      const indexed = await store.versions();
      const current = new Set<string>();
      const stale: string[] = [];
      for (const { id, documentId } of published) {
        current.add(documentId);
        if (indexed.get(documentId) !== id) stale.push(documentId);
      }
      const leftOver = [...indexed.keys()].filter((documentId) => !current.has(documentId));
      // reindexArticles removes the entries of documents without a published version.
      await indexer.reindexArticles([...stale, ...leftOver]);
      return stale.length + leftOver.length;
    },
    async reindexArticle(documentId) {
      const entry = await loadSearchEntry(strapi, documentId);
      if (entry) await store.upsert(entry);
      else await store.remove(documentId);
    },
    async reindexArticles(documentIds) {
      for (let start = 0; start < documentIds.length; start += BATCH) {
        const batch = documentIds.slice(start, start + BATCH);
        const articles = await strapi.documents('api::article.article').findMany({
          status: 'published',
          filters: { documentId: { $in: batch } },
          populate: SEARCH_ENTRY_POPULATE,
          limit: batch.length,
        });
        const found = new Set(articles.map((article) => article.documentId));
        // One commit per batch, not four per article.
        await strapi.db.transaction(async () => {
          for (const article of articles) await store.upsert(toSearchEntry(article as never));
          for (const documentId of batch) if (!found.has(documentId)) await store.remove(documentId);
        });
      }
    },
    async articlesLinkedTo(uid, documentId) {
      const relation = RELATED_TYPES[uid];
      if (!relation) return [];
      const rows = (await strapi.db.query('api::article.article').findMany({
        where: { [relation]: { documentId }, publishedAt: { $notNull: true } },
        select: ['documentId'],
      })) as Array<{ documentId: string }>;
      return [...new Set(rows.map((row) => row.documentId))];
    },
    async rebuild({ log = () => {} } = {}) {
      await store.ensureSchema();
      await store.clear();
      let indexed = 0;
      for (let start = 0; ; start += BATCH) {
        const articles = await strapi.documents('api::article.article').findMany({
          status: 'published',
          sort: ['id:asc'],
          start,
          limit: BATCH,
          populate: SEARCH_ENTRY_POPULATE,
        });
        if (articles.length === 0) break;
        await strapi.db.transaction(async () => {
          for (const article of articles) await store.upsert(toSearchEntry(article as never));
        });
        indexed += articles.length;
        log(`indexed ${indexed} articles`);
      }
      return indexed;
    },
  };
  indexers.set(strapi, indexer);
  return indexer;
}
