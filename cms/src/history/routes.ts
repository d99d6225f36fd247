import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { auditCsv, findAuditEntries, type AuditFilter } from './audit';
import { AUDIT_READ } from './audit-permission';
import { compareVersions } from './diff';
import { restoring } from './document-middleware';
import { readSnapshot, toWritableData, VERSIONED_TYPES } from './snapshot';
import { findVersion, listVersions, type VersionRow } from './versions';
import { adminRoute, refused } from '../http/admin-route';
import { adminScopeOf, reachedAgencies, reaches } from '../agencies/admin-scope';
import { otherAgency } from '../agencies/write-rule';
import { agencies } from '../agencies/registry';
import { isAgencyScoped } from '../agencies/scoped-types';

type Context = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  state: { user?: { id: number; roles?: Array<{ code?: string }> }; userAbility?: { can(action: string): boolean } };
  body: unknown;
  set: (name: string, value: string) => void;
};

const CSV_LIMIT = 50_000;

type PermissionChecker = {
  can: { read: (entity?: unknown) => boolean; update: (entity?: unknown) => boolean };
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined;

function versionedType(value: unknown): string {
  const uid = text(value);
  if (!uid || !VERSIONED_TYPES.has(uid))
    throw new errors.ValidationError(
      `Loại nội dung không có lịch sử phiên bản (uid must be one of: ${[...VERSIONED_TYPES].join(', ')})`,
    );
  return uid;
}

/** The admin user may do this to this document, as the content manager would decide (Authors: their own only). */
async function allow(
  strapi: Core.Strapi,
  ctx: Context,
  uid: string,
  documentId: string,
  action: 'read' | 'update',
  agencyOfVersion?: string | null,
): Promise<void> {
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: uid }) as PermissionChecker;
  const entity = (await strapi.db
    .query(uid as UID.ContentType)
    .findOne({ where: { documentId }, populate: ['createdBy'] })) as Record<string, unknown> | null;
  // Another agency's document (or, once deleted, its versions') is refused as such; a deleted document's history is
  // for whoever may act on the type at all, in the document's agency.
  const agency = isAgencyScoped(strapi, uid)
    ? ((entity?.agency as string | null | undefined) ?? agencyOfVersion)
    : undefined;
  if (agency !== undefined && !reaches(await adminScopeOf(strapi, ctx.state.user ?? {}), agency))
    throw otherAgency(strapi, agency);
  if (!(entity ? checker.can[action](entity) : checker.can[action]()))
    throw refused(
      action === 'read'
        ? 'Bạn không có quyền xem lịch sử tài liệu này (not allowed to read this history)'
        : 'Bạn không có quyền khôi phục tài liệu này (not allowed to restore this document)',
    );
}

async function versionOf(strapi: Core.Strapi, ctx: Context, action: 'read' | 'update'): Promise<VersionRow> {
  const id = Number(ctx.params.id);
  const version = Number.isSafeInteger(id) && id > 0 ? await findVersion(strapi, id) : null;
  if (!version) throw new errors.NotFoundError('Không có phiên bản này (no such version)');
  // A version from before agencies existed is of the agency that holds the existing content.
  const agency = !isAgencyScoped(strapi, version.targetUid)
    ? undefined
    : typeof version.data?.agency === 'string'
      ? version.data.agency
      : agencies(strapi).existingContent;
  await allow(strapi, ctx, version.targetUid, version.targetDocumentId, action, agency);
  return version;
}

const summary = ({ data, ...version }: VersionRow) => ({
  ...version,
  title: data?.title ?? data?.name ?? data?.siteName ?? null,
});

function readAuditAllowed(ctx: Context): void {
  if (!ctx.state.userAbility?.can(AUDIT_READ))
    throw refused(
      'Chỉ Biên tập viên, Quản trị viên và vai trò được cấp quyền xem được nhật ký (not allowed to read the audit trail)',
    );
}

/** The audit filter of a request: the reader's agencies always (an agency's Editors read their agency's entries). */
async function auditFilter(strapi: Core.Strapi, ctx: Context): Promise<AuditFilter> {
  const query = ctx.query;
  const scope = await adminScopeOf(strapi, ctx.state.user ?? {});
  const filter: AuditFilter = {
    action: text(query.action),
    user: text(query.user),
    uid: text(query.uid),
    from: text(query.from),
    to: text(query.to),
    agency: text(query.agency),
    agencies: reachedAgencies(scope),
  };
  for (const key of ['from', 'to'] as const)
    if (filter[key] && Number.isNaN(new Date(filter[key]).getTime()))
      throw new errors.ValidationError(`Ngày không hợp lệ: ${key} (invalid date, use ISO 8601)`);
  return filter;
}

