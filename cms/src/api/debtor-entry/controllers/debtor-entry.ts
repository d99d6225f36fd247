import type { Context } from 'koa';
import { leanCollectionController } from '../../../strapi-internals/lean-read';
import { InvalidParameter } from '../../../lib/query-params';
import { registerQuery, searchRegister } from '../../../records/register-search';

const UID = 'api::debtor-entry.debtor-entry';
const lean = leanCollectionController(UID);

/**
 * The register: one entry by documentId through the public read path (its public shape decided in `audience/guard`),
 * and the list as the register's own search (name without diacritics, decision number, unit, year), counted up to a
 * bound. It is never part of the site-wide search, feeds or sitemaps.
 */
export default (options: Parameters<typeof lean>[0]) => {
  const controller = lean(options) as { find: (ctx: Context) => Promise<unknown> };
  controller.find = async (ctx: Context) => {
    const { strapi } = options;
    let query;
    try {
      query = registerQuery(
        ctx.query as Record<string, unknown>,
        (ctx.state as { thadsAgency?: string }).thadsAgency,
        strapi,
      );
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      throw error;
    }
    const { rows, total, capped } = await searchRegister(strapi, query);
    ctx.body = {
      data: rows,
      meta: {
        pagination: {
          page: query.page,
          pageSize: query.pageSize,
          pageCount: Math.ceil(total / query.pageSize),
          total,
          ...(capped ? { totalIsLowerBound: true } : {}),
        },
      },
    };
  };
  return controller;
};
