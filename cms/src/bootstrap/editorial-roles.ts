import type { Core } from '@strapi/strapi';

const PUBLISH = 'plugin::content-manager.explorer.publish';
const EDITORIAL_TYPES = ['api::article.article', 'api::author.author', 'api::campaign-theme.campaign-theme', 'api::category.category'];
/** Portal-wide settings are an Editor's (or Super Admin's) business. */
const EDITOR_ONLY_SUBJECTS = ['api::site-setting.site-setting'];

type PermissionRow = { id: number; action: string; subject: string | null };

/**
 * The admin panel's editorial roles, made so at every start (Strapi creates them with the first administrator):
 * - Tác giả / Author ("strapi-author"): writes and edits their own articles (Strapi's "is creator" condition), never
 *   publishes, never touches the portal's settings;
 * - Biên tập viên / Editor ("strapi-editor"): edits and publishes everyone's content;
 * - Super Admin: everything, including users and settings (Strapi's own role, left alone).
 * A publish permission granted to Authors by hand is taken away again on the next start: that is the policy.
 */
export async function enforceEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('admin::role');
  const permissions = strapi.db.query('admin::permission');
  const author = (await roles.findOne({ where: { code: 'strapi-author' } })) as { id: number } | null;
  const editor = (await roles.findOne({ where: { code: 'strapi-editor' } })) as { id: number } | null;

  if (author) {
    await permissions.deleteMany({ where: { role: author.id, $or: [{ action: PUBLISH }, { subject: { $in: EDITOR_ONLY_SUBJECTS } }] } });
  }
  if (editor) {
    const existing = (await permissions.findMany({ where: { role: editor.id, action: PUBLISH }, select: ['id', 'action', 'subject'] })) as PermissionRow[];
    const covered = new Set(existing.map((permission) => permission.subject));
    for (const subject of EDITORIAL_TYPES) {
      if (!covered.has(subject)) await permissions.create({ data: { action: PUBLISH, subject, properties: {}, conditions: [], role: editor.id } });
    }
  }
}
