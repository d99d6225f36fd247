import type { Core } from '@strapi/strapi';

/**
 * Reading (and exporting) the audit trail is an admin permission of its own, under Settings → Roles → "Cài đặt", so an
 * agency can give it to a role of its own (an inspector's, say) without making it an Editor. Editors are given it at
 * every start and Authors never keep it (`enforceEditorialRoles`); Super Admins hold every action.
 */
export const AUDIT_READ = 'api::audit-trail.read';

type ActionProvider = { register(action: Record<string, string>): Promise<unknown> };

/** Must run in `register`: the admin resets the Super Admin's permissions and drops unknown actions at bootstrap. */
export async function registerAuditPermission(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as { actionProvider: ActionProvider };
  await permissions.actionProvider.register({
    uid: 'audit-trail.read',
    section: 'settings',
    category: 'Nhật ký hoạt động (Audit trail)',
    displayName: 'Xem và xuất nhật ký (Read and export)',
  });
}
