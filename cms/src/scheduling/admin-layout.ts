import type { Core } from '@strapi/strapi';
import { SCHEDULED_TYPES } from './scheduler';

type EditRow = Array<{ name: string; size: number }>;
type Configuration = { layouts: { edit: EditRow[] } };
type ContentTypesService = {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<unknown>;
};
type PermissionRow = { id: number; action: string; subject: string; properties: { fields?: string[] } | null };

const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'];
/**
 * Edited in the "Lịch đăng" panel (Vietnam time, dd/MM/yyyy HH:mm), not with the stock pickers in the browser's zone;
 * the error is shown there too. Their labels and list columns are in `admin-config/content-manager-texts.ts`.
 */
const PANEL_FIELDS = new Set([...SCHEDULE_FIELDS, 'scheduleError']);
const WRITES = ['plugin::content-manager.explorer.create', 'plugin::content-manager.explorer.update'];

/**
 * The admin's view of scheduling, made so at every start: the fields kept out of the edit form (the schedule panel
 * edits them), and the field permissions of the editorial roles (Editors may write a schedule; Authors, who may not
 * publish, may not). The Document Service refuses an Author's schedule in any case (`schedule-guard`); this keeps the
 * fields out of their form.
 */
export async function applyScheduleAdmin(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  for (const uid of SCHEDULED_TYPES) {
    const configuration = await contentTypes.findConfiguration({ uid });
    const edit = configuration.layouts.edit
      .map((row) => row.filter((cell) => !PANEL_FIELDS.has(cell.name)))
      .filter((row) => row.length > 0);
    if (edit.flat().length === configuration.layouts.edit.flat().length) continue;
    configuration.layouts.edit = edit;
    await contentTypes.updateConfiguration({ uid }, configuration);
  }

  const roles = strapi.db.query('admin::role');
  const permissions = strapi.db.query('admin::permission');
  for (const [code, allowed] of [
    ['strapi-author', false],
    ['strapi-editor', true],
  ] as const) {
    const role = (await roles.findOne({ where: { code } })) as { id: number } | null;
    if (!role) continue;
    const rows = (await permissions.findMany({
      where: { role: role.id, action: { $in: WRITES }, subject: { $in: [...SCHEDULED_TYPES] } },
    })) as PermissionRow[];
    for (const row of rows) {
      const fields = row.properties?.fields;
      if (!fields) continue;
      const next = allowed
        ? [...new Set([...fields, ...SCHEDULE_FIELDS])]
        : fields.filter((field) => !SCHEDULE_FIELDS.includes(field));
      if (next.length !== fields.length)
        await permissions.update({ where: { id: row.id }, data: { properties: { ...row.properties, fields: next } } });
    }
  }
}
