import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SITE_PATHS } from '@thads/content';
import { slugify } from '@thads/vietnamese';
import { AGENCY_ATTRIBUTE, isAgencyScoped } from '../agencies/scoped-types';
import { now } from '../scheduling/clock';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** The field each content type's slug is made from. */
export const SLUG_SOURCES: Partial<Record<UID.ContentType, string>> = {
  'api::article.article': 'title',
  'api::author.author': 'name',
  'api::campaign-theme.campaign-theme': 'name',
  'api::category.category': 'name',
  // The agencies' records (issue 20); the register's entries have none: their pages go by documentId, never a name.
  'api::legal-document.legal-document': 'number',
  'api::notice.notice': 'title',
};

/**
 * The unique index that makes the database refuse a slug another document has: of the same agency for an
 * agency-scoped type (the same `gioi-thieu` may exist in two agencies), of the table otherwise (see database-indexes).
 */
export const slugIndexName = (table: string, scoped: boolean) =>
  `${table}${scoped ? AGENCY_SLUG_INDEX_SUFFIX : SLUG_INDEX_SUFFIX}`;
const SLUG_INDEX_SUFFIX = '_slug_unique';
const AGENCY_SLUG_INDEX_SUFFIX = '_agency_slug_unique';

/** Where a slug must be free: among the documents of the agency, for an agency-scoped type. */
export const slugScope = (strapi: Core.Strapi, uid: string, agency: string | null | undefined) =>
  isAgencyScoped(strapi, uid) ? { [AGENCY_ATTRIBUTE]: agency ?? null } : {};

/**
 * Slugs a type's documents may never take: the words of the site's pages that sit where a document's page does
 * (`/hoi-dap/gui-cau-hoi`, `/hoi-dap/tra-cuu` beside `/hoi-dap/<slug>`), whose document could never be reached.
 */
const pageWordsUnder = (prefix: string) =>
  Object.values(SITE_PATHS).flatMap((path) =>
    path.startsWith(prefix) && path.length > prefix.length ? [path.slice(prefix.length)] : [],
  );
export const RESERVED_SLUGS: Partial<Record<UID.ContentType, ReadonlySet<string>>> = {
  'api::question.question': new Set(pageWordsUnder(SITE_PATHS.question)),
};

/**
 * The base slug plus the first free "-2", "-3"… among other documents of the type (drafts included) of the same
 * agency and the type's reserved words; with `skip`, the free one after that many others.
 */
export async function uniqueSlug(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  base: string,
  documentId?: string,
  skip = 0,
  agency: string | null = null,
): Promise<string> {
  const scope = slugScope(strapi, uid, agency);
  const reserved = RESERVED_SLUGS[uid] ?? new Set<string>();
  // Usually the base is free: one indexed lookup. Only a collision needs the prefix scan.
  if (skip === 0 && !reserved.has(base)) {
    const same = (await strapi.db
      .query(uid)
      .findMany({ where: { slug: base, ...scope }, select: ['documentId'] })) as Array<{
      documentId: string;
    }>;
    if (same.every((row) => row.documentId === documentId)) return base;
  }
  const rows = (await strapi.db.query(uid).findMany({
    where: { slug: { $startsWith: base }, ...scope },
    select: ['slug', 'documentId'],
  })) as Array<{ slug: string; documentId: string }>;
  const taken = new Set([...reserved, ...rows.filter((row) => row.documentId !== documentId).map((row) => row.slug)]);
  let free = 0;
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!taken.has(candidate) && free++ === skip) return candidate;
  }
}

/**
 * Slugs are made on the server from the title (Vietnamese transliterated), whoever writes: the admin, REST or a
 * script. A slug never changes when the title is edited later: published URLs stay valid. A clone is a new document:
 * it gets a slug of its own (the source's, made free with "-2"…, or one from its new title).
 */
