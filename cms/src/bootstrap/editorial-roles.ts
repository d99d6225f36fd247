import type { Core } from '@strapi/strapi';

const PUBLISH = 'plugin::content-manager.explorer.publish';
const EDITORIAL_TYPES = [
  'api::article.article',
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
];
/** Portal-wide settings are an Editor's (or Super Admin's) business. */
const EDITOR_ONLY_SUBJECTS = ['api::site-setting.site-setting'];

type PermissionRow = { id: number; action: string; subject: string | null };

/** Vietnamese names for Strapi's three roles, given only while they still carry Strapi's English defaults. */
const ROLE_NAMES: Record<string, { from: string; name: string; description: string }> = {
  'strapi-super-admin': {
    from: 'Super Admin',
    name: 'Quản trị cấp cao (Super Admin)',
    description: 'Quản lý mọi chức năng và cài đặt, tài khoản và vai trò.',
  },
  'strapi-editor': {
    from: 'Editor',
    name: 'Biên tập viên (Editor)',
    description: 'Viết, sửa và xuất bản mọi nội dung, kể cả của người khác.',
  },
  'strapi-author': {
    from: 'Author',
    name: 'Tác giả (Author)',
    description: 'Viết và sửa bài của mình; không xuất bản.',
  },
};

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
  for (const [code, { from, name, description }] of Object.entries(ROLE_NAMES)) {
    await roles.updateMany({ where: { code, name: from }, data: { name, description } });
  }
  const author = (await roles.findOne({ where: { code: 'strapi-author' } })) as { id: number } | null;
  const editor = (await roles.findOne({ where: { code: 'strapi-editor' } })) as { id: number } | null;

  if (author) {
    await permissions.deleteMany({
      where: { role: author.id, $or: [{ action: PUBLISH }, { subject: { $in: EDITOR_ONLY_SUBJECTS } }] },
    });
  }
  if (editor) {
    const existing = (await permissions.findMany({
      where: { role: editor.id, action: PUBLISH },
      select: ['id', 'action', 'subject'],
    })) as PermissionRow[];
    const covered = new Set(existing.map((permission) => permission.subject));
    for (const subject of EDITORIAL_TYPES) {
      if (!covered.has(subject))
        await permissions.create({
          data: { action: PUBLISH, subject, properties: {}, conditions: [], role: editor.id },
        });
    }
  }
}
