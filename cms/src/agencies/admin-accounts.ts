import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { nameOf } from '../history/actor';
import { adminRoute, refused } from '../http/admin-route';
import { ADMIN_AGENCY, adminScopeOf, membershipOf, type AdminScope } from './admin-scope';
import { agencies } from './registry';

type Ability = { can: (action: string, subject?: string) => boolean };
type AdminUser = {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email?: string;
  isActive?: boolean;
  roles?: Array<{ id?: number; code?: string; name?: string }>;
};
type Context = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown; path?: string };
  state: { user?: AdminUser; userAbility?: Ability };
  body: unknown;
};

const USERS_READ = 'admin::users.read';
const USERS_UPDATE = 'admin::users.update';
const USERS_CREATE = 'admin::users.create';

/** What the admin's pages need to know of the signed-in account's agencies. */
export function describeScope(strapi: Core.Strapi, scope: AdminScope) {
  const registry = agencies(strapi);
  const codes = scope.all ? registry.list.map((agency) => agency.code) : scope.agencies;
  return {
    own: scope.own,
    all: scope.all,
    central: scope.all || scope.central,
    home: registry.home.code,
    agencies: codes.flatMap((code) => {
      const agency = registry.get(code);
      return agency ? [{ code, name: agency.name, kind: agency.kind, successor: agency.successor }] : [];
    }),
  };
}

/** An agency code from a request body, checked against the installation's agencies. */
function agencyFrom(strapi: Core.Strapi, value: unknown, field: string): string {
  if (typeof value !== 'string' || !agencies(strapi).get(value))
    throw new errors.ValidationError(`Hãy chọn một cơ quan có trong danh sách (${field}: no such agency)`);
  return value;
}

function grantsFrom(strapi: Core.Strapi, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new errors.ValidationError('grants phải là một danh sách mã cơ quan');
  return [...new Set(value.map((code) => agencyFrom(strapi, code, 'grants')))];
}

/** Sets an account's agency (and, for a central account, the agencies it may act for). */
export async function assignAgency(
  strapi: Core.Strapi,
  adminUserId: number,
  agency: string,
  grants: string[] = [],
): Promise<void> {
  const registry = agencies(strapi);
  const kept = registry.get(agency)?.kind === 'central' ? grants.filter((code) => code !== agency) : [];
  const existing = await strapi.db.query(ADMIN_AGENCY).findOne({ where: { adminUserId } });
  if (existing) await strapi.db.query(ADMIN_AGENCY).update({ where: { adminUserId }, data: { agency, grants: kept } });
  else await strapi.db.query(ADMIN_AGENCY).create({ data: { adminUserId, agency, grants: kept } });
}

const mayDo = (ctx: Context, action: string, message: string) => {
  if (!ctx.state.userAbility?.can(action)) throw refused(message);
};

/**
 * Each admin account belongs to one agency (a table of the project's own: `admin::user` cannot be extended). Routes
 * under `/thads-agencies`: the signed-in account's agencies (for the admin's pages), the accounts with their agency
 * (Settings → "Cơ quan của tài khoản"), assigning one (Super Admins), and inviting an editor with their agency. A
 * new account made otherwise belongs to the agency of the account that made it; the first Super Admin, to the home
 * agency.
 */
