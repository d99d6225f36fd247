import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor } from './actor';
import { AUDIT_EVENT, AUDIT_UID, type AuditEvent } from './audit';
import { rememberOpened, refuseStaleSave } from './conflicts';
import { readSnapshot, VERSIONED_TYPES, type VersionData } from './snapshot';
import { recordVersion, VERSION_UID, type VersionAction } from './versions';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Set while a version is being restored: the update it makes is recorded as a restore of that version. */
export const restoring = new AsyncLocalStorage<{ versionId: number }>();

/**
 * Details other code adds to the audit entries of the writes it makes (the scheduler names who scheduled the
 * publication it makes): `withAuditDetails({ … }, () => write())`.
 */
const extraDetails = new AsyncLocalStorage<Record<string, unknown>>();
export const withAuditDetails = <T>(details: Record<string, unknown>, work: () => Promise<T>): Promise<T> =>
  extraDetails.run(details, work);

const PRIVATE_HISTORY = new Set([VERSION_UID, AUDIT_UID]);
const READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

/** The label of a document in the audit trail. */
export function titleOf(data: VersionData | null): string | undefined {
  const value = data?.title ?? data?.name ?? data?.siteName ?? data?.number;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Version history and the content part of the audit trail, for every write through the Document Service (the admin,
 * the seed, scheduled publishing alike), plus the two guards: a save over someone else's newer change is refused, and
 * the history's own tables are never written through the Document Service (so no content-manager route reaches them).
 */
export function history(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action } = context;
    if (PRIVATE_HISTORY.has(uid)) {
      if (READS.has(action)) return next();
      throw new errors.ForbiddenError(
        'Lịch sử phiên bản và nhật ký chỉ được ghi thêm, không sửa hay xoá (history is append-only)',
      );
    }
    if (!VERSIONED_TYPES.has(uid)) return next();
    const params = context.params as { documentId?: string };
    const draftAndPublish = Boolean(strapi.contentType(uid as UID.ContentType)?.options?.draftAndPublish);
    // A type without drafts has one state, the live one; its versions count as drafts for retention.
    const live: 'draft' | 'published' = draftAndPublish ? 'draft' : 'published';

    if (action === 'findOne') {
      const result = await next();
      await rememberOpened(strapi, uid, result, 'GET');
      return result;
    }
    if (action === 'update' && params.documentId) await refuseStaleSave(strapi, uid, params.documentId);

    const record = async (documentId: string, versionAction: VersionAction, data: VersionData | null) => {
      if (!data) return;
      const actor = currentActor(strapi);
      const status = versionAction === 'publish' ? 'published' : 'draft';
      const restore = restoring.getStore();
      try {
        if (!(await recordVersion(strapi, { uid, documentId, action: versionAction, status, data, actor }))) return;
      } catch (error) {
        strapi.log.error(`[history] version of ${uid} ${documentId} not recorded: ${String(error)}`);
      }
      const event: AuditEvent = {
        action: versionAction,
        uid,
        documentId,
        userId: actor.userId,
        // The version holds the document's agency (an agency record is its own): no lookup when the entry is written.
        ...(typeof data.agency === 'string' ? { agency: data.agency } : {}),
        ...(uid === 'api::agency.agency' && typeof data.code === 'string' ? { agency: data.code } : {}),
        details: {
          title: titleOf(data),
          ...(restore ? { fromVersion: restore.versionId } : {}),
          ...extraDetails.getStore(),
        },
      };
      strapi.eventHub.emit(AUDIT_EVENT, event);
    };

    if (action === 'delete' && params.documentId) {
      const before =
        (await readSnapshot(strapi, uid, params.documentId, live)) ??
        (await readSnapshot(strapi, uid, params.documentId, 'published'));
      const result = await next();
      await record(params.documentId, 'delete', before);
      return result;
    }

    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    if (action === 'create' || action === 'update') {
      const versionAction = restoring.getStore() ? 'restore' : action;
      await record(documentId, versionAction, await readSnapshot(strapi, uid, documentId, live));
      if (action === 'update') await rememberOpened(strapi, uid, result, 'PUT');
    } else if (action === 'publish') {
      await record(documentId, 'publish', await readSnapshot(strapi, uid, documentId, 'published'));
    } else if (action === 'unpublish' || action === 'discardDraft') {
      const versionAction = action === 'unpublish' ? 'unpublish' : 'discard';
      await record(documentId, versionAction, await readSnapshot(strapi, uid, documentId, 'draft'));
    }
    return result;
  };
}
