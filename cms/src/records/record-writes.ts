import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEBTOR_ENTRY, NOTICE } from '../audience/guard';
import { refused } from '../http/admin-route';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { currentActor } from '../history/actor';
import { now } from '../scheduling/clock';
import { agencyOfDocument } from '../agencies/write-rule';
import { nameKey, numberKey } from './keys';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Data = Record<string, unknown>;

export const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
const WRITES = new Set(['create', 'update']);

/** Today in Vietnam (yyyy-mm-dd), by the scheduler's clock. */
export const vietnamToday = (): string => new Date(now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** The draft's stored values of these fields (an update sends only what changed). */
async function stored(strapi: Core.Strapi, uid: string, documentId: string | undefined, fields: string[]) {
  if (!documentId) return {};
  return ((await strapi.db
    .query(uid as UID.ContentType)
    .findOne({ where: { documentId, publishedAt: null }, select: fields })) ?? {}) as Data;
}

/**
 * A notice is open until `validUntil`: by default the auction day (an auction notice), the registration deadline (the
 * selection of an organisation); filled in when left empty, on every save. One without either (an enforcement notice
 * whose editor set no end) stays open until it is taken down.
 */
async function noticeValidity(strapi: Core.Strapi, data: Data, documentId: string | undefined): Promise<void> {
  const fields = ['kind', 'auctionAt', 'registrationDeadline', 'validUntil'];
  if (!fields.some((field) => field in data)) return;
  const current = { ...(await stored(strapi, NOTICE, documentId, fields)), ...data };
  if (current.validUntil) return;
  const fallback = current.kind === 'organisation-selection' ? current.registrationDeadline : current.auctionAt;
  if (fallback) data.validUntil = fallback;
}

/** What the audit trail keeps of a register entry: never the person's name, birth year or address. */
async function registerDetails(strapi: Core.Strapi, documentId: string, extra: Data = {}): Promise<Data> {
  const row = (await strapi.db.query(DEBTOR_ENTRY).findOne({
    where: { documentId },
    select: ['decisionNumber', 'decisionDate', 'removalReason', 'removalNote'],
    populate: { unit: { select: ['name'] } },
    orderBy: { publishedAt: 'asc' },
  })) as {
    decisionNumber?: string;
    decisionDate?: string;
    removalReason?: string | null;
    removalNote?: string | null;
    unit?: { name?: string } | null;
  } | null;
  return {
    title: row?.decisionNumber ? `QĐ ${row.decisionNumber}` : undefined,
    decisionNumber: row?.decisionNumber ?? null,
    decisionDate: row?.decisionDate ?? null,
    unit: row?.unit?.name ?? null,
    ...extra,
  };
}

const REMOVAL_NEEDED =
  'Hãy chọn "Lý do gỡ" (đã thi hành xong, có điều kiện thi hành, kết thúc thi hành án…) và lưu trước khi gỡ người này khỏi danh sách (a reason is required to take an entry off the register)';

/**
 * The rules of the agencies' own records, on every write whoever makes it (the admin, an import, a script):
 * - a legal document keeps its number's search key (`numberKey`);
 * - a notice gets its default `validUntil`;
 * - a register entry keeps its name and decision keys; it is taken off (unpublished or deleted while published) only
 *   with a reason, which is dated; publishing it (again) dates its publication and clears any removal; and every
 *   change is in the audit trail with the entry's id, decision number, unit and reason, never its personal fields
 *   (it has no version history: `history/snapshot` leaves it out).
 */
export function recordWrites(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action } = context;
    if (uid !== LEGAL_DOCUMENT && uid !== NOTICE && uid !== DEBTOR_ENTRY) return next();
    const params = context.params as { data?: Data; documentId?: string };
    const data = params.data;
    if (WRITES.has(action) && data) {
      if (uid === LEGAL_DOCUMENT && typeof data.number === 'string') data.numberKey = numberKey(data.number);
      if (uid === NOTICE) await noticeValidity(strapi, data, action === 'update' ? params.documentId : undefined);
      if (uid === DEBTOR_ENTRY) {
        if (typeof data.fullName === 'string') data.nameKey = nameKey(data.fullName);
        if (typeof data.decisionNumber === 'string') data.decisionKey = numberKey(data.decisionNumber);
      }
    }
    if (uid !== DEBTOR_ENTRY) return next();
    return registerWrite(strapi, action, params, next) as ReturnType<typeof next>;
  };
}

async function registerWrite(
  strapi: Core.Strapi,
  action: string,
  params: { data?: Data; documentId?: string },
  next: () => Promise<unknown>,
): Promise<unknown> {
  const documentId = params.documentId;
  const published = documentId
    ? (await strapi.db.query(DEBTOR_ENTRY).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
    : false;
  let reason: Data = {};
  if ((action === 'unpublish' || action === 'delete') && documentId && published) {
    const draft = await stored(strapi, DEBTOR_ENTRY, documentId, ['removalReason', 'removalNote']);
    if (!draft.removalReason) throw refused(REMOVAL_NEEDED);
    reason = { reason: draft.removalReason, note: draft.removalNote ?? null };
    await strapi.db.query(DEBTOR_ENTRY).updateMany({ where: { documentId }, data: { removedOn: vietnamToday() } });
  }
  if (action === 'publish' && documentId) {
    const draft = (await strapi.db.query(DEBTOR_ENTRY).findOne({
      where: { documentId, publishedAt: null },
      select: ['id', 'publishedOn'],
      populate: { unit: { select: ['id'] } },
    })) as { id: number; publishedOn?: string | null; unit?: { id: number } | null } | null;
    if (draft && !draft.unit)
      throw new errors.ValidationError(
        'Hãy chọn đơn vị đang tổ chức thi hành trước khi công bố (the unit handling the case is required)',
      );
    // Published again (the decision revoked): no longer taken off.
    await strapi.db.query(DEBTOR_ENTRY).updateMany({
      where: { documentId, publishedAt: null },
      data: {
        removalReason: null,
        removalNote: null,
        removedOn: null,
        ...(draft?.publishedOn ? {} : { publishedOn: vietnamToday() }),
      },
    });
  }
  // Read before the write: a deleted entry's decision, unit and agency are gone after it.
  const details = action === 'delete' && documentId ? await registerDetails(strapi, documentId, reason) : null;
  const agency =
    action === 'delete' && documentId ? await agencyOfDocument(strapi, DEBTOR_ENTRY, documentId) : undefined;
  const result = await next();
  const id = documentId ?? (result as { documentId?: string } | null)?.documentId;
  if (!id || !['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft'].includes(action)) return result;
  const event: AuditEvent = {
    action: action === 'discardDraft' ? 'discard' : action === 'unpublish' ? 'register.remove' : action,
    uid: DEBTOR_ENTRY,
    documentId: id,
    userId: currentActor(strapi).userId,
    ...(agency ? { agency } : {}),
    details: details ?? (await registerDetails(strapi, id, reason)),
  };
  strapi.eventHub.emit(AUDIT_EVENT, event);
  return result;
}
