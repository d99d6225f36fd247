import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isPreviewType, previewPath, type PreviewType } from '@thads/content';
import { siteUrl } from '../lib/site-url';
import { issuePreviewToken } from './token';

/** The content type behind a preview type (`articles` → `api::article.article`), and back. */
export function previewUid(strapi: Core.Strapi, type: PreviewType): UID.ContentType | undefined {
  return (Object.keys(strapi.contentTypes) as UID.ContentType[]).find(
    (uid) => uid.startsWith('api::') && strapi.contentTypes[uid].info.pluralName === type,
  );
}

function previewTypeOf(strapi: Core.Strapi, uid: string): PreviewType | undefined {
  const plural = strapi.contentTypes[uid as UID.ContentType]?.info.pluralName;
  return uid.startsWith('api::') && plural && isPreviewType(plural) ? plural : undefined;
}

type PermissionChecker = { cannot: { read: (entity?: unknown) => boolean } };
type AdminContext = { state?: { userAbility?: unknown } };

/**
 * Strapi's preview URL route asks only for a signed-in administrator (its own "TODO: Permissions"): the URL is
 * issued here only to whoever may read that document in the admin, e.g. an Author for their own drafts.
 */
async function requireRead(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, status: string) {
  const userAbility = (strapi.requestContext.get() as AdminContext | undefined)?.state?.userAbility;
  const entity = await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: status === 'draft' ? null : { $ne: null } },
    populate: ['createdBy'],
  });
  if (!entity) throw new errors.NotFoundError('Không tìm thấy tài liệu (document not found)');
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility, model: uid }) as PermissionChecker;
  if (!userAbility || checker.cannot.read(entity))
    throw new errors.ForbiddenError('Bạn không có quyền xem tài liệu này (not allowed to read this document)');
}

/**
 * `admin.preview.config.handler`: the site's page for a document, with a token issued afresh on every call (each
 * time the admin opens the preview), bound to that document and status. Null for types without a page.
 */
export async function previewUrl(
  strapi: Core.Strapi,
  uid: string,
  { documentId, status }: { documentId?: string; status?: string },
): Promise<string | null> {
  const type = previewTypeOf(strapi, uid);
  if (!type || !documentId) return null;
  const version = status === 'published' ? 'published' : 'draft';
  await requireRead(strapi, uid as UID.ContentType, documentId, version);
  const token = issuePreviewToken({ uid, documentId, status: version });
  return `${siteUrl()}${previewPath(type, documentId, token)}`;
}

/** The one origin the admin may show in its preview frame. */
export const previewOrigin = () => new URL(siteUrl()).origin;
