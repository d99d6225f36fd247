import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugify } from '@thads/vietnamese';
import { now } from '../scheduling/clock';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** The field each content type's slug is made from. */
export const SLUG_SOURCES: Partial<Record<UID.ContentType, string>> = {
  'api::article.article': 'title',
  'api::author.author': 'name',
  'api::campaign-theme.campaign-theme': 'name',
  'api::category.category': 'name',
};

/** The unique index that makes the database refuse a slug another document of the table has (see database-indexes). */
export const slugIndexName = (table: string) => `${table}${SLUG_INDEX_SUFFIX}`;
const SLUG_INDEX_SUFFIX = '_slug_unique';

/**
 * The base slug plus the first free "-2", "-3"… among other documents of the type (drafts included); with `skip`, the
 * free one after that many others.
 */
export async function uniqueSlug(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  base: string,
  documentId?: string,
  skip = 0,
): Promise<string> {
  // Usually the base is free: one indexed lookup. Only a collision needs the prefix scan.
  if (skip === 0) {
    const same = (await strapi.db.query(uid).findMany({ where: { slug: base }, select: ['documentId'] })) as Array<{
      documentId: string;
    }>;
    if (same.every((row) => row.documentId === documentId)) return base;
  }
  const rows = (await strapi.db.query(uid).findMany({
    where: { slug: { $startsWith: base } },
    select: ['slug', 'documentId'],
  })) as Array<{ slug: string; documentId: string }>;
  const taken = new Set(rows.filter((row) => row.documentId !== documentId).map((row) => row.slug));
  let free = 0;
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!taken.has(candidate) && free++ === skip) return candidate;
  }
}

/**
 * Slugs are made on the server from the title (Vietnamese transliterated), whoever writes: the admin, REST or a
 * script. A slug never changes when the title is edited later: published URLs stay valid.
 */
export function slugs(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const sourceField = SLUG_SOURCES[context.uid as UID.ContentType];
    const { action } = context;
    if (!sourceField || (action !== 'create' && action !== 'update' && action !== 'clone')) return next();

    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    // A copy is a new document: it needs a slug of its own (it would otherwise take the original's, which the
    // database refuses: the 500 of the admin's "Duplicate").
    const isClone = action === 'clone';
    if (isClone) params.data ??= {};
    const data = params.data;
    if (!data) return next();

    const isCreate = action === 'create' || isClone;
    const given = typeof data.slug === 'string' ? slugify(data.slug) : '';
    // On update an absent slug means "keep it"; an emptied one means "make it again from the title".
    if (!isCreate && data.slug === undefined) return next();

    let base = given;
    if (!base) {
      let source = data[sourceField];
      // On update, or for a copy, the title not sent is the document's (the original's).
      if (typeof source !== 'string' && (!isCreate || isClone) && params.documentId) {
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

    data.slug = await uniqueSlug(strapi, context.uid as UID.ContentType, base, isClone ? undefined : params.documentId);
    slugBases.set(data, base);
    return next();
  };
}

/** The base each write's slug was made from, for a retry after another writer took the slug first. */
const slugBases = new WeakMap<object, string>();

/** Enough for a handful of editors saving the same title at the same moment; each retry sees the winners' slugs. */
const SLUG_ATTEMPTS = 10;

/** Whether an error is the database refusing a slug another document has (the unique indexes of database-indexes). */
export function isSlugConflict(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause.message.includes(SLUG_INDEX_SUFFIX)) return true;
  }
  return false;
}

/**
 * The slug is chosen before the write (check-then-write), so two writers of the same title can choose the same one; the
 * database's unique index refuses the second. This retries that write with the next free slug. It must be registered
 * last: its next() is then the write alone, and calling it again repeats no other middleware. Inside a caller's transaction (the admin's "publish" of a new
 * document) the attempt runs under a savepoint, since a refused statement aborts a PostgreSQL transaction.
 */
export function slugConflictRetry(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const data = (context.params as { data?: Record<string, unknown> }).data;
    const base = data ? slugBases.get(data) : undefined;
    if (!data || base === undefined) return next();
    // A copy's documentId names the original: its slug is taken like any other's.
    const documentId = context.action === 'clone' ? undefined : (context.params as { documentId?: string }).documentId;
    // Inside a transaction this returns the caller's, untouched (Strapi nests no transactions).
    const transaction = strapi.db.inTransaction() ? (await strapi.db.transaction()).get() : undefined;

    for (let attempt = 1; ; attempt += 1) {
      await transaction?.raw('SAVEPOINT thads_slug');
      try {
        const result = await next();
        await transaction?.raw('RELEASE SAVEPOINT thads_slug');
        return result;
      } catch (error) {
        await transaction?.raw('ROLLBACK TO SAVEPOINT thads_slug');
        if (!isSlugConflict(error)) throw error;
        if (attempt >= SLUG_ATTEMPTS) {
          throw new errors.ValidationError(
            `Đường dẫn "${base}" đang được nhiều người cùng tạo, hãy lưu lại sau giây lát (slug "${base}" is being taken by concurrent saves, save again in a moment)`,
          );
        }
        // Writers that lost together would all pick the same next slug: after n losses, one of the next n free ones.
        const skip = Math.floor(Math.random() * attempt);
        data.slug = await uniqueSlug(strapi, context.uid as UID.ContentType, base, documentId, skip);
      }
    }
  };
}

/**
 * An article's display date, unless the editor set one, is the moment it is first published (scheduled or not), so
 * that it sorts and archives by when readers first saw it; a draft has none until then.
 */
export function articleDate(strapi: Core.Strapi): Middleware {
  const unset = (value: unknown) => value === undefined || value === null || value === '';
  return async (context, next) => {
    if (context.uid !== 'api::article.article') return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; status?: string };
    if (context.action === 'create' && params.status === 'published' && params.data && unset(params.data.date))
      params.data.date = now().toISOString();
    // Written on the draft before Strapi copies it: the published version and the draft agree.
    if (context.action === 'publish' && params.documentId)
      await strapi.db
        .query('api::article.article')
        .updateMany({ where: { documentId: params.documentId, publishedAt: null, date: null }, data: { date: now() } });
    return next();
  };
}
