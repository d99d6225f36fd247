import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { setClock, testClockEnabled } from '../../../scheduling/clock';
import { runDueSchedules } from '../../../scheduling/scheduler';
import { announceExpiredNotices } from '../../../records/notice-expiry';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST { now: ISO date } → moves the clock, runs the scheduler once, and says what it did. */
  async setClock(ctx: Context) {
    if (!testClockEnabled()) return ctx.notFound();
    const at = new Date(String((ctx.request as { body?: { now?: unknown } }).body?.now ?? ''));
    if (Number.isNaN(at.getTime())) return ctx.badRequest('now: một thời điểm ISO 8601 (an ISO 8601 date and time)');
    setClock(at);
    ctx.set('Cache-Control', 'no-store');
    const result = await runDueSchedules(strapi);
    // Notices that expired by the moved clock renew their caches now, not at the watcher's next look.
    await announceExpiredNotices(strapi);
    ctx.body = { data: result };
  },
});
