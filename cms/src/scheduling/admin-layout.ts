import type { Core } from '@strapi/strapi';
import { SCHEDULED_TYPES } from './scheduler';

type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
type EditRow = Array<{ name: string; size: number }>;
type Configuration = { metadatas: Record<string, Metadata>; layouts: { list: string[]; edit: EditRow[] } };
type ContentTypesService = {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<unknown>;
};
type PermissionRow = { id: number; action: string; subject: string; properties: { fields?: string[] } | null };

/** Labels in Vietnamese with the English in brackets: content-manager labels are one string for every language. */
const FIELDS: Record<string, { label: string; description: string; editable?: boolean }> = {
  publishAt: {
    label: 'Hẹn giờ xuất bản (Publish at)',
    description: 'Giờ Việt Nam. Để trống nếu không hẹn giờ; xoá để huỷ lịch. (Vietnam time; empty to cancel)',
  },
  unpublishAt: {
    label: 'Hẹn giờ gỡ bài (Unpublish at)',
    description: 'Giờ Việt Nam; phải sau giờ xuất bản. (Vietnam time; after the publish time)',
  },
  scheduleError: {
    label: 'Lỗi lịch đăng (Scheduling error)',
    description: 'Vì sao lần xuất bản theo lịch không thành; lên lịch lại để xoá. (Why the scheduled run failed)',
    editable: false,
  },
};
/** Shown in the list of articles and themes: which are scheduled, when, and which failed. */
const LIST_COLUMNS = ['publishAt', 'scheduleError'];
const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'];
/** Edited in the "Lịch đăng" panel (Vietnam time, dd/MM/yyyy HH:mm), not with the stock pickers in the browser's zone. */
const PANEL_FIELDS = new Set(Object.keys(FIELDS));
const WRITES = ['plugin::content-manager.explorer.create', 'plugin::content-manager.explorer.update'];

/**
 * The admin's view of scheduling, made so at every start: labelled fields (kept out of the edit form, where the
 * schedule panel edits them), list columns, and the field permissions
 * of the editorial roles (Editors may write a schedule; Authors, who may not publish, may not). The Document Service
 * refuses an Author's schedule in any case (`schedule-guard`); this keeps the fields out of their form.
 */
export async function applyScheduleAdmin(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  for (const uid of SCHEDULED_TYPES) {
    const configuration = await contentTypes.findConfiguration({ uid });
    let changed = false;
    for (const [field, { label, description, editable }] of Object.entries(FIELDS)) {
      const metadata = configuration.metadatas[field];
      // An editor's own label (changed in the admin) is left alone.
      if (!metadata || metadata.edit.label !== field) continue;
      metadata.edit = { ...metadata.edit, label, description, ...(editable === false ? { editable } : {}) };
      metadata.list = { ...metadata.list, label };
      changed = true;
    }
    const edit = configuration.layouts.edit
      .map((row) => row.filter((cell) => !PANEL_FIELDS.has(cell.name)))
      .filter((row) => row.length > 0);
    if (edit.flat().length !== configuration.layouts.edit.flat().length) {
      configuration.layouts.edit = edit;
      changed = true;
    }
    for (const column of LIST_COLUMNS) {
      if (configuration.layouts.list.includes(column)) continue;
      configuration.layouts.list.push(column);
      changed = true;
    }
    if (changed) await contentTypes.updateConfiguration({ uid }, configuration);
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
