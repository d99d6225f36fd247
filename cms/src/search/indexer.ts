import type { Core, UID } from '@strapi/strapi';
import { loadSearchEntry, toSearchEntry } from './entry';
import { createSearchStore, type SearchStore } from './store';

/** The relation of an article that embeds each related type (its names are indexed with the article). */
export const RELATED_TYPES: Partial<Record<UID.ContentType, string>> = {
  'api::author.author': 'authors',
  'api::campaign-theme.campaign-theme': 'campaignThemes',
  'api::category.category': 'category',
};

export type SearchIndexer = {
  store: SearchStore;
  reindexArticle(documentId: string): Promise<void>;
  /** Articles that embed a given author, campaign theme or category. */
  articlesLinkedTo(uid: UID.ContentType, documentId: string): Promise<string[]>;
  rebuild(options?: { log?: (message: string) => void }): Promise<number>;
};

const BATCH = 500;
const indexers = new WeakMap<Core.Strapi, SearchIndexer>();

export function searchIndexer(strapi: Core.Strapi): SearchIndexer {
  const existing = indexers.get(strapi);
  if (existing) return existing;
  const store = createSearchStore(strapi);
  const indexer: SearchIndexer = {
    store,
    async reindexArticle(documentId) {
      const entry = await loadSearchEntry(strapi, documentId);
      if (entry) await store.upsert(entry);
      else await store.remove(documentId);
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
          populate: { category: { fields: ['slug', 'name'] }, authors: { fields: ['slug', 'name'] }, campaignThemes: { fields: ['slug', 'name'] } },
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
