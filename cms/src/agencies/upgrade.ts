import type { Core, UID } from '@strapi/strapi';
import { ADMIN_AGENCY, SUPER_ADMIN_ROLE } from './admin-scope';
import { AGENCY, type AgencyRegistry } from './registry';
import { AGENCY_ATTRIBUTE, agencyScopedTypes } from './scoped-types';

/**
 * Upgrading a database made before agencies existed, in place, at start (SQLite or PostgreSQL):
 * - its content (articles, authors, campaign themes) belongs to `EXISTING_CONTENT_AGENCY` (by default the agency
 *   whose portal this began as);
 * - its single "site settings" become that agency's header and footer (kept aside before Strapi drops the type);
 * - its admin accounts and staff accounts belong to the agency that now holds that content (the one that absorbed
 *   it, or the agency itself when it was not merged).
 * Slugs are unchanged, so every address stays; the site redirects root addresses where the root no longer serves them.
 */

const LEGACY_SETTINGS_TABLE = 'thads_upgrade_site_settings';
const SITE_SETTING = 'api::site-setting.site-setting';
const PEOPLE = new Set<string>(['plugin::users-permissions.user']);

type LegacySettings = Record<string, unknown> & { relatedLinks?: Array<{ label: string; url: string }> };

/**
 * Registered in `register`: runs before Strapi syncs the database schema, which drops the tables of a removed type.
 * The old single type's row (and its related links) is copied into a table of the project's own first.
 */
export function keepLegacySiteSettings(strapi: Core.Strapi): void {
  strapi
    .hook('strapi::content-types.beforeSync')
    .register(async ({ oldContentTypes }: { oldContentTypes?: object }) => {
      if (!oldContentTypes || !(SITE_SETTING in oldContentTypes)) return;
      const knex = strapi.db.connection;
      if (!(await knex.schema.hasTable('site_settings'))) return;
      const row = (await knex('site_settings').orderBy('id', 'desc').first()) as Record<string, unknown> | undefined;
      if (!row) return;
      const links = (await knex.schema.hasTable('site_settings_cmps'))
        ? ((await knex('components_shared_links as link')
            .join('site_settings_cmps as joined', 'joined.cmp_id', 'link.id')
            .where('joined.entity_id', row.id as number)
            .andWhere('joined.field', 'relatedLinks')
            .orderBy('joined.order')
            .select('link.label', 'link.url')) as Array<{ label: string; url: string }>)
        : [];
      const settings: LegacySettings = {
        shortName: row.short_name,
        description: row.description,
        governingBody: row.governing_body,
        address: row.address,
        phone: row.phone,
        fax: row.fax,
        email: row.email,
        responsiblePerson: row.responsible_person,
        copyright: row.copyright,
        relatedLinks: links,
      };
      if (!(await knex.schema.hasTable(LEGACY_SETTINGS_TABLE)))
        await knex.schema.createTable(LEGACY_SETTINGS_TABLE, (table) => table.text('settings').notNullable());
      await knex(LEGACY_SETTINGS_TABLE).insert({ settings: JSON.stringify(settings) });
      strapi.log.info(`[agencies] the portal's site settings kept for the agency of the existing content`);
    });
}

/** Returns whether the agencies' settings changed (they are then read again). */
export async function upgradeExistingContent(strapi: Core.Strapi, registry: AgencyRegistry): Promise<boolean> {
  const existingContent = registry.existingContent;
  if (!registry.get(existingContent))
    throw new Error(`EXISTING_CONTENT_AGENCY "${existingContent}" is not an agency of this installation`);
  // The agency that holds the existing content today: the one that absorbed it, or itself.
  const people = registry.currentSuccessor(existingContent)?.code ?? existingContent;
  let settingsChanged = false;
  const knex = strapi.db.connection;
  let upgraded = 0;
  for (const uid of agencyScopedTypes(strapi)) {
    const table = strapi.db.metadata.get(uid as UID.ContentType).tableName;
    const column = AGENCY_ATTRIBUTE;
    upgraded += Number(
      await knex(table)
        .whereNull(column)
        .update({ [column]: PEOPLE.has(uid) ? people : existingContent }),
    );
  }
  if (upgraded > 0)
    strapi.log.info(`[agencies] ${upgraded} rows from before agencies now belong to "${existingContent}"`);

  if (await knex.schema.hasTable(LEGACY_SETTINGS_TABLE)) {
    const kept = (await knex(LEGACY_SETTINGS_TABLE).first()) as { settings: string } | undefined;
    const agency = (await strapi.db.query(AGENCY).findOne({ where: { code: existingContent } })) as {
      documentId: string;
    } | null;
    if (kept && agency) {
      const settings = JSON.parse(kept.settings) as LegacySettings;
      const data = Object.fromEntries(
        Object.entries(settings).filter(([, value]) => value !== null && value !== undefined),
      );
      await strapi.documents(AGENCY).update({ documentId: agency.documentId, data: data as never });
      settingsChanged = true;
      strapi.log.info(`[agencies] the portal's site settings are now those of "${existingContent}"`);
    }
    await knex.schema.dropTable(LEGACY_SETTINGS_TABLE);
  }

  // Admin accounts without an agency: Super Admins the home agency's, everyone else the holder of the content.
  const users = (await strapi.db.query('admin::user').findMany({
    select: ['id'],
    populate: { roles: { select: ['code'] } },
  })) as Array<{ id: number; roles?: Array<{ code: string }> }>;
  const assigned = new Set(
    ((await strapi.db.query(ADMIN_AGENCY).findMany({ select: ['adminUserId'] })) as Array<{ adminUserId: number }>).map(
      (row) => row.adminUserId,
    ),
  );
  for (const user of users) {
    if (assigned.has(user.id)) continue;
    const superAdmin = (user.roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE);
    const agency = superAdmin ? registry.home.code : people;
    await strapi.db.query(ADMIN_AGENCY).create({ data: { adminUserId: user.id, agency, grants: [] } });
  }
  return settingsChanged;
}
