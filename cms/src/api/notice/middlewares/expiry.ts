import type { Core } from '@strapi/strapi';
import { isExpired, NOTICE_STATES, noticeState, type NoticeState } from '../../../audience/guard';
import { stringParam, InvalidParameter } from '../../../lib/query-params';
import { now } from '../../../scheduling/clock';

type Item = { validUntil?: unknown; expired?: boolean };

/**
 * Notices are open or expired by the clock (`audience/guard`): `state=open|expired` lists one of them, and every
 * notice answered says which it is (`expired`, when its `validUntil` was asked for). Cached answers are renewed when
 * a notice they show expires (`records/notice-expiry`).
 */
export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<unknown>) => {
    const query = ctx.query as Record<string, unknown>;
    let state: string | undefined;
    try {
      state = stringParam(query, 'state');
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      throw error;
    }
    if (state !== undefined) {
      if (!NOTICE_STATES.includes(state as NoticeState))
        return ctx.badRequest('Tham số "state" chỉ nhận "open" (còn hạn) hoặc "expired" (đã hết hạn)');
      delete query.state;
      const condition = noticeState(state as NoticeState, now());
      query.filters = query.filters === undefined ? condition : { $and: [query.filters, condition] };
    }
    await next();
    const at = now();
    const body = ctx.body as { data?: Item | Item[] | null } | undefined;
    const items = Array.isArray(body?.data) ? body.data : body?.data ? [body.data] : [];
    for (const item of items) if ('validUntil' in item) item.expired = isExpired(item.validUntil, at);
  };
