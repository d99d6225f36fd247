import type { Core, UID } from '@strapi/strapi';
import { actionName, auditTime, detailText, subjectName, typeName } from '../admin/history/audit-details';
import { MESSAGES, type MessageKey } from '../admin/messages';
import { adminScopeOf } from '../agencies/admin-scope';
import { AGENCY_ATTRIBUTE, isAgencyScoped } from '../agencies/scoped-types';
import { actorById, currentAdmin, nameOf, SYSTEM_NAME } from './actor';

export const AUDIT_UID = 'api::audit-entry.audit-entry';
/** The one way any code adds an audit entry: `strapi.eventHub.emit(AUDIT_EVENT, { action, uid, documentId, … })`. */
export const AUDIT_EVENT = 'thads.audit';

export type AuditEvent = {
  action: string;
  uid?: string;
  documentId?: string;
  /** The admin user who acted; without it, the admin of the current request (or the system). */
  userId?: number | null;
  /** For events with no signed-in user (a failed sign-in): the name to record. */
  userName?: string;
  /** The agency the entry belongs to; by default the document's, else the acting account's. */
  agency?: string | null;
  details?: Record<string, unknown>;
};

export type AuditRow = {
  id: number;
  action: string;
  targetUid: string | null;
  targetDocumentId: string | null;
  userId: number | null;
  userName: string | null;
  agency: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
};

/**
 * Which agency an entry belongs to: the one the event names, else the document's (for an agency-scoped type), else
 * the acting account's own (a sign-in, a role change), else none (the system's work on national lists).
 */
async function agencyOfEvent(strapi: Core.Strapi, event: AuditEvent, userId: number | null): Promise<string | null> {
  if (event.agency !== undefined) return event.agency;
  if (event.uid && event.documentId && isAgencyScoped(strapi, event.uid)) {
    const row = (await strapi.db
      .query(event.uid as UID.ContentType)
      .findOne({ where: { documentId: event.documentId }, select: [AGENCY_ATTRIBUTE] })) as Record<
      string,
      string | null
    > | null;
    if (row?.[AGENCY_ATTRIBUTE]) return row[AGENCY_ATTRIBUTE];
  }
  if (userId === null) return null;
  const user = (await strapi.db
    .query('admin::user')
    .findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } })) as {
    id: number;
    roles?: Array<{ code?: string }>;
  } | null;
  return user ? (await adminScopeOf(strapi, user)).own : null;
}

async function append(strapi: Core.Strapi, event: AuditEvent): Promise<void> {
  const actor = event.userName
    ? { userId: event.userId ?? null, userName: event.userName }
    : await actorById(strapi, event.userId);
  await strapi.db.query(AUDIT_UID).create({
    data: {
      action: event.action,
      targetUid: event.uid ?? null,
      targetDocumentId: event.documentId ?? null,
      ...actor,
      agency: await agencyOfEvent(strapi, event, actor.userId),
      details: event.details ?? null,
    },
  });
}

type Named = { id?: number; name?: string; firstname?: string; lastname?: string; email?: string; url?: string };
type EventHub = { on: (name: string, listener: (payload: never) => unknown) => unknown };

/**
 * Listens for audit events, sign-ins, and changes to roles, admin users, API tokens and webhooks. A failure to write
 * an entry is logged, never thrown into the action that caused it.
 */
export function listenForAuditEvents(strapi: Core.Strapi): void {
  const hub = strapi.eventHub as unknown as EventHub;
  const safely = async (event: AuditEvent): Promise<void> => {
    try {
      await append(strapi, event);
    } catch (error) {
      strapi.log.error(`[audit] entry not written: ${String(error)}`);
    }
  };
  hub.on(AUDIT_EVENT, (event: AuditEvent) => safely(event));

  hub.on('admin.auth.success', ({ user }: { user: Named }) =>
    safely({ action: 'auth.success', userId: user.id, userName: nameOf(user), details: { email: user.email } }),
  );
  hub.on('admin.auth.error', ({ error }: { error: Error }) => {
    // The address tried is only in the request: record it, never the password.
    const body = (strapi.requestContext.get() as { request?: { body?: { email?: unknown } } })?.request?.body;
    const email = typeof body?.email === 'string' ? body.email.slice(0, 200) : null;
    return safely({
      action: 'auth.failure',
      userName: email ?? SYSTEM_NAME,
      details: { email, reason: error.message },
    });
  });

  const described = (kind: string, verb: string) => (payload: { role?: Named; user?: Named }) => {
    const subject = payload.role ?? payload.user ?? {};
    return safely({
      action: `${kind}.${verb}`,
      uid: kind === 'role' ? 'admin::role' : 'admin::user',
      details: { id: subject.id, name: subject.name ?? nameOf(subject), email: subject.email },
    });
  };
  for (const verb of ['create', 'update', 'delete']) {
    hub.on(`role.${verb}`, described('role', verb));
    hub.on(`user.${verb}`, described('user', verb));
  }
  // A role's permissions are rows of their own: changing them is a role change too.
  // Strapi rewrites permissions at every start too: only an admin's change is recorded.
  for (const verb of ['create', 'delete'])
    hub.on(`permission.${verb}`, ({ permissions }: { permissions?: Array<{ role?: unknown; action?: string }> }) =>
      currentAdmin(strapi)
        ? safely({
            action: `role.permissions.${verb}`,
            uid: 'admin::permission',
            details: { count: permissions?.length ?? 0 },
          })
        : undefined,
    );

  // API tokens and webhooks have no event of their own: follow their rows.
  const follow = (model: string, kind: string) => {
    const entry = (verb: string) => (event: { result?: Named | Named[] }) => {
      const rows = Array.isArray(event.result) ? event.result : event.result ? [event.result] : [];
      for (const row of rows)
        void safely({ action: `${kind}.${verb}`, uid: model, details: { id: row.id, name: row.name, url: row.url } });
    };
    strapi.db.lifecycles.subscribe({
      models: [model],
      afterCreate: entry('create'),
      afterUpdate: entry('update'),
      afterDelete: entry('delete'),
    });
  };
  follow('admin::api-token', 'api-token');
  follow('strapi::webhook', 'webhook');
}

