import type { Core } from '@strapi/strapi';
import type { SearchQuery } from '@thads/vietnamese';
import type { Total } from '../lib/bounded-count';
import type { SearchEntry, SearchKind } from './entry';
import { postgresStore } from './postgres-store';
import { sqliteStore } from './sqlite-store';

/**
 * `agencies`: the agencies searched (an agency and those merged into it), all when absent. `authors`, `themes`: any of
 * these `<agency>/<slug>` keys (a slug names one document per agency). `staffAgencies`: the agencies whose staff
 * articles the caller reads (none for the public: staff articles do not exist for it; `audience/guard` decides).
 */
export type SearchFilters = {
  /** Articles, or citizens' questions (their own kind of result); a question's topic is its `category`. */
  kind: SearchKind;
  agencies?: readonly string[];
  category?: string;
  themes?: readonly string[];
  authors?: readonly string[];
  from?: string;
  to?: string;
  staffAgencies: readonly string[];
};
export type SearchPage = { page: number; pageSize: number };
export type SearchHit = {
  documentId: string;
  title: string;
  lead: string;
  body: string;
  summary: Record<string, unknown>;
};
/** `estimated`: more matches than are counted exactly (`lib/bounded-count`); `total` is then an estimate. */
export type SearchResult = { hits: SearchHit[]; total: number; estimated?: boolean };
/** Makes a search's count, or gives one kept from an earlier search of the same words and filters. */
export type CountOnce = (count: () => Promise<Total>) => Promise<Total>;

/** The search index: one implementation per database, both over folded text with a real full-text index. */
export type SearchStore = {
  ensureSchema(): Promise<void>;
  /** Removes the index tables (a new schema version replaces them). */
  drop(): Promise<void>;
  /** Writes one entry, all of its rows or none. */
  upsert(entry: SearchEntry): Promise<void>;
  remove(documentId: string): Promise<void>;
  /** documentId → the id of the published row each entry was made from (a new publish makes a new row). */
  versions(): Promise<Map<string, number | null>>;
  clear(): Promise<void>;
  count(): Promise<number>;
  search(query: SearchQuery, filters: SearchFilters, page: SearchPage, countOnce: CountOnce): Promise<SearchResult>;
};

export type Raw = (sql: string, bindings?: unknown[]) => Promise<unknown>;
/** Runs its statements in one transaction: the caller's when there is one, else a new one. */
export type Atomic = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs SQL in the caller's transaction when there is one (SQLite has a single connection), else on its own. */
function rawRunner(strapi: Core.Strapi): Raw {
  return (sql, bindings = []) =>
    strapi.db.transaction(({ trx }) => trx.raw(sql, bindings as never)) as Promise<unknown>;
}

export function createSearchStore(strapi: Core.Strapi): SearchStore {
  const raw = rawRunner(strapi);
  const atomic: Atomic = async (work) => {
    let result: Awaited<ReturnType<typeof work>> | undefined;
    await strapi.db.transaction(async () => {
      result = await work();
    });
    return result!;
  };
  return strapi.db.dialect.client === 'postgres' ? postgresStore(raw) : sqliteStore(raw, atomic);
}
