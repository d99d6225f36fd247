import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentAdmin } from '../history/actor';
import { refused } from '../http/admin-route';
import { adminScopeOf, reaches, type AdminScope } from './admin-scope';
import { agencies } from './registry';
import { AGENCY_ATTRIBUTE, isAgencyScoped } from './scoped-types';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Attribute = { type: string; target?: string };
type Data = Record<string, unknown>;

/** Writes that name a document already there, and what each needs of the account. */
const ON_EXISTING = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
/** The national lists: one for every agency, written by the central department's accounts and Super Admins only. */
export const NATIONAL_TYPES: ReadonlySet<string> = new Set(['api::category.category']);

/** The scope of the admin account behind the current request; null outside one (seed, scheduler, scripts, tokens). */
export async function actingScope(strapi: Core.Strapi): Promise<AdminScope | null> {
  const user = currentAdmin(strapi) as { id?: number; roles?: Array<{ code?: string }> } | null;
  return user ? adminScopeOf(strapi, user) : null;
}

/** The agency a document of a scoped type belongs to, or undefined when no row of it exists. */
export async function agencyOfDocument(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
): Promise<string | null | undefined> {
  const row = (await strapi.db
    .query(uid as UID.ContentType)
    .findOne({ where: { documentId }, select: [AGENCY_ATTRIBUTE] })) as Record<string, string | null> | null;
  return row ? (row[AGENCY_ATTRIBUTE] ?? null) : undefined;
}

/** An agency as a refusal names it: by its name, or its code when there is no such agency. */
export function agencyName(strapi: Core.Strapi, code: string | null | undefined): string {
  const agency = code ? agencies(strapi).get(code) : undefined;
  return agency ? agency.name : `cơ quan "${code ?? '?'}"`;
}

export const otherAgency = (strapi: Core.Strapi, agency: string | null | undefined) =>
  refused(
    `Tài liệu này thuộc ${agencyName(strapi, agency)}: tài khoản của bạn không làm việc với cơ quan đó (the document belongs to another agency)`,
  );

/** Relation attributes of a type whose targets are agency-scoped. */
function scopedRelations(strapi: Core.Strapi, uid: string): Array<[name: string, target: string]> {
  const attributes = (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>;
  return Object.entries(attributes).flatMap(([name, attribute]) =>
    attribute.type === 'relation' && attribute.target && isAgencyScoped(strapi, attribute.target)
      ? [[name, attribute.target] as [string, string]]
      : [],
  );
}

/**
 * The documents a relation value connects, in every form Strapi 5 accepts: a documentId or id, an object naming
 * one, a list of those, or `{ connect, set }` lists of them (what `disconnect` removes cannot break the rule).
 */
function connectedTargets(value: unknown): { documentIds: string[]; ids: number[] } {
  const documentIds: string[] = [];
  const ids: number[] = [];
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      if (/^\d+$/.test(item)) ids.push(Number(item));
      else documentIds.push(item);
    } else if (typeof item === 'number') ids.push(item);
    else if (Array.isArray(item)) item.forEach(visit);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if ('connect' in record || 'set' in record) {
        visit(record.connect);
        visit(record.set);
      } else if (typeof record.documentId === 'string') documentIds.push(record.documentId);
      else if (record.id !== undefined) visit(record.id);
    }
  };
  visit(value);
  return { documentIds, ids };
}

/**
 * The relation rule: a document of agency A may be related to documents of A, of the agencies merged into A, and of
 * the central department; a document of a national list (categories), to documents the acting account may reach.
 */
async function checkRelations(strapi: Core.Strapi, uid: string, data: Data, allowed: readonly string[] | null) {
  if (allowed === null) return;
  for (const [name, target] of scopedRelations(strapi, uid)) {
    if (data[name] === undefined || data[name] === null) continue;
    const { documentIds, ids } = connectedTargets(data[name]);
    if (documentIds.length === 0 && ids.length === 0) continue;
    const rows = (await strapi.db.query(target as UID.ContentType).findMany({
      where: { $or: [{ documentId: { $in: documentIds } }, { id: { $in: ids } }] },
      select: ['documentId', AGENCY_ATTRIBUTE],
    })) as Array<Record<string, string | null>>;
    const outside = rows.find((row) => !allowed.includes(row[AGENCY_ATTRIBUTE] ?? ''));
    if (outside)
      throw new errors.ValidationError(
        `"${name}" chỉ liên kết được tới tài liệu của cùng cơ quan, của cơ quan đã hợp nhất vào đó hoặc của Cục Quản lý THADS; tài liệu ${outside.documentId} thuộc ${agencyName(strapi, outside[AGENCY_ATTRIBUTE])} (relations stay within the agency, its merged agencies and the central department)`,
      );
  }
}

