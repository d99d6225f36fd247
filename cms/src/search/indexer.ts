import type { Core, UID } from '@strapi/strapi';
import { contentChanged } from '../cache/invalidation';
import {
  QUESTION_ENTRY_FIELDS,
  QUESTION_UID,
  SEARCH_ENTRY_POPULATE,
  toQuestionEntry,
  toSearchEntry,
  type SearchEntry,
} from './entry';
import { createSearchStore, type SearchStore } from './store';

/** The relation of an article that embeds each related type (its names are indexed with the article). */
export const RELATED_TYPES: Partial<Record<UID.ContentType, string>> = {
  'api::author.author': 'authors',
  'api::campaign-theme.campaign-theme': 'campaignThemes',
  'api::category.category': 'category',
};

const ARTICLE_UID = 'api::article.article';

/** The types whose published documents the index holds, and how each becomes an entry. */
const SEARCHED = [
  {
    uid: ARTICLE_UID,
    read: { populate: SEARCH_ENTRY_POPULATE },
    toEntry: (document: unknown) => toSearchEntry(document as never),
  },
  {
    uid: QUESTION_UID,
    read: { fields: [...QUESTION_ENTRY_FIELDS] },
    toEntry: (document: unknown) => toQuestionEntry(document as never),
  },
] as const satisfies ReadonlyArray<{
  uid: UID.ContentType;
  read: Record<string, unknown>;
  toEntry: (document: unknown) => SearchEntry;
}>;
type Searched = (typeof SEARCHED)[number];
const searchedType = (uid: string): Searched | undefined => SEARCHED.find((type) => type.uid === uid);
/** Whether a type's published documents are in the search index (articles, citizens' questions). */
export const isSearchedType = (uid: string): boolean => searchedType(uid) !== undefined;

export type SearchIndexer = {
  store: SearchStore;
  /**
   * Makes the index ready at start: creates it, replaces it when its schema changed, and otherwise brings it level
   * with what is published (entries missing, stale or left over, e.g. from a crash mid-way through a bulk import).
   */
  prepare(): Promise<void>;
  /** Re-indexes the documents whose entry is missing, stale or of no published document; returns how many. */
  reconcile(): Promise<number>;
  reindexArticle(documentId: string): Promise<void>;
  /** Re-indexes many articles with one read per batch (bulk imports and seeding). */
  reindexArticles(documentIds: string[]): Promise<void>;
  /** Re-indexes documents of one searched type (articles, questions), a batch per read. */
  reindex(uid: string, documentIds: string[]): Promise<void>;
  /** Articles that embed a given author, campaign theme or category. */
  articlesLinkedTo(uid: UID.ContentType, documentId: string): Promise<string[]>;
  rebuild(options?: { log?: (message: string) => void }): Promise<number>;
};

const BATCH = 500;
/** Raise when the index tables change shape: every database then rebuilds its index once, at start. */
const SCHEMA_VERSION = 8;
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
        strapi.log.info(`[search] index schema v${SCHEMA_VERSION}: indexed ${indexed} published documents`);
        return;
      }
      await store.ensureSchema();
      const repaired = await indexer.reconcile();
      if (repaired === 0) return;
      strapi.log.info(`[search] index brought level with what is published: ${repaired} entries re-indexed`);
      // Other instances sharing the database may hold answers from the stale index.
      contentChanged(strapi);
    },
    async reconcile() {
      const indexed = await store.versions();
      const current = new Set<string>();
      let repaired = 0;
      for (const { uid } of SEARCHED) {
        const published = (await strapi.db.query(uid).findMany({
          where: { publishedAt: { $notNull: true } },
          select: ['id', 'documentId'],
        })) as Array<{ id: number; documentId: string }>;
        const stale: string[] = [];
        for (const { id, documentId } of published) {
          current.add(documentId);
          if (indexed.get(documentId) !== id) stale.push(documentId);
        }
        await indexer.reindex(uid, stale);
        repaired += stale.length;
      }
      const leftOver = [...indexed.keys()].filter((documentId) => !current.has(documentId));
      for (const documentId of leftOver) await store.remove(documentId);
      return repaired + leftOver.length;
    },
    async reindexArticle(documentId) {
      await indexer.reindex(ARTICLE_UID, [documentId]);
    },
    async reindexArticles(documentIds) {
      await indexer.reindex(ARTICLE_UID, documentIds);
    },
    async reindex(uid, documentIds) {
      const type = searchedType(uid);
      if (!type) return;
      for (let start = 0; start < documentIds.length; start += BATCH) {
        const batch = documentIds.slice(start, start + BATCH);
        const documents = await strapi.documents(type.uid).findMany({
          status: 'published',
          filters: { documentId: { $in: batch } },
          ...type.read,
          limit: batch.length,
        } as never);
        const found = new Set(documents.map((document) => document.documentId));
        // One commit per batch, not four per document.
        await strapi.db.transaction(async () => {
          for (const document of documents) await store.upsert(type.toEntry(document));
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
      for (const type of SEARCHED)
        for (let start = 0; ; start += BATCH) {
          const documents = await strapi.documents(type.uid).findMany({
            status: 'published',
            sort: ['id:asc'],
            start,
            limit: BATCH,
            ...type.read,
          } as never);
          if (documents.length === 0) break;
          await strapi.db.transaction(async () => {
            for (const document of documents) await store.upsert(type.toEntry(document));
          });
          indexed += documents.length;
          log(`indexed ${indexed} documents`);
        }
      return indexed;
    },
  };
  indexers.set(strapi, indexer);
  return indexer;
}
