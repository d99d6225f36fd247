import type { Core } from '@strapi/strapi';
import { NOTICE } from '../audience/guard';
import { contentChanged } from '../cache/invalidation';
import { now } from '../scheduling/clock';

type Watch = { checkedUntil: Date; timer: NodeJS.Timeout | null };
const watches = new WeakMap<Core.Strapi, Watch>();

/**
 * Notices expire by the clock, with nothing written: the agencies whose published notices reached their `validUntil`
 * since the last look get their cached answers and rendered pages renewed (here, on the other instances and on the
 * site server), so every list, page, feed and search that showed them open shows them expired. Returns those agencies.
 */
export async function announceExpiredNotices(strapi: Core.Strapi): Promise<string[]> {
  const watch = watches.get(strapi) ?? { checkedUntil: now(), timer: null };
  watches.set(strapi, watch);
  const until = now();
  const from = watch.checkedUntil;
  if (until.getTime() <= from.getTime()) {
    // The test clock moved back: anything from there on may expire again.
    watch.checkedUntil = until;
    return [];
  }
  const rows = (await strapi.db.query(NOTICE).findMany({
    where: {
      publishedAt: { $notNull: true },
      validUntil: { $gt: from.toISOString(), $lte: until.toISOString() },
    },
    select: ['agency'],
  })) as Array<{ agency: string | null }>;
  watch.checkedUntil = until;
  const changed = [...new Set(rows.map((row) => row.agency).filter((code): code is string => Boolean(code)))];
  if (changed.length > 0) contentChanged(strapi, { agencies: changed });
  return changed;
}

/** Looks every NOTICE_EXPIRY_INTERVAL_MS (default 1 s: one indexed query) on every instance, each for its own cache. */
export function watchNoticeExpiry(strapi: Core.Strapi): void {
  const interval = Number(process.env.NOTICE_EXPIRY_INTERVAL_MS ?? 1000);
  watches.set(strapi, { checkedUntil: now(), timer: null });
  if (!Number.isFinite(interval) || interval <= 0) return;
  const timer = setInterval(() => {
    announceExpiredNotices(strapi).catch((error: unknown) =>
      strapi.log.error(`[thông báo] không kiểm tra được thông báo hết hạn: ${String(error)}`),
    );
  }, interval);
  timer.unref();
  watches.get(strapi)!.timer = timer;
}

export function stopWatchingNoticeExpiry(strapi: Core.Strapi): void {
  const timer = watches.get(strapi)?.timer;
  if (timer) clearInterval(timer);
}
