import type { Core } from '@strapi/strapi';

/** What visitors and partners may do without signing in: read the public content types, nothing else. */
export const PUBLIC_READ_ACTIONS = [
  ...['article', 'author', 'campaign-theme', 'category'].flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
  'api::site-setting.site-setting.find',
];

/** Grants the public role its read permissions, adding only what is missing (safe on every start, on every instance). */
export async function grantPublicReadPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions public role is missing');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing = (await permissions.findMany({
    where: { role: role.id, action: { $in: PUBLIC_READ_ACTIONS } },
    select: ['action'],
  })) as Array<{ action: string }>;
  const granted = new Set(existing.map((permission) => permission.action));
  for (const action of PUBLIC_READ_ACTIONS) {
    if (!granted.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}
