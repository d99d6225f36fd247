import type { Core } from '@strapi/strapi';
import { vietnamDay, vietnamInstant } from '@thads/vietnamese';
import { requestedAgency, UnknownAgency } from '../../../agencies/request-agency';
import { articleConditions, readerScope } from '../../../audience/guard';
import { integerParam, InvalidParameter } from '../../../lib/query-params';
import type { ScopedContext } from '../../../lib/request-scope';

const pad = (value: number) => String(value).padStart(2, '0');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /api/archive?year=&month=&agency= → the Vietnam calendar days of that month that have published news, with
   * counts ("Các tin đã đưa ngày"): of one agency, or of the whole installation. An article dated 16/03/2021 00:30 in
   * Hà Nội counts for 16/03, not 15/03.
   */
  async days(
    ctx: ScopedContext & {
      query: Record<string, unknown>;
      body: unknown;
      badRequest: (message: string) => unknown;
      notFound: (message: string) => unknown;
    },
  ) {
    let year: number;
    let month: number;
    let agency: string | null;
    try {
      agency = requestedAgency(strapi, ctx.query)?.code ?? null;
      const today = vietnamDay(new Date());
      year = integerParam(ctx.query, 'year', {
        min: 1900,
        max: 2100,
        fallback: Number(today.slice(0, 4)),
        outOfRange: 'reject',
      });
      month = integerParam(ctx.query, 'month', {
        min: 1,
        max: 12,
        fallback: Number(today.slice(5, 7)),
        outOfRange: 'reject',
      });
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      if (error instanceof UnknownAgency) return ctx.notFound(error.message);
      throw error;
    }
    const start = vietnamInstant(`${year}-${pad(month)}-01`);
    const end = month === 12 ? vietnamInstant(`${year + 1}-01-01`) : vietnamInstant(`${year}-${pad(month + 1)}-01`);
    const rows = (await strapi.db.query('api::article.article').findMany({
      where: {
        publishedAt: { $notNull: true },
        date: { $gte: start, $lt: end },
        ...(agency ? { agency } : {}),
        // The counts must not reveal that a staff article exists.
        ...articleConditions(await readerScope(strapi, ctx)),
      },
      select: ['date'],
    })) as Array<{ date: string }>;
    const counts = new Map<string, number>();
    for (const row of rows) {
      const day = vietnamDay(row.date);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    ctx.body = {
      data: {
        year,
        month,
        days: [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count })),
      },
      meta: {},
    };
  },
});