export function slugs(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const sourceField = SLUG_SOURCES[context.uid as UID.ContentType];
    const { action } = context;
    if (!sourceField || (action !== 'create' && action !== 'update' && action !== 'clone')) return next();

    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    if (action === 'clone') params.data ??= {};
    const data = params.data;
    if (!data) return next();

    const isCreate = action === 'create' || action === 'clone';
    // The clone's source is read for its title and slug; the new document has no id yet.
    const sourceDocument = action === 'clone' ? params.documentId : undefined;
    const ownId = action === 'clone' ? undefined : params.documentId;
    if (sourceDocument && data.slug === undefined && data[sourceField] === undefined) {
      const source = await strapi.db
        .query(context.uid as UID.ContentType)
        .findOne({ where: { documentId: sourceDocument }, select: ['slug'] });
      if (typeof source?.slug === 'string') data.slug = source.slug;
    }
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

    const agency = await agencyOfWrite(strapi, context.uid, data, ownId ?? sourceDocument);
    data.slug = await uniqueSlug(strapi, context.uid as UID.ContentType, base, ownId, 0, agency);
    slugBases.set(data, { base, agency });
    return next();
  };
}

/**
 * Types whose slug is made when a document is first published, from its title as the editor left it, and never
 * given by anyone: a citizen's question, whose first wording may hold personal details the Editor takes out (they
 * must not stay in its address). Unique per agency as every slug (the same index, see database-indexes).
 */
export const SLUG_AT_PUBLICATION: Partial<Record<UID.ContentType, string>> = { 'api::question.question': 'title' };

export function slugAtPublication(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const uid = context.uid as UID.ContentType;
    const sourceField = SLUG_AT_PUBLICATION[uid];
    if (!sourceField) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; status?: string };
    if (params.data && (context.action === 'create' || context.action === 'update' || context.action === 'clone'))
      delete params.data.slug;
    const made = async (source: unknown, agency: string | null, documentId?: string) =>
      uniqueSlug(strapi, uid, slugify(typeof source === 'string' ? source : '') || 'cau-hoi', documentId, 0, agency);
    if (context.action === 'create' && params.status === 'published' && params.data) {
      const agency =
        typeof params.data[AGENCY_ATTRIBUTE] === 'string' ? (params.data[AGENCY_ATTRIBUTE] as string) : null;
      params.data.slug = await made(params.data[sourceField], agency);
    }
    if (context.action === 'publish' && params.documentId) {
      const draft = (await strapi.db.query(uid).findOne({
        where: { documentId: params.documentId, publishedAt: null },
        select: ['slug', sourceField, AGENCY_ATTRIBUTE],
      })) as Record<string, string | null> | null;
      if (draft && !draft.slug)
        await strapi.db.query(uid).updateMany({
          where: { documentId: params.documentId, publishedAt: null },
          data: { slug: await made(draft[sourceField], draft[AGENCY_ATTRIBUTE] ?? null, params.documentId) },
        });
    }
    return next();
  };
}

/** The agency a write's document belongs to: given in the write (a new one, stamped by the write rule) or stored. */
async function agencyOfWrite(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  documentId: string | undefined,
): Promise<string | null> {
  if (!isAgencyScoped(strapi, uid)) return null;
  if (typeof data[AGENCY_ATTRIBUTE] === 'string') return data[AGENCY_ATTRIBUTE] as string;
  if (!documentId) return null;
  const row = (await strapi.db
    .query(uid as UID.ContentType)
    .findOne({ where: { documentId }, select: [AGENCY_ATTRIBUTE] })) as Record<string, string | null> | null;
  return row?.[AGENCY_ATTRIBUTE] ?? null;
}

/** The base each write's slug was made from (and its agency), for a retry after another writer took the slug first. */
const slugBases = new WeakMap<object, { base: string; agency: string | null }>();

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
    const made = data ? slugBases.get(data) : undefined;
    if (!data || made === undefined) return next();
    const { base, agency } = made;
    // A clone's documentId names its source, whose slug is taken too.
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
        data.slug = await uniqueSlug(strapi, context.uid as UID.ContentType, base, documentId, skip, agency);
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
