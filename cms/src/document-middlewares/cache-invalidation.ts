import type { Core, UID } from '@strapi/strapi';
import { AGENCY } from '../agencies/registry';
import { AGENCY_ATTRIBUTE, isAgencyScoped } from '../agencies/scoped-types';
import { contentChanged } from '../cache/invalidation';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Every type whose documents appear, whole or embedded, in a public response. */
export const PUBLIC_CONTENT_TYPES = new Set([
  'api::article.article',
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
  'api::unit.unit',
  AGENCY,
  // Issue 21: the agencies' introductions and leadership, citizens' published questions.
  'api::agency-profile.agency-profile',
  'api::leader.leader',
  'api::question.question',
  // The agencies' records (issue 20).
  'api::legal-document.legal-document',
  'api::notice.notice',
  'api::debtor-entry.debtor-entry',
]);

/**
 * Types whose new documents are drafts from the public (citizens' questions through the form): creating one changes
 * no public answer, and a stream of them must not empty an agency's caches.
 */
const CREATED_UNSEEN = new Set(['api::question.question']);

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/** The agency whose content a write changes: its own for a scoped document, the record's for an agency. */
async function changedAgency(
  strapi: Core.Strapi,
  uid: string,
  params: { documentId?: string; data?: Record<string, unknown> },
): Promise<string | null> {
  const column = uid === AGENCY ? 'code' : AGENCY_ATTRIBUTE;
  if (uid !== AGENCY && !isAgencyScoped(strapi, uid)) return null;
  const given = params.data?.[column];
  if (typeof given === 'string') return given;
  if (!params.documentId) return null;
  const row = (await strapi.db
    .query(uid as UID.ContentType)
    .findOne({ where: { documentId: params.documentId }, select: [column] })) as Record<string, string | null> | null;
  return row?.[column] ?? null;
}

/**
 * Any write to public content empties the response caches and the site's rendered pages it made stale, here and on
 * the other instances: those of the document's agency (and of the agencies whose answers embed or search it, and the
 * national aggregates), leaving every other agency's warm. A write whose agency is unknown (a national category, a
 * document without one) empties everything. Relations are embedded in responses (an author's name in every article
 * card), so a tag's answers go whole, not the one document's.
 */
export function cacheInvalidation(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (!WRITES.has(context.action) || !PUBLIC_CONTENT_TYPES.has(context.uid)) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown>; status?: string };
    if (context.action === 'create' && params.status !== 'published' && CREATED_UNSEEN.has(context.uid)) return next();
    // Read before the write: a deleted document's agency is gone after it.
    const before = await changedAgency(strapi, context.uid, params);
    const result = await next();
    const after =
      before ??
      (await changedAgency(strapi, context.uid, {
        documentId: (result as { documentId?: string } | null)?.documentId,
      }));
    contentChanged(strapi, { agencies: after ? [after] : null, agencyRecords: context.uid === AGENCY });
    return result;
  };
}

/** Media (alt text, captions) and public permissions are written outside the Document Service: follow their rows. */
export function invalidateOnSupportingChanges(strapi: Core.Strapi): void {
  const changed = () => contentChanged(strapi);
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file', 'plugin::users-permissions.permission', 'plugin::users-permissions.role'],
    afterCreate: changed,
    afterCreateMany: changed,
    afterUpdate: changed,
    afterUpdateMany: changed,
    afterDelete: changed,
    afterDeleteMany: changed,
  });
}
