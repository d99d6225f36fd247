import type { Core } from '@strapi/strapi';
import { AUDIT_EVENT, AUDIT_UID, type AuditEvent, type AuditRow } from '../history/audit';
import { withAuditDetails } from '../history/document-middleware';
import { now } from './clock';

/** The types an editor may schedule, with their private schedule fields (`publishAt`, `unpublishAt`, `scheduleError`). */
export const SCHEDULED_TYPES = ['api::article.article', 'api::campaign-theme.campaign-theme'] as const;
export type ScheduledType = (typeof SCHEDULED_TYPES)[number];
export const isScheduledType = (uid: string): uid is ScheduledType =>
  (SCHEDULED_TYPES as readonly string[]).includes(uid);

/** The event other parts (the audit trail) listen to when a scheduled publication or unpublication fails. */
export const SCHEDULE_FAILED = 'thads.schedule.failed';
export type ScheduleFailure = {
  uid: ScheduledType;
  documentId: string;
  action: 'publish' | 'unpublish';
  reason: string;
  at: Date;
};

/** Shown in the admin's list next to the article until it is scheduled again. */
export const FAILURE_PREFIX = 'Lỗi lịch đăng';

/** Any number, the same on every instance: the PostgreSQL advisory lock only one instance holds at a time. */
const LOCK_KEY = 1_320_130_013;

export type TickResult = { published: string[]; unpublished: string[]; failed: string[]; skipped: boolean };

type Row = { documentId: string };
type PoolClient = {
  client: { acquireConnection(): Promise<unknown>; releaseConnection(connection: unknown): Promise<void> };
  raw(
    sql: string,
    bindings: unknown[],
  ): { connection(connection: unknown): Promise<{ rows: Array<{ locked: boolean }> }> };
};

const running = new WeakMap<Core.Strapi, Set<number>>();

/**
 * Runs `work` if no other instance is running it: on PostgreSQL under a session advisory lock held on a connection
 * of its own for the whole run (instances that miss it skip this round: the holder does the work); on SQLite, one
 * instance per database is the rule, and a run is only kept from overlapping the previous one. Each kind of work
 * (`lockKey`: the schedules, citizens' questions' jobs…) has a lock of its own.
 */
export async function exclusively(
  strapi: Core.Strapi,
  work: () => Promise<void>,
  lockKey: number = LOCK_KEY,
): Promise<boolean> {
  const ofStrapi = running.get(strapi) ?? new Set<number>();
  running.set(strapi, ofStrapi);
  if (ofStrapi.has(lockKey)) return false;
  ofStrapi.add(lockKey);
  try {
    if (strapi.db.dialect.client !== 'postgres') {
      await work();
      return true;
    }
    const knex = strapi.db.connection as unknown as PoolClient;
    const connection = await knex.client.acquireConnection();
    try {
      const { rows } = await knex.raw('select pg_try_advisory_lock(?) as locked', [lockKey]).connection(connection);
      if (!rows[0]?.locked) return false;
      try {
        await work();
      } finally {
        await knex.raw('select pg_advisory_unlock(?) as locked', [lockKey]).connection(connection);
      }
      return true;
    } finally {
      await knex.client.releaseConnection(connection);
    }
  } finally {
    ofStrapi.delete(lockKey);
  }
}

const reasonOf = (error: unknown): string => {
  const details = (error as { details?: { errors?: Array<{ path?: string[]; message?: string }> } }).details?.errors;
  const message = error instanceof Error ? error.message : String(error);
  return details?.length
    ? details.map((detail) => `${detail.path?.join('.') ?? ''}: ${detail.message ?? ''}`).join('; ')
    : message;
};

/**
 * Publishes and unpublishes every document whose time has come (on the draft, where editors set it), through the
 * Document Service as an editor's click does: search index, caches on every instance, webhooks (`entry.publish`,
 * `entry.unpublish`). The schedule is cleared in the same transaction as the publication, so a document is published
 * once even if an instance stops between the two. Anything due while every instance was down is due at the next run.
 */
