import type { Core, UID } from '@strapi/strapi';
import { blocksToText } from '@thads/content';
import { fold } from '@thads/vietnamese';
import { NOTICE } from '../audience/guard';
import { contentChanged } from '../cache/invalidation';
import { numberKey } from '../records/keys';
import { LEGAL_DOCUMENT } from '../records/record-writes';
import { createRecordStore, type RecordEntry, type RecordStore, type RecordType } from './records-store';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Row = Record<string, unknown> & { id: number; documentId: string };

export const RECORD_UIDS: Record<RecordType, UID.ContentType> = {
  'legal-document': LEGAL_DOCUMENT as UID.ContentType,
  notice: NOTICE as UID.ContentType,
};
const typeOf = (uid: string): RecordType | undefined =>
  (Object.keys(RECORD_UIDS) as RecordType[]).find((type) => RECORD_UIDS[type] === uid);

const CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const BATCH = 500;
/** Raise when the index changes shape: every database rebuilds it once, at start. */
const SCHEMA_VERSION = 1;
const VERSION_KEY = { type: 'core', name: 'thads-search', key: 'records-schema-version' } as const;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optional = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The index entry of a published legal document or notice. */
export function toRecordEntry(type: RecordType, row: Row): RecordEntry {
  if (type === 'legal-document') {
    const number = text(row.number);
    const summary = text(row.summary);
    return {
      type,
      documentId: row.documentId,
      rowId: row.id,
      agency: text(row.agency),
      date: text(row.issuedOn),
      numberKey: numberKey(number),
      kind: text(row.kind),
      validity: optional(row.validity),
      issuingBody: optional(row.issuingBody) && fold(text(row.issuingBody)),
      field: optional(row.field) && fold(text(row.field)),
      assetKind: null,
      validUntil: null,
      text: summary,
      folded: fold([numberKey(number), summary, text(row.issuingBody), text(row.field), text(row.signer)].join('\n')),
      hit: {
        type,
        documentId: row.documentId,
        slug: row.slug,
        agency: row.agency,
        number,
        title: summary,
        kind: row.kind,
        date: row.issuedOn,
        issuingBody: row.issuingBody,
        validity: row.validity,
        isSample: row.isSample ?? false,
      },
    };
  }
  const body = [text(row.assetDescription), text(row.assetLocation), blocksToText(row.body)].filter(Boolean).join('\n');
  const validUntil = row.validUntil ? new Date(String(row.validUntil)).toISOString() : null;
  return {
    type,
    documentId: row.documentId,
    rowId: row.id,
    agency: text(row.agency),
    date: text(row.date),
    numberKey: '',
    kind: text(row.kind),
    validity: null,
    issuingBody: null,
    field: null,
    assetKind: optional(row.assetKind),
    validUntil,
    text: body,
    folded: fold([text(row.title), body, text(row.legalBasis)].join('\n')),
    hit: {
      type,
      documentId: row.documentId,
      slug: row.slug,
      agency: row.agency,
      number: null,
      title: row.title,
      kind: row.kind,
      date: row.date,
      assetKind: row.assetKind ?? null,
      validUntil,
      isSample: row.isSample ?? false,
    },
  };
}

export type RecordIndexer = {
  store: RecordStore;
  prepare(): Promise<void>;
  reindex(type: RecordType, documentIds: string[]): Promise<void>;
};
const indexers = new WeakMap<Core.Strapi, RecordIndexer>();

/** The search index of legal documents and notices: what is published, nothing else (never the register). */
export function recordIndexer(strapi: Core.Strapi): RecordIndexer {
  const existing = indexers.get(strapi);
  if (existing) return existing;
  const store = createRecordStore(strapi);
  const indexer: RecordIndexer = {
    store,
    async reindex(type, documentIds) {
      for (let start = 0; start < documentIds.length; start += BATCH) {
        const batch = documentIds.slice(start, start + BATCH);
        const rows = (await strapi.db.query(RECORD_UIDS[type]).findMany({
          where: { documentId: { $in: batch }, publishedAt: { $notNull: true } },
        })) as Row[];
        const found = new Set(rows.map((row) => row.documentId));
        await strapi.db.transaction(async () => {
          for (const row of rows) await store.upsert(toRecordEntry(type, row));
          for (const documentId of batch) if (!found.has(documentId)) await store.remove(documentId);
        });
      }
    },
    async prepare() {
      const version = (await strapi.store.get(VERSION_KEY)) as number | null;
      if (version !== SCHEMA_VERSION) await store.drop();
      await store.ensureSchema();
      let repaired = 0;
      for (const type of Object.keys(RECORD_UIDS) as RecordType[]) {
        const published = (await strapi.db.query(RECORD_UIDS[type]).findMany({
          where: { publishedAt: { $notNull: true } },
          select: ['id', 'documentId'],
        })) as Array<{ id: number; documentId: string }>;
        const indexed = await store.versions(type);
        const current = new Set(published.map((row) => row.documentId));
        const stale = published.filter((row) => indexed.get(row.documentId) !== row.id).map((row) => row.documentId);
        const leftOver = [...indexed.keys()].filter((documentId) => !current.has(documentId));
        await indexer.reindex(type, [...stale, ...leftOver]);
        repaired += stale.length + leftOver.length;
      }
      if (version !== SCHEMA_VERSION) await strapi.store.set({ ...VERSION_KEY, value: SCHEMA_VERSION });
      if (repaired > 0) {
        strapi.log.info(`[search] legal documents and notices: ${repaired} entries indexed`);
        contentChanged(strapi);
      }
    },
  };
  indexers.set(strapi, indexer);
  return indexer;
}

/** Keeps the index equal to what is published, in the change's own transaction (as `search-index` does for articles). */
export function recordSearchIndex(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const type = typeOf(context.uid);
    if (!type || !CHANGES.has(context.action)) return next();
    const params = context.params as { documentId?: string };
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) await recordIndexer(strapi).reindex(type, [documentId]);
      return result;
    });
  };
}
