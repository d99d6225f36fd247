import type { Core, UID } from '@strapi/strapi';
import { slugify } from '@thads/vietnamese';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** The field each content type's slug is made from. */
export const SLUG_SOURCES: Partial<Record<UID.ContentType, string>> = {
  'api::article.article': 'title',
  'api::author.author': 'name',
  'api::campaign-theme.campaign-theme': 'name',
  'api::category.category': 'name',
};

/** The base slug plus the first free "-2", "-3"… among other documents of the type (drafts included). */
export async function uniqueSlug(strapi: Core.Strapi, uid: UID.ContentType, base: string, documentId?: string): Promise<string> {
  // Usually the base is free: one indexed lookup. Only a collision needs the prefix scan.
  const same = (await strapi.db.query(uid).findMany({ where: { slug: base }, select: ['documentId'] })) as Array<{ documentId: string }>;
  if (same.every((row) => row.documentId === documentId)) return base;
  const rows = (await strapi.db.query(uid).findMany({
    where: { slug: { $startsWith: base } },
    select: ['slug', 'documentId'],
  })) as Array<{ slug: string; documentId: string }>;
  const taken = new Set(rows.filter((row) => row.documentId !== documentId).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Slugs are made on the server from the title (Vietnamese transliterated), whoever writes: the admin, REST or a
 * script. A slug never changes when the title is edited later: published URLs stay valid.
 */
export function slugs(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const sourceField = SLUG_SOURCES[context.uid as UID.ContentType];
    if (!sourceField || (context.action !== 'create' && context.action !== 'update')) return next();

    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data;
    if (!data) return next();

    const isCreate = context.action === 'create';
    const given = typeof data.slug === 'string' ? slugify(data.slug) : '';
    // On update an absent slug means "keep it"; an emptied one means "make it again from the title".
    if (!isCreate && data.slug === undefined) return next();

    let base = given;
    if (!base) {
      let source = data[sourceField];
      if (typeof source !== 'string' && !isCreate && params.documentId) {
        const current = await strapi.db.query(context.uid as UID.ContentType).findOne({
          where: { documentId: params.documentId },
          select: [sourceField],
        });
        source = current?.[sourceField];
      }
      base = typeof source === 'string' ? slugify(source) : '';
    }
    // Titles of only punctuation or emoji still need a usable URL.
    if (!base) base = context.uid.split('.').pop() ?? 'bai-viet';

    data.slug = await uniqueSlug(strapi, context.uid as UID.ContentType, base, params.documentId);
    return next();
  };
}

/** An article without a display date is dated when it is written, so that it sorts and archives sensibly. */
export const articleDate: Middleware = async (context, next) => {
  if (context.uid === 'api::article.article' && context.action === 'create') {
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data && (data.date === undefined || data.date === null || data.date === '')) data.date = new Date().toISOString();
  }
  return next();
};
