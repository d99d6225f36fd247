import type { Core } from '@strapi/strapi';
import { agencies } from './registry';

export const ADMIN_AGENCY = 'api::admin-agency.admin-agency';
export const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/**
 * What an admin account may act on. Super Admins act for every agency (`all`). Everyone else acts for the agency
 * their account belongs to and the agencies merged into it, plus, for an account of the central department, the
 * agencies it was granted (and theirs). An account that belongs to no agency acts for none: it sees no scoped
 * document until a Super Admin assigns it one.
 */
export type AdminScope =
  | { all: true; own: string | null }
  | {
      all: false;
      /** The account's own agency: where its new documents go unless it chooses another it may act for. */
      own: string | null;
      /** Every agency it may read and write documents of. */
      agencies: string[];
      /** Whether the account belongs to the central department (national lists: categories). */
      central: boolean;
    };

export type AdminMembership = { adminUserId: number; agency: string; grants: string[] };
type AdminUser = { id?: number | string; roles?: Array<{ code?: string }> | null };

export async function membershipOf(strapi: Core.Strapi, adminUserId: number): Promise<AdminMembership | null> {
  const row = (await strapi.db.query(ADMIN_AGENCY).findOne({ where: { adminUserId } })) as {
    adminUserId: number;
    agency: string;
    grants: unknown;
  } | null;
  if (!row) return null;
  const grants = Array.isArray(row.grants) ? row.grants.filter((code): code is string => typeof code === 'string') : [];
  return { adminUserId: row.adminUserId, agency: row.agency, grants };
}

export const isSuperAdmin = (user: AdminUser): boolean =>
  (user.roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE);

/** The scope of an account from its membership row (kept apart from the lookup so it reads as the rule). */
export function scopeFrom(strapi: Core.Strapi, user: AdminUser, membership: AdminMembership | null): AdminScope {
  const registry = agencies(strapi);
  const own = membership && registry.get(membership.agency) ? membership.agency : null;
  if (isSuperAdmin(user)) return { all: true, own };
  if (!own) return { all: false, own: null, agencies: [], central: false };
  const central = registry.get(own)?.kind === 'central';
  // Only a central account acts for other agencies; a grant written for anyone else is ignored.
  const granted = central ? (membership?.grants ?? []).filter((code) => registry.get(code)) : [];
  const reach = [own, ...granted].flatMap((code) => registry.readScope(code));
  return { all: false, own, agencies: [...new Set(reach)], central };
}

const scopes = new WeakMap<object, Map<number, Promise<AdminScope>>>();

/**
 * The scope of an admin account, read once per request (the permission engine asks for every permission of the
 * account; the write rule and the project's routes ask again): memoised on the request's context when there is one.
 */
export function adminScopeOf(strapi: Core.Strapi, user: AdminUser): Promise<AdminScope> {
  const ctx = strapi.requestContext.get() as object | undefined;
  const id = Number(user.id);
  const ofRequest = ctx ? (scopes.get(ctx) ?? new Map<number, Promise<AdminScope>>()) : undefined;
  const cached = ofRequest?.get(id);
  if (cached) return cached;
  const scope = (Number.isSafeInteger(id) ? membershipOf(strapi, id) : Promise.resolve(null)).then((membership) =>
    scopeFrom(strapi, user, membership),
  );
  if (ctx && ofRequest) {
    ofRequest.set(id, scope);
    scopes.set(ctx, ofRequest);
  }
  return scope;
}

/** Whether a scope reaches a document of this agency. */
export const reaches = (scope: AdminScope, agency: string | null | undefined): boolean =>
  scope.all || (typeof agency === 'string' && scope.agencies.includes(agency));

/** The agencies a scope reaches, or null for all of them (a Super Admin). */
export const reachedAgencies = (scope: AdminScope): string[] | null => (scope.all ? null : scope.agencies);
