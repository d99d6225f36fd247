import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENGLISH } from './locales';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * Translated types that are published only once their English text has this field: a unit (the English contact page
 * lists every office by its English name, and a reader abroad cannot use a Vietnamese-only entry).
 */
export const ENGLISH_REQUIRED: Partial<Record<UID.ContentType, { field: string; label: string }>> = {
  'api::unit.unit': { field: 'name', label: 'tên đơn vị' },
};

/**
 * Refuses the publication (in any language, by an editor, the scheduler or a script) of a document whose English
 * version lacks the required field, with the reason. Strapi publishes a document created as published without passing
 * through `publish`, so such a create is checked too.
 */
export function requireEnglish(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const rule = ENGLISH_REQUIRED[context.uid as UID.ContentType];
    if (!rule) return next();
    const params = context.params as {
      documentId?: string;
      locale?: unknown;
      status?: string;
      data?: Record<string, unknown>;
    };
    const creatingPublished = context.action === 'create' && params.status === 'published';
    if (context.action !== 'publish' && !creatingPublished) return next();
    let english: unknown;
    if (creatingPublished) english = params.locale === ENGLISH ? params.data?.[rule.field] : undefined;
    else if (params.documentId) {
      const row = (await strapi.db.query(context.uid as UID.ContentType).findOne({
        where: { documentId: params.documentId, locale: ENGLISH, publishedAt: null },
        select: [rule.field],
      })) as Record<string, unknown> | null;
      english = row?.[rule.field];
    } else return next();
    if (typeof english !== 'string' || english.trim() === '')
      throw new errors.ValidationError(
        `Chưa xuất bản được: bản tiếng Anh (English) chưa có ${rule.label}. Hãy chọn ngôn ngữ "English (en)", nhập ${rule.label} bằng tiếng Anh và lưu, rồi xuất bản (published only with its English ${rule.field})`,
      );
    return next();
  };
}