export function registerAdminAccounts(strapi: Core.Strapi): void {
  const audit = (event: AuditEvent) => strapi.eventHub.emit(AUDIT_EVENT, event);
  const route = adminRoute<Context>;
  strapi.server.routes({
    type: 'admin',
    prefix: '/thads-agencies',
    routes: [
      route('GET', '/me', async (ctx) => {
        ctx.body = { data: describeScope(strapi, await adminScopeOf(strapi, ctx.state.user ?? {})) };
      }),
      route('GET', '/accounts', async (ctx) => {
        mayDo(ctx, USERS_READ, 'Bạn không có quyền xem danh sách tài khoản quản trị (not allowed to read admin users)');
        const scope = await adminScopeOf(strapi, ctx.state.user ?? {});
        const users = (await strapi.db.query('admin::user').findMany({
          select: ['id', 'firstname', 'lastname', 'email', 'isActive'],
          populate: { roles: { select: ['id', 'code', 'name'] } },
          orderBy: { id: 'asc' },
        })) as AdminUser[];
        const memberships = new Map(
          (
            (await strapi.db.query(ADMIN_AGENCY).findMany({})) as Array<{
              adminUserId: number;
              agency: string;
              grants: unknown;
            }>
          ).map((row) => [row.adminUserId, row]),
        );
        ctx.body = {
          data: users
            .map((user) => ({ ...user, membership: memberships.get(user.id) ?? null }))
            // An account of another agency is not another agency's business.
            .filter(
              ({ membership }) => scope.all || (membership !== null && scope.agencies.includes(membership.agency)),
            )
            .map(({ membership, roles, ...user }) => ({
              ...user,
              name: nameOf(user),
              roles: (roles ?? []).map((role) => role.name ?? role.code),
              agency: membership?.agency ?? null,
              grants: Array.isArray(membership?.grants) ? membership.grants : [],
            })),
        };
      }),
      route('POST', '/accounts/:id', async (ctx) => {
        mayDo(ctx, USERS_UPDATE, 'Bạn không có quyền sửa tài khoản quản trị (not allowed to update admin users)');
        const scope = await adminScopeOf(strapi, ctx.state.user ?? {});
        if (!scope.all)
          throw refused('Chỉ Quản trị cấp cao gán cơ quan cho tài khoản (only Super Admins assign agencies)');
        const id = Number(ctx.params.id);
        const user = Number.isSafeInteger(id) ? await strapi.db.query('admin::user').findOne({ where: { id } }) : null;
        if (!user) throw new errors.NotFoundError('Không có tài khoản này (no such admin user)');
        const body = (ctx.request.body ?? {}) as { agency?: unknown; grants?: unknown };
        const agency = agencyFrom(strapi, body.agency, 'agency');
        const grants = grantsFrom(strapi, body.grants);
        const before = await membershipOf(strapi, id);
        await assignAgency(strapi, id, agency, grants);
        await audit({
          action: 'user.agency',
          uid: 'admin::user',
          agency,
          details: { id, name: nameOf(user as AdminUser), from: before?.agency ?? null, to: agency, grants },
        });
        ctx.body = { data: await membershipOf(strapi, id) };
      }),
      route('POST', '/invitations', async (ctx) => {
        mayDo(ctx, USERS_CREATE, 'Bạn không có quyền mời tài khoản quản trị (not allowed to create admin users)');
        const scope = await adminScopeOf(strapi, ctx.state.user ?? {});
        const body = (ctx.request.body ?? {}) as Record<string, unknown>;
        const agency = agencyFrom(strapi, body.agency, 'agency');
        if (!scope.all && !scope.agencies.includes(agency))
          throw refused('Bạn chỉ mời được tài khoản của cơ quan mình (you may only invite accounts of your agencies)');
        const roles = Array.isArray(body.roles) ? body.roles.map(Number).filter(Number.isSafeInteger) : [];
        if (roles.length === 0) throw new errors.ValidationError('Hãy chọn ít nhất một vai trò (roles are required)');
        const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
          throw new errors.ValidationError('Địa chỉ email không hợp lệ (invalid email)');
        if (await strapi.db.query('admin::user').findOne({ where: { email } }))
          throw new errors.ValidationError('Đã có tài khoản với email này (an account with this email exists)');
        const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 100) : '');
        const user = (await strapi.service('admin::user').create({
          firstname: text(body.firstname),
          lastname: text(body.lastname) || null,
          email,
          roles,
        })) as AdminUser & { registrationToken?: string };
        await assignAgency(strapi, user.id, agency);
        await audit({
          action: 'user.agency',
          uid: 'admin::user',
          agency,
          details: { id: user.id, name: nameOf(user), to: agency },
        });
        ctx.body = {
          data: {
            id: user.id,
            email: user.email,
            agency,
            registrationToken: user.registrationToken ?? null,
          },
        };
      }),
    ],
  } as never);

  // An account made elsewhere (Strapi's own invitation, the first Super Admin) gets an agency at once.
  const hub = strapi.eventHub as unknown as { on: (name: string, listener: (payload: never) => unknown) => unknown };
  hub.on('user.create', async ({ user }: { user: AdminUser }) => {
    try {
      if (!user?.id || (await membershipOf(strapi, user.id))) return;
      const ctx = strapi.requestContext.get() as Context | undefined;
      const creator = ctx?.state?.user;
      const own = creator ? (await adminScopeOf(strapi, creator)).own : null;
      await assignAgency(strapi, user.id, own ?? agencies(strapi).home.code);
    } catch (error) {
      strapi.log.error(`[agencies] the new admin account ${user?.id} has no agency: ${String(error)}`);
    }
  });
}