export async function runDueSchedules(strapi: Core.Strapi): Promise<TickResult> {
  const result: TickResult = { published: [], unpublished: [], failed: [], skipped: false };
  const ran = await exclusively(strapi, async () => {
    for (const uid of SCHEDULED_TYPES) {
      for (const action of ['publish', 'unpublish'] as const) {
        const field = action === 'publish' ? 'publishAt' : 'unpublishAt';
        const due = (await strapi.db.query(uid).findMany({
          where: { publishedAt: null, [field]: { $lte: now() } },
          select: ['documentId'],
          orderBy: { [field]: 'asc' },
        })) as Row[];
        for (const { documentId } of due) {
          try {
            await strapi.db.transaction(async () => {
              // Claimed by clearing it: a run that finds it cleared meanwhile (by another run) leaves it alone.
              const { count } = await strapi.db
                .query(uid)
                .updateMany({ where: { documentId, [field]: { $lte: now() } }, data: { [field]: null } });
              if (count === 0) return;
              await strapi.db.query(uid).updateMany({ where: { documentId }, data: { [field]: null } });
              const details = await scheduledBy(strapi, uid, documentId, field);
              if (action === 'publish')
                await withAuditDetails(details, () => strapi.documents(uid).publish({ documentId }));
              else if (await strapi.db.query(uid).count({ where: { documentId, publishedAt: { $ne: null } } }))
                await withAuditDetails(details, () => strapi.documents(uid).unpublish({ documentId }));
              else return;
              (action === 'publish' ? result.published : result.unpublished).push(documentId);
            });
          } catch (error) {
            result.failed.push(documentId);
            await recordFailure(strapi, { uid, documentId, action, reason: reasonOf(error), at: now() });
          }
        }
      }
    }
  });
  result.skipped = !ran;
  return result;
}

/**
 * Who asked for this publication (or unpublication): the author of the last schedule entry in the audit trail that
 * set the time, named in the system's entry for it ("scheduledBy"), with the time they chose.
 */
async function scheduledBy(
  strapi: Core.Strapi,
  uid: ScheduledType,
  documentId: string,
  field: 'publishAt' | 'unpublishAt',
): Promise<Record<string, unknown>> {
  const entries = (await strapi.db.query(AUDIT_UID).findMany({
    where: { targetUid: uid, targetDocumentId: documentId, action: { $in: ['schedule.set', 'schedule.change'] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    limit: 10,
  })) as AuditRow[];
  const entry = entries.find((candidate) => candidate.details?.[field]);
  return entry ? { scheduledBy: entry.userName, scheduledFor: entry.details?.[field] } : { scheduledBy: null };
}

async function recordFailure(strapi: Core.Strapi, failure: ScheduleFailure): Promise<void> {
  const field = failure.action === 'publish' ? 'publishAt' : 'unpublishAt';
  // Not retried every run: the editor sees why, fixes the article and schedules it again (or publishes by hand).
  await strapi.db.query(failure.uid).updateMany({
    where: { documentId: failure.documentId },
    data: { [field]: null, scheduleError: `${FAILURE_PREFIX}: ${failure.reason}`.slice(0, 2000) },
  });
  strapi.log.warn(`[lịch đăng] ${failure.action} ${failure.uid} ${failure.documentId} thất bại: ${failure.reason}`);
  strapi.eventHub.emit(SCHEDULE_FAILED, failure);
  const event: AuditEvent = {
    action: 'schedule.failed',
    uid: failure.uid,
    documentId: failure.documentId,
    details: { reason: failure.reason, ...(await scheduledBy(strapi, failure.uid, failure.documentId, field)) },
  };
  strapi.eventHub.emit(AUDIT_EVENT, event);
}

const timers = new WeakMap<Core.Strapi, NodeJS.Timeout>();

/**
 * Runs once the instance listens (catching up with anything due while down), then every SCHEDULER_INTERVAL_MS
 * (default 30 s).
 */
export function startScheduler(strapi: Core.Strapi): void {
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? 30_000);
  if (!Number.isFinite(interval) || interval <= 0) return;
  const run = () =>
    runDueSchedules(strapi).catch((error: unknown) => strapi.log.error(`[lịch đăng] ${reasonOf(error)}`));
  // Not during bootstrap: a publication then raced the rest of the start (the seed, the first requests' set-up) and
  // its entry.publish webhook call was sometimes never made. Once listening, the instance is what an editor uses.
  const server = strapi.server.httpServer;
  if (server.listening) void run();
  else server.once('listening', () => void run());
  const timer = setInterval(run, interval);
  timer.unref();
  timers.set(strapi, timer);
}

export function stopScheduler(strapi: Core.Strapi): void {
  clearInterval(timers.get(strapi));
  timers.delete(strapi);
}
