import type { Core, UID } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { refused } from '../http/admin-route';
import { adminScopeOf, reaches, type AdminScope } from './admin-scope';
import { AGENCY, agencies } from './registry';
import { AGENCY_ATTRIBUTE, isAgencyScoped } from './scoped-types';
import { agencyOfDocument, NATIONAL_TYPES, otherAgency } from './write-rule';

const READ = 'plugin::content-manager.explorer.read';
const NATIONAL_WRITES = new Set(
  ['create', 'update', 'delete', 'publish'].map((verb) => `plugin::content-manager.explorer.${verb}`),
);
/** The content manager's relation pickers: they list what a document may be related to, not what the account edits. */
const RELATION_PICKER = /^\/content-manager\/relations\//;

type AdminUser = { id?: number; roles?: Array<{ code?: string }> };
type Permission = { action: string; subject?: string | null };
type RegisterContext = AdminUser & {
  permission: Permission;
  condition: { and: (condition: Record<string, unknown>) => unknown };
};
type Hook = { register: (handler: (context: RegisterContext) => Promise<void>) => void };
type PermissionService = { engine: { hooks: Record<'before-register.permission', Hook> } };

/** Every agency a document an account may edit can be related to (its agencies, theirs merged, the central one). */
function relationReach(strapi: Core.Strapi, scope: Exclude<AdminScope, { all: true }>): string[] {
  const registry = agencies(strapi);
  return [...new Set(scope.agencies.flatMap((code) => registry.relationScope(code)))];
}

const requestPath = (strapi: Core.Strapi): string =>
  (strapi.requestContext.get() as { request?: { path?: string } } | undefined)?.request?.path ?? '';

/**
 * Strapi Community Edition joins several conditions on one permission with OR, and checks none on a create, on an
 * update's new data, on a clone's source or on connected relations. Here the agency is ANDed onto every permission
 * of every agency-scoped type as the account's ability is built, so the content manager's lists, reads, edits,
 * publications and deletions (single or in bulk), and every project route that asks the same ability, reach only
 * the account's agencies; "is creator" (Authors) stays ANDed with it. The rest of what CE leaves unchecked is the
 * write rule's (`write-rule.ts`). A relation picker reads the agencies a document may be related to instead (the
 * central department's campaign themes among them), through the route guard below that narrows it further.
 */
export function scopeAdminPermissions(strapi: Core.Strapi): void {
  const service = strapi.service('admin::permission') as unknown as PermissionService;
  service.engine.hooks['before-register.permission'].register(async (context) => {
    const { subject, action } = context.permission;
    if (typeof subject !== 'string') return;
    const scoped = isAgencyScoped(strapi, subject);
    const nationalWrite = NATIONAL_TYPES.has(subject) && NATIONAL_WRITES.has(action);
    if (!scoped && !nationalWrite && subject !== AGENCY) return;
    const scope = await adminScopeOf(strapi, context);
    if (scope.all) return;
    // An agency's own record (its header, footer and contacts), by its code.
    if (subject === AGENCY) {
      if (action !== READ) context.condition.and({ code: { $in: scope.agencies } });
      return;
    }
    if (nationalWrite) {
      if (!scope.central) context.condition.and({ id: { $in: [] } });
      return;
    }
    const reach =
      action === READ && RELATION_PICKER.test(requestPath(strapi)) ? relationReach(strapi, scope) : scope.agencies;
    context.condition.and({ [AGENCY_ATTRIBUTE]: { $in: reach } });
  });
}

/** The document ids a content manager request names: in its path, its body (bulk actions) or its query. */
function namedDocuments(ctx: Context): string[] {
  const params = (ctx.params ?? {}) as Record<string, string | undefined>;
  const body = (ctx.request as { body?: unknown }).body;
  const query = ctx.query as Record<string, unknown>;
  const fromList = (value: unknown) => (Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []);
  const listed = [
    ...(body && typeof body === 'object' ? fromList((body as { documentIds?: unknown }).documentIds) : []),
    ...fromList(query.documentIds),
  ];
  const single = [
    params.id,
    params.sourceId,
    typeof query.id === 'string' ? query.id : undefined,
    typeof query.documentId === 'string' ? query.documentId : undefined,
  ];
  return [...single.filter((id): id is string => typeof id === 'string' && id !== ''), ...listed];
}

/**
 * A route middleware on every content manager route of a scoped type: a request naming a document of an agency the
 * account does not reach is refused with a 403 that says why, before the content manager does anything (its own
 * answer for single documents is a bare "Forbidden", and for bulk actions a silent skip). Relation pickers are
 * narrowed to what the document being edited may be related to.
 */
export function contentManagerAgencyGuard(strapi: Core.Strapi) {
  return async (ctx: Context, next: Next) => {
    const params = (ctx.params ?? {}) as { model?: string; contentType?: string };
    const model = params.model ?? params.contentType;
    const user = (ctx.state as { user?: AdminUser }).user;
    if (!model || !user || !isAgencyScoped(strapi, model)) return next();
    const scope = await adminScopeOf(strapi, user);
    const documentIds = namedDocuments(ctx);
    let sourceAgency: string | null = scope.own;
    for (const documentId of documentIds) {
      const agency = await agencyOfDocument(strapi, model, documentId);
      if (agency === undefined) continue;
      if (!reaches(scope, agency)) throw otherAgency(strapi, agency);
      sourceAgency = agency;
    }
    const targetField = (ctx.params as { targetField?: string }).targetField;
    if (targetField && ctx.method === 'GET') narrowPicker(strapi, ctx, model, targetField, scope, sourceAgency);
    return next();
  };
}

/** The picker of a relation lists only what the document (or a new one of the account's agency) may be related to. */
function narrowPicker(
  strapi: Core.Strapi,
  ctx: Context,
  model: string,
  targetField: string,
  scope: AdminScope,
  sourceAgency: string | null,
): void {
  const attribute = (strapi.getModel(model as UID.Schema)?.attributes as Record<string, { target?: string }>)[
    targetField
  ];
  if (!attribute?.target || !isAgencyScoped(strapi, attribute.target)) return;
  if (scope.all && !sourceAgency) return;
  if (!sourceAgency) throw refused('Tài khoản của bạn chưa thuộc cơ quan nào (your account belongs to no agency yet)');
  const allowed = agencies(strapi).relationScope(sourceAgency);
  const query = ctx.request.query as Record<string, unknown>;
  const filters = query.filters && typeof query.filters === 'object' ? query.filters : {};
  ctx.request.query = { ...query, filters: { $and: [filters, { [AGENCY_ATTRIBUTE]: { $in: allowed } }] } };
}
