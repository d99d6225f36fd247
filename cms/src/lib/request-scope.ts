import type { IncomingMessage } from 'node:http';
import type { Core } from '@strapi/strapi';
import { agencies } from '../agencies/registry';
import { identify } from '../http/request-identity';

/**
 * An agency's view of the content, asked with `agency=<code>` on a content API read: the documents of the agency and
 * of the agencies merged into it (`root`), related only to documents of the agencies its documents may be related to
 * (`related`: those, and the central department's). Decided once per request (`lib/default-query`).
 */
export type AgencyView = { code: string; root: readonly string[]; related: readonly string[] };

/**
 * Who a content API request reads as: the public, or signed-in staff, who also read the internal articles of their
 * own agency and of the agencies merged into it (`agencies`; none for an account that belongs to no agency); and,
 * when the request names an agency, that agency's view.
 */
export type Scope = ({ audience: 'public' } | { audience: 'staff'; agencies: readonly string[] }) & {
  view?: AgencyView;
};
export const PUBLIC_SCOPE: Scope = Object.freeze({ audience: 'public' });

/** The view of the agency a request names (`agency=`), as the read rule narrows it. */
export function agencyView(strapi: Core.Strapi, code: string): AgencyView {
  const registry = agencies(strapi);
  return { code, root: registry.readScope(code), related: registry.relationScope(code) };
}
/** Staff of these agencies (and those merged into them); used by the preview, whose token stands for an editor. */
export const staffOf = (strapi: Core.Strapi, agency: string | null): Scope => ({
  audience: 'staff',
  agencies: agency ? agencies(strapi).readScope(agency) : [],
});

type UserRow = { id: number; blocked: boolean | null; agency?: string | null; role: { type: string } | null };
type AuthState = { strategy?: { name?: string }; credentials?: UserRow | null };
export type ScopedContext = {
  state: { auth?: AuthState; route?: { info?: { type?: string } }; thadsScope?: Scope; thadsAgency?: string };
  request: { header: Record<string, unknown> };
  req: IncomingMessage;
};
const STAFF_ROLES = new Set(['authenticated']);

/**
 * The scope of a request. Routes that require authentication have users-permissions' verdict in `ctx.state.auth`;
 * public routes (`auth: false`: search, archive, feeds, sitemaps) do not run it, so a bearer token there is checked
 * here. A request without credentials (the request identity's `anonymous`) is the public's without asking; a blocked
 * user, an unknown or expired token, and an API token read as the public too.
 */
export async function scopeOf(strapi: Core.Strapi, ctx: ScopedContext): Promise<Scope> {
  if (ctx.state.thadsScope) return ctx.state.thadsScope;
  const reader = identify(strapi, ctx.req).anonymous ? PUBLIC_SCOPE : await scopeOfCredentials(strapi, ctx);
  const named = ctx.state.thadsAgency;
  const scope = named ? { ...reader, view: agencyView(strapi, named) } : reader;
  ctx.state.thadsScope = scope;
  return scope;
}

async function scopeOfCredentials(strapi: Core.Strapi, ctx: ScopedContext): Promise<Scope> {
  const auth = ctx.state.auth;
  // users-permissions has just read the user with their role.
  if (auth?.strategy?.name === 'users-permissions' && auth.credentials) return scopeOfUser(strapi, auth.credentials);
  if (auth || typeof ctx.request.header.authorization !== 'string') return PUBLIC_SCOPE;
  const token = (await strapi
    .plugin('users-permissions')
    .service('jwt')
    .getToken(ctx)
    .catch(() => null)) as { id?: number } | null;
  return token?.id === undefined ? PUBLIC_SCOPE : staffUser(strapi, token.id);
}

const scopeOfUser = (strapi: Core.Strapi, user: UserRow | null): Scope =>
  user && !user.blocked && user.role && STAFF_ROLES.has(user.role.type)
    ? staffOf(strapi, user.agency ?? null)
    : PUBLIC_SCOPE;

async function staffUser(strapi: Core.Strapi, id: number): Promise<Scope> {
  return scopeOfUser(
    strapi,
    (await strapi.db.query('plugin::users-permissions.user').findOne({
      where: { id },
      select: ['id', 'blocked', 'agency'],
      populate: { role: { select: ['type'] } },
    })) as UserRow | null,
  );
}

/** The scope of the content API request being served now, or null outside one (admin panel, seed, indexer). */
export async function currentScope(strapi: Core.Strapi): Promise<Scope | null> {
  const ctx = strapi.requestContext.get() as ScopedContext | undefined;
  if (!ctx || ctx.state.route?.info?.type !== 'content-api') return null;
  return scopeOf(strapi, ctx);
}