/** The agency a new document goes to: the one asked for if the account may act for it, else the account's own. */
function newDocumentAgency(strapi: Core.Strapi, asked: unknown, scope: AdminScope | null): string {
  const registry = agencies(strapi);
  if (asked !== undefined && asked !== null && asked !== '') {
    if (typeof asked !== 'string' || !registry.get(asked))
      throw new errors.ValidationError(`Không có cơ quan "${String(asked)}" (no such agency)`);
    if (scope && !reaches(scope, asked))
      throw refused(
        `Bạn chỉ tạo được tài liệu của cơ quan mình; ${agencyName(strapi, asked)} không thuộc phạm vi tài khoản này (you may only create documents of your own agency)`,
      );
    return asked;
  }
  const own = scope?.own ?? (scope ? null : registry.home.code);
  if (own) return own;
  if (scope?.all) return registry.home.code;
  throw refused(
    'Tài khoản của bạn chưa thuộc cơ quan nào: hãy nhờ Quản trị cấp cao gán cơ quan trong Cài đặt (your account belongs to no agency yet)',
  );
}

/**
 * The write rule of agency-scoped types, in one Document Service middleware (every write passes it, whichever route
 * or script makes it): a new document is stamped with the account's agency (or one it may act for), a document
 * never moves to another agency, an account writes only documents of the agencies it may act for (creating,
 * editing, publishing, unpublishing, discarding, deleting, cloning), and relations stay within the allowed agencies.
 * Writes outside an admin request (seed, scheduler, scripts) are the system's: stamped, never refused for scope.
 */
export function agencyWrites(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action } = context;
    if (action !== 'create' && !ON_EXISTING.has(action)) return next();
    const scoped = isAgencyScoped(strapi, uid);
    const national = NATIONAL_TYPES.has(uid);
    if (!scoped && !national && scopedRelations(strapi, uid).length === 0) return next();
    const scope = await actingScope(strapi);
    const params = context.params as { data?: Data; documentId?: string };
    const data = params.data;

    if (national && scope && !scope.all && !scope.central)
      throw refused(
        'Danh mục dùng chung toàn quốc chỉ do Cục Quản lý THADS biên tập (national lists are edited by the central department)',
      );
    let allowed: readonly string[] | null = scope && !scope.all ? scope.agencies : null;
    if (scoped) {
      let agency: string;
      if (action === 'create') {
        agency = newDocumentAgency(strapi, data?.[AGENCY_ATTRIBUTE], scope);
        if (data) data[AGENCY_ATTRIBUTE] = agency;
      } else {
        const current = params.documentId ? await agencyOfDocument(strapi, uid, params.documentId) : undefined;
        // No such document: Strapi answers that itself.
        if (current === undefined) return next();
        if (scope && !reaches(scope, current)) throw otherAgency(strapi, current);
        agency = current ?? agencies(strapi).home.code;
        const asked = data?.[AGENCY_ATTRIBUTE];
        if (action === 'update' && asked !== undefined && asked !== null && asked !== current)
          throw refused(
            `Không chuyển được tài liệu sang cơ quan khác (từ ${agencyName(strapi, current)} sang ${agencyName(strapi, String(asked))}): hãy tạo tài liệu mới ở cơ quan đó (a document never moves between agencies)`,
          );
        // A clone stays in its source's agency; a document without one (from before agencies) gets it now.
        if (data && (action === 'clone' || current === null)) data[AGENCY_ATTRIBUTE] = agency;
      }
      allowed = agencies(strapi).relationScope(agency);
    }
    if (data) await checkRelations(strapi, uid, data, allowed);
    return next();
  };
}
