import type { Core } from '@strapi/strapi';

/** What visitors and partners may do without signing in: read the public content types, nothing else. */
export const PUBLIC_READ_ACTIONS = [
  ...[
    'article',
    'author',
    'campaign-theme',
    'category',
    'agency',
    'unit',
    // Issue 21: agencies' introductions and leadership, citizens' published questions (never their contacts).
    'agency-profile',
    'leader',
    'question',
    // The agencies' records (issue 20).
    'legal-document',
    'notice',
    'debtor-entry',
  ].flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
];

/**
 * Grants the public role, and the signed-in staff role ("authenticated"), the read permissions, adding only what is
 * missing (safe on every start, on every instance). Staff read more only through the audience filter, not here.
 */
export async function grantPublicReadPermissions(strapi: Core.Strapi): Promise<void> {
  for (const type of ['public', 'authenticated']) await grantReadPermissions(strapi, type);
}

async function grantReadPermissions(strapi: Core.Strapi, roleType: string): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  if (!role) throw new Error(`The users-permissions ${roleType} role is missing`);
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
