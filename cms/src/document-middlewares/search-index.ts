import type { Core, UID } from '@strapi/strapi';
import { RELATED_TYPES, searchIndexer } from '../search/indexer';

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
    const isArticle = uid === 'api::article.article';
    if (!isArticle && !RELATED_TYPES[uid]) return next();

    const indexer = searchIndexer(strapi);
    const params = context.params as { documentId?: string };
    return strapi.db.transaction(async () => {
      const before = !isArticle && params.documentId ? await indexer.articlesLinkedTo(uid, params.documentId) : [];
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      if (isArticle) await indexer.reindexArticle(documentId);
      else
        await indexer.reindexArticles([...new Set([...before, ...(await indexer.articlesLinkedTo(uid, documentId))])]);
      return result;
    });
  };
}