/**
 * `agencies`: the agencies whose entries the reader sees (null: all, a Super Admin). `agency`: one of them, chosen
 * in the page's filter.
 */
export type AuditFilter = {
  action?: string;
  user?: string;
  uid?: string;
  from?: string;
  to?: string;
  agency?: string;
  agencies?: readonly string[] | null;
};

/** Entries matching the filters, newest first. */
export async function findAuditEntries(
  strapi: Core.Strapi,
  filter: AuditFilter,
  page: { start: number; limit: number },
): Promise<{ entries: AuditRow[]; total: number }> {
  const where: Record<string, unknown>[] = [];
  if (filter.action) where.push({ action: { $startsWith: filter.action } });
  if (filter.user) where.push({ userName: { $containsi: filter.user } });
  if (filter.uid) where.push({ targetUid: filter.uid });
  if (filter.from) where.push({ createdAt: { $gte: new Date(filter.from) } });
  if (filter.to) where.push({ createdAt: { $lte: new Date(filter.to) } });
  if (filter.agency) where.push({ agency: filter.agency });
  if (filter.agencies) where.push({ agency: { $in: [...filter.agencies] } });
  const query = { where: { $and: where } };
  const [entries, total] = await Promise.all([
    strapi.db.query(AUDIT_UID).findMany({
      ...query,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      offset: page.start,
      limit: page.limit,
    }) as Promise<AuditRow[]>,
    strapi.db.query(AUDIT_UID).count(query),
  ]);
  return { entries, total };
}

const csvCell = (value: unknown): string => {
  const text = value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/u.test(text) ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
};

/** The audit page's words (its Vietnamese catalogue), for the CSV. */
const say = (key: MessageKey) => MESSAGES.vi[key];

/**
 * The CSV's columns: first what the audit page shows, in its words and Vietnam time, then the codes for machines.
 * A column is one more line here.
 */
export const AUDIT_CSV_COLUMNS: Array<{ header: string; value: (entry: AuditRow) => unknown }> = [
  { header: 'Thời điểm (giờ Việt Nam)', value: (entry) => auditTime(entry.createdAt) },
  { header: 'Hành động', value: (entry) => actionName(entry.action, say) },
  { header: 'Người thực hiện', value: (entry) => entry.userName },
  { header: 'Cơ quan (agency)', value: (entry) => entry.agency },
  { header: 'Loại nội dung', value: (entry) => (entry.targetUid ? typeName(entry.targetUid, say) : '') },
  { header: 'Đối tượng', value: (entry) => subjectName(entry) },
  { header: 'Chi tiết', value: (entry) => detailText(entry.details, say) },
  { header: 'Mã hành động (action)', value: (entry) => entry.action },
  { header: 'Mã người dùng (user_id)', value: (entry) => entry.userId },
  { header: 'Mã loại (type)', value: (entry) => entry.targetUid },
  { header: 'Mã tài liệu (document_id)', value: (entry) => entry.targetDocumentId },
  { header: 'Thời điểm UTC (time_utc)', value: (entry) => new Date(entry.createdAt).toISOString() },
];

export function auditCsv(entries: AuditRow[]): string {
  return [
    AUDIT_CSV_COLUMNS.map((column) => column.header),
    ...entries.map((entry) => AUDIT_CSV_COLUMNS.map((column) => column.value(entry))),
  ]
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n');
}
