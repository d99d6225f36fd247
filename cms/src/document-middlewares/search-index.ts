import type { Core, UID } from '@strapi/strapi';
import { isSearchedType, RELATED_TYPES, searchIndexer } from '../search/indexer';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Keeps the search index equal to what is published: every create, update, publish, unpublish and delete of an
 * article re-reads its published version; a change to an author, campaign theme or category re-indexes the
 * articles that embed it (before and after the change, so removed links are caught too), in batches. The index is
 * written in the change's own transaction: both are committed, or neither (an index that cannot be written fails
 * the change rather than leave search disagreeing with what is published).
 */
export function searchIndex(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (!CHANGES.has(context.action)) return next();
    const uid = context.uid as UID.ContentType;
    // Articles and citizens' questions are indexed themselves; authors, themes and categories through their articles.
    const indexedItself = isSearchedType(uid);
    if (!indexedItself && !RELATED_TYPES[uid]) return next();

    const indexer = searchIndexer(strapi);
    const params = context.params as { documentId?: string };
    return strapi.db.transaction(async () => {
      const before = !indexedItself && params.documentId ? await indexer.articlesLinkedTo(uid, params.documentId) : [];
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      if (indexedItself) await indexer.reindex(uid, [documentId]);
      else
        await indexer.reindexArticles([...new Set([...before, ...(await indexer.articlesLinkedTo(uid, documentId))])]);
      return result;
    });
  };
}
