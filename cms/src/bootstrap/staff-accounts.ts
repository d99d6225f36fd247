import type { Core } from '@strapi/strapi';

/** Public actions of users-permissions that let anyone create an account. */
const SELF_REGISTRATION_ACTIONS = [
  'plugin::users-permissions.auth.register',
  'plugin::users-permissions.auth.emailConfirmation',
  'plugin::users-permissions.auth.sendEmailConfirmation',
];

/**
 * Staff accounts are created by administrators in the admin panel: self-registration is switched off in the
 * plugin's settings and its public permissions removed, on every start (a setting flipped by mistake comes back off).
 */
export async function closeSelfRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) as Record<string, unknown> | null) ?? {};
  if (advanced.allow_register !== false)
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  await strapi.db
    .query('plugin::users-permissions.permission')
    .deleteMany({ where: { role: role.id, action: { $in: SELF_REGISTRATION_ACTIONS } } });
}
