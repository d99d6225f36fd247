import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { refuseDraftWithoutAltText } from '../document-middlewares/alt-text';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { titleOf } from '../history/document-middleware';
import { isScheduledType, type ScheduledType } from './scheduler';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Ability = { can(action: string, subject: string): boolean };
type AdminContext = { state?: { userAbility?: Ability; auth?: { strategy?: { name?: string } } } };

const PUBLISH = 'plugin::content-manager.explorer.publish';
const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'] as const;
/** What a schedule change may not touch: the scheduler writes these itself, outside the Document Service. */
const SYSTEM_FIELDS = ['scheduleError'];

const instant = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value as string).getTime();
  if (Number.isNaN(time))
    throw new errors.ValidationError('Thời điểm lên lịch không hợp lệ (invalid schedule date and time)');
  return time;
};

/** Whether the admin user making this request may publish `uid`; requests outside the admin are not asked here. */
function mayPublish(strapi: Core.Strapi, uid: string): boolean {
  const ctx = strapi.requestContext.get() as AdminContext | undefined;
  const ability = ctx?.state?.userAbility;
  if (ctx?.state?.auth?.strategy?.name !== 'admin' || !ability) return true;
  return ability.can(PUBLISH, uid);
}

/**
 * Rules of a schedule, whoever writes it: only someone who may publish may schedule (an Author cannot schedule their
 * way around the review), "unpublish at" comes after "publish at", and a document scheduled for publication must be
 * one publishing would accept (required fields, lengths) — checked now, when the editor can still fix it.
 */
export function scheduleGuard(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (!isScheduledType(context.uid)) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    // Published by hand before its time: the schedule is done with (it would otherwise publish later edits unasked).
    if (context.action === 'publish' && params.documentId) {
      const { uid } = context;
      const documentId = params.documentId;
      return strapi.db.transaction(async () => {
        await strapi.db.query(uid).updateMany({
          where: { documentId, publishAt: { $notNull: true } },
          data: { publishAt: null, scheduleError: null },
        });
        return next();
      });
    }
    if (context.action !== 'create' && context.action !== 'update') return next();
    const data = params.data;
    if (!data) return next();
    for (const field of SYSTEM_FIELDS) delete data[field];
    if (!SCHEDULE_FIELDS.some((field) => field in data)) return next();

    const uid = context.uid;
    const current = params.documentId
      ? ((await strapi.db.query(uid).findOne({
          where: { documentId: params.documentId, publishedAt: null },
          select: [...SCHEDULE_FIELDS],
        })) as Record<(typeof SCHEDULE_FIELDS)[number], unknown> | null)
      : null;
    const next_ = {
      publishAt: 'publishAt' in data ? instant(data.publishAt) : instant(current?.publishAt),
      unpublishAt: 'unpublishAt' in data ? instant(data.unpublishAt) : instant(current?.unpublishAt),
    };
    // The admin sends the whole form on every save: only a changed schedule is a scheduling act.
    const changed = SCHEDULE_FIELDS.some((field) => next_[field] !== instant(current?.[field]));
    if (!changed) return next();
    if (!mayPublish(strapi, uid))
      throw new errors.ForbiddenError(
        'Chỉ người có quyền xuất bản mới được lên lịch xuất bản (only roles that may publish may schedule)',
      );
    if (next_.publishAt !== null && next_.unpublishAt !== null && next_.unpublishAt <= next_.publishAt)
      throw new errors.ValidationError(
        'Thời điểm gỡ bài phải sau thời điểm xuất bản (unpublish time must be after the publish time)',
      );
    // A new schedule starts clean: the previous failure no longer applies.
    data.scheduleError = null;
    const result = await (next_.publishAt === null
      ? next()
      : strapi.db.transaction(async () => {
          const written = await next();
          const documentId = params.documentId ?? (written as { documentId?: string } | null)?.documentId;
          if (documentId) await refuseUnpublishable(strapi, uid, documentId);
          return written;
        }));
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (documentId) await recordScheduleChange(strapi, uid, documentId, current, next_, data);
    return result;
  };
}

export const SCHEDULE_ACTIONS = { set: 'schedule.set', change: 'schedule.change', cancel: 'schedule.cancel' } as const;

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

/**
 * The audit entry of a schedule set, changed or cancelled, with the times before and after: the save that carries it
 * is recorded as a save too, but only this says what was scheduled, and by whom (the scheduler's publication names
 * the author of the last one).
 */
async function recordScheduleChange(
  strapi: Core.Strapi,
  uid: ScheduledType,
  documentId: string,
  before: Record<(typeof SCHEDULE_FIELDS)[number], unknown> | null,
  after: Record<(typeof SCHEDULE_FIELDS)[number], number | null>,
  data: Record<string, unknown>,
): Promise<void> {
  const previous = { publishAt: instant(before?.publishAt), unpublishAt: instant(before?.unpublishAt) };
  const hadSchedule = previous.publishAt !== null || previous.unpublishAt !== null;
  const hasSchedule = after.publishAt !== null || after.unpublishAt !== null;
  const action = !hasSchedule ? SCHEDULE_ACTIONS.cancel : hadSchedule ? SCHEDULE_ACTIONS.change : SCHEDULE_ACTIONS.set;
  const event: AuditEvent = {
    action,
    uid,
    documentId,
    details: {
      title:
        titleOf(data as never) ??
        titleOf((await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } })) as never),
      publishAt: iso(after.publishAt),
      unpublishAt: iso(after.unpublishAt),
      previousPublishAt: iso(previous.publishAt),
      previousUnpublishAt: iso(previous.unpublishAt),
    },
  };
  strapi.eventHub.emit(AUDIT_EVENT, event);
}

/** What `publish` would refuse of the saved draft (its required fields and limits), refused when scheduling. */
async function refuseUnpublishable(strapi: Core.Strapi, uid: ScheduledType, documentId: string): Promise<void> {
  const draft = (await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } })) as Record<
    string,
    unknown
  > | null;
  if (!draft) return;
  const model = strapi.getModel(uid);
  const attributes = model.attributes as Record<string, { type: string }>;
  const scalars = Object.fromEntries(
    Object.entries(draft).filter(
      ([name]) =>
        attributes[name] && !['relation', 'media', 'component', 'dynamiczone'].includes(attributes[name].type),
    ),
  );
  try {
    type Input = Parameters<Core.Strapi['entityValidator']['validateEntityCreation']>[1];
    await strapi.entityValidator.validateEntityCreation(model, scalars as Input, { isDraft: false });
    if (uid === 'api::article.article') await refuseDraftWithoutAltText(strapi, documentId);
  } catch (error) {
    if (error instanceof errors.ValidationError)
      throw new errors.ValidationError(
        `Bài chưa thể xuất bản nên không lên lịch được (cannot be scheduled: publishing would refuse it): ${error.message}`,
        error.details,
      );
    throw error;
  }
}