/**
 * The admin's history routes (`/thads-history/...`): admin session required, each checks the content manager's
 * permission on the document's type (read to list and compare, update to restore) or the audit permission (`AUDIT_READ`).
 * None edits or deletes a version or an audit entry.
 */
export function registerHistoryRoutes(strapi: Core.Strapi): void {
  const route = adminRoute<Context>;
  strapi.server.routes({
    type: 'admin',
    prefix: '/thads-history',
    routes: [
      route('GET', '/versions', async (ctx) => {
        const uid = versionedType(ctx.query.uid);
        const documentId = text(ctx.query.documentId);
        if (!documentId) throw new errors.ValidationError('Thiếu documentId (documentId is required)');
        await allow(strapi, ctx, uid, documentId, 'read');
        ctx.body = { data: (await listVersions(strapi, uid, documentId)).map(summary) };
      }),
      route('GET', '/versions/:id', async (ctx) => {
        ctx.body = { data: await versionOf(strapi, ctx, 'read') };
      }),
      // Compared with the current draft (default) or another version of the same document.
      route('GET', '/versions/:id/compare', async (ctx) => {
        const version = await versionOf(strapi, ctx, 'read');
        const other = text(ctx.query.with) ?? 'current';
        let against: Record<string, unknown> | null;
        if (other === 'current') {
          const live = strapi.contentType(version.targetUid as UID.ContentType)?.options?.draftAndPublish
            ? 'draft'
            : 'published';
          against = await readSnapshot(strapi, version.targetUid, version.targetDocumentId, live);
        } else {
          const second = await findVersion(strapi, Number(other));
          if (!second || second.targetDocumentId !== version.targetDocumentId)
            throw new errors.NotFoundError('Không có phiên bản này của tài liệu (no such version of this document)');
          against = second.data;
        }
        ctx.body = { data: { changes: compareVersions(version.data ?? {}, against ?? {}) } };
      }),
      route('POST', '/versions/:id/restore', async (ctx) => {
        const version = await versionOf(strapi, ctx, 'update');
        const uid = version.targetUid as UID.ContentType;
        const exists = await strapi.db.query(uid).count({ where: { documentId: version.targetDocumentId } });
        if (!exists)
          throw new errors.NotFoundError('Tài liệu đã bị xoá, không khôi phục được (the document was deleted)');
        const data = await toWritableData(strapi, version.targetUid, version.data ?? {});
        // Only the draft changes: publishing it stays an editor's separate, deliberate step.
        const restored = await restoring.run({ versionId: version.id }, () =>
          strapi.documents(uid).update({ documentId: version.targetDocumentId, data, status: 'draft' } as never),
        );
        ctx.body = { data: { documentId: (restored as { documentId: string }).documentId, restoredFrom: version.id } };
      }),
      route('GET', '/audit', async (ctx) => {
        readAuditAllowed(ctx);
        const page = Math.max(1, Number(ctx.query.page) || 1);
        const pageSize = Math.min(100, Math.max(1, Number(ctx.query.pageSize) || 25));
        const { entries, total } = await findAuditEntries(strapi, await auditFilter(strapi, ctx), {
          start: (page - 1) * pageSize,
          limit: pageSize,
        });
        ctx.body = { data: entries, meta: { page, pageSize, total } };
      }),
      route('GET', '/audit.csv', async (ctx) => {
        readAuditAllowed(ctx);
        const { entries } = await findAuditEntries(strapi, await auditFilter(strapi, ctx), {
          start: 0,
          limit: CSV_LIMIT,
        });
        ctx.set('Content-Type', 'text/csv; charset=utf-8');
        ctx.set('Content-Disposition', 'attachment; filename="nhat-ky-hoat-dong.csv"');
        // A byte-order mark, so spreadsheet programs read the Vietnamese as UTF-8.
        ctx.body = `\uFEFF${auditCsv(entries)}`;
      }),
    ],
  } as never);
}
