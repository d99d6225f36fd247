import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { identify } from '../http/request-identity';

/** The longest question the form takes (5,000 characters, title and contacts) fits many times in this. */
export const QUESTION_BODY_LIMIT = 64 * 1024;

/**
 * The public question form's route takes small bodies only: a larger one is refused (413, with why) from its
 * declared length, before anything reads it. Strapi's body parser still bounds a body sent without a length.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    if (identify(strapi, ctx.req).budget !== 'question') return next();
    const length = Number(ctx.get('content-length') || 0);
    if (!(length > QUESTION_BODY_LIMIT)) return next();
    ctx.status = 413;
    ctx.set('Connection', 'close');
    ctx.body = {
      data: null,
      error: {
        status: 413,
        name: 'PayloadTooLargeError',
        message: `Nội dung gửi quá lớn: câu hỏi tối đa 5000 ký tự, cả biểu mẫu tối đa ${QUESTION_BODY_LIMIT / 1024} KB (request body too large)`,
        details: { limit: QUESTION_BODY_LIMIT },
      },
    };
  };
