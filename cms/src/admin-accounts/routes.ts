import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { nameOf } from '../history/actor';
import { closeAdminSessions, openAdminSession } from '../strapi-internals/admin-session';
import {
  accountById,
  accountByEmail,
  factorRequired,
  lockedFor,
  lockedMessage,
  nextStep,
  recordFailure,
  recordSuccess,
  SUPER_ADMIN,
  type AdminAccount,
} from './accounts';
import {
  confirmTotp,
  factorsOf,
  newRecoveryCodes,
  passkeyAuthenticationOptions,
  passkeyRegistrationOptions,
  registerPasskey,
  startTotp,
  useRecoveryCode,
  verifyPasskey,
  verifyTotp,
} from './factors';
import { deletePasskey, forgetFactors, updateSecurity } from './store';
import { issueTicket, readTicket, type Ticket } from './ticket';

type Body = Record<string, unknown>;
type AuthContext = Context & { state: { user?: AdminAccount } };

const bodyOf = (ctx: Context): Body => ((ctx.request as { body?: unknown }).body ?? {}) as Body;
const audit = (strapi: Core.Strapi, event: AuditEvent) => strapi.eventHub.emit(AUDIT_EVENT, event);
const sanitize = (account: AdminAccount) => ({
  id: account.id,
  email: account.email,
  firstname: account.firstname ?? null,
  lastname: account.lastname ?? null,
  roles: (account.roles ?? []).map((role) => ({ code: role.code, name: role.name })),
});

const WRONG_CREDENTIALS = 'Email hoặc mật khẩu không đúng (invalid email or password)';
const WRONG_CODE = 'Mã không đúng hoặc đã dùng (the code is wrong or was already used)';
const EXPIRED_TICKET =
  'Phiên đăng nhập đã hết hạn hoặc không hợp lệ: nhập lại email và mật khẩu (sign-in expired, start again)';

/** A 4xx whose message the sign-in page shows as it is. */
function refuse(ctx: Context, status: number, message: string, details: Record<string, unknown> = {}): void {
  ctx.status = status;
  ctx.body = {
    data: null,
    error: { status, name: status === 429 ? 'TooManyRequests' : 'SignInError', message, details },
  };
}

/**
 * The project's sign-in (`/admin/thads-auth/…`, no session needed): the password first, then the second factor the
 * account has (TOTP, a recovery code, a passkey) or, when the policy requires one it lacks, its enrolment. Strapi's
 * admin session is opened only at the end (`openAdminSession`). Each wrong password or code counts against the
 * account's lock (`recordFailure`), and against the client's sign-in budget (the rate limiter, in front).
 */
export function registerSignInRoutes(strapi: Core.Strapi): void {
  /** The account a ticket is for, if the ticket is valid and the account still active. */
  async function ticketAccount(ctx: Context, stage: Ticket['stage'] | 'any'): Promise<AdminAccount | null> {
    const ticket = readTicket(bodyOf(ctx).ticket);
    const account =
      ticket && (stage === 'any' || ticket.stage === stage) ? await accountById(strapi, ticket.sub) : null;
    if (!account || account.isActive === false || account.blocked) {
      refuse(ctx, 401, EXPIRED_TICKET);
      return null;
    }
    const wait = await lockedFor(strapi, account.id);
    if (wait > 0) {
      ctx.set('Retry-After', String(Math.ceil(wait / 1000)));
      refuse(ctx, 429, lockedMessage(wait), { lockedUntil: new Date(Date.now() + wait).toISOString() });
      return null;
    }
    return account;
  }

  /** The end of a successful sign-in: Strapi's session, the lock notice if any, recovery codes if just made. */
  async function signIn(ctx: Context, account: AdminAccount, method: string, recoveryCodes?: string[]): Promise<void> {
    const notice = await recordSuccess(strapi, account.id);
    const token = await openAdminSession(strapi, ctx, account.id);
    // Strapi's own event: the audit trail records the sign-in as it records Strapi's.
    strapi.eventHub.emit('admin.auth.success', { user: sanitize(account), provider: method });
    ctx.body = { data: { token, user: sanitize(account), notice, ...(recoveryCodes ? { recoveryCodes } : {}) } };
  }

  async function afterPassword(ctx: Context, account: AdminAccount): Promise<void> {
    const step = await nextStep(strapi, account);
    if (step === 'none') return signIn(ctx, account, 'password');
    const factors = await factorsOf(strapi, account.id);
    ctx.body = {
      data: {
        step,
        ticket: issueTicket(account.id, step),
        methods:
          step === 'factor' ? { totp: factors.totp, passkey: factors.passkeys.length > 0, recovery: true } : null,
        email: account.email,
      },
    };
  }

  const origin = (ctx: Context) => ctx.request.origin;

  const open = (method: 'GET' | 'POST', path: string, handler: (ctx: Context) => Promise<void>) => ({
    method,
    path,
    handler,
    config: { auth: false },
  });
  const signedIn = (method: 'GET' | 'POST', path: string, handler: (ctx: AuthContext) => Promise<void>) => ({
    method,
    path,
    handler,
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });

  strapi.server.routes({
    type: 'admin',
    prefix: '/thads-auth',
    routes: [
      open('POST', '/sign-in', async (ctx) => {
        const { email, password } = bodyOf(ctx);
        if (typeof email !== 'string' || typeof password !== 'string' || password.length > 200)
          throw new errors.ValidationError('Nhập email và mật khẩu (email and password are required)');
        const account = await accountByEmail(strapi, email);
        if (account) {
          const wait = await lockedFor(strapi, account.id);
          if (wait > 0) {
            ctx.set('Retry-After', String(Math.ceil(wait / 1000)));
            return refuse(ctx, 429, lockedMessage(wait), { lockedUntil: new Date(Date.now() + wait).toISOString() });
          }
        }
        const auth = strapi.service('admin::auth') as unknown as {
          checkCredentials(input: {
            email: string;
            password: string;
          }): Promise<[unknown, AdminAccount | false, { message?: string }?]>;
        };
        const [, user, info] = await auth.checkCredentials({ email: account?.email ?? email, password });
        if (!user || !account) {
          strapi.eventHub.emit('admin.auth.error', {
            error: new Error(info?.message ?? 'Invalid credentials'),
            provider: 'local',
          });
          if (account) await recordFailure(strapi, account, 'password');
          return refuse(ctx, 400, WRONG_CREDENTIALS);
        }
        if (account.isActive === false || account.blocked)
          return refuse(ctx, 403, 'Tài khoản này đã bị vô hiệu hoá (this account is not active)');
        return afterPassword(ctx, account);
      }),
      open('POST', '/totp', async (ctx) => {
        const account = await ticketAccount(ctx, 'factor');
        if (!account) return;
        if (!(await verifyTotp(strapi, account, bodyOf(ctx).code))) {
          await recordFailure(strapi, account, 'totp');
          return refuse(ctx, 400, WRONG_CODE);
        }
        return signIn(ctx, account, 'totp');
      }),
      open('POST', '/recovery-code', async (ctx) => {
        const account = await ticketAccount(ctx, 'factor');
        if (!account) return;
        if (!(await useRecoveryCode(strapi, account.id, bodyOf(ctx).code))) {
          await recordFailure(strapi, account, 'recovery code');
          return refuse(ctx, 400, WRONG_CODE);
        }
        audit(strapi, {
          action: 'auth.recovery-code',
          uid: 'admin::user',
          userId: account.id,
          details: { email: account.email },
        });
        return signIn(ctx, account, 'recovery-code');
      }),
      open('POST', '/passkey/options', async (ctx) => {
        const account = await ticketAccount(ctx, 'factor');
        if (!account) return;
        ctx.body = { data: await passkeyAuthenticationOptions(strapi, account.id, origin(ctx)) };
      }),
      open('POST', '/passkey', async (ctx) => {
        const account = await ticketAccount(ctx, 'factor');
        if (!account) return;
        if (!(await verifyPasskey(strapi, account.id, bodyOf(ctx).response, origin(ctx)))) {
          await recordFailure(strapi, account, 'passkey');
          return refuse(ctx, 400, 'Khoá truy cập không được chấp nhận (passkey refused)');
        }
        return signIn(ctx, account, 'passkey');
      }),
      // Enrolment during sign-in: the policy requires a factor the account does not have yet.
      open('POST', '/enrol/totp', async (ctx) => {
        const account = await ticketAccount(ctx, 'enrol');
        if (account) ctx.body = { data: await startTotp(strapi, account) };
      }),
      open('POST', '/enrol/totp/confirm', async (ctx) => {
        const account = await ticketAccount(ctx, 'enrol');
        if (!account) return;
        if (!(await confirmTotp(strapi, account, bodyOf(ctx).code))) {
          await recordFailure(strapi, account, 'totp enrolment');
          return refuse(ctx, 400, WRONG_CODE);
        }
        audit(strapi, {
          action: 'auth.factor-enrolled',
          uid: 'admin::user',
          userId: account.id,
          details: { email: account.email, factor: 'totp' },
        });
        return signIn(ctx, account, 'totp', await newRecoveryCodes(strapi, account.id));
      }),
      open('POST', '/enrol/passkey/options', async (ctx) => {
        const account = await ticketAccount(ctx, 'enrol');
        if (account) ctx.body = { data: await passkeyRegistrationOptions(strapi, account, origin(ctx)) };
      }),
      open('POST', '/enrol/passkey', async (ctx) => {
        const account = await ticketAccount(ctx, 'enrol');
        if (!account) return;
        const { response, name } = bodyOf(ctx);
        if (!(await registerPasskey(strapi, account, response, name, origin(ctx))))
          return refuse(ctx, 400, 'Không đăng ký được khoá truy cập (passkey not registered)');
        audit(strapi, {
          action: 'auth.factor-enrolled',
          uid: 'admin::user',
          userId: account.id,
          details: { email: account.email, factor: 'passkey' },
        });
        return signIn(ctx, account, 'passkey', await newRecoveryCodes(strapi, account.id));
      }),

      // The signed-in account's own factors ("Bảo mật tài khoản").
      signedIn('GET', '/me', async (ctx) => {
        const account = await accountById(strapi, ctx.state.user!.id);
        ctx.body = { data: { ...(await factorsOf(strapi, account!.id)), required: factorRequired(account!) } };
      }),
      signedIn('POST', '/me/totp', async (ctx) => {
        ctx.body = { data: await startTotp(strapi, ctx.state.user!) };
      }),
      signedIn('POST', '/me/totp/confirm', async (ctx) => {
        const account = ctx.state.user!;
        if (!(await confirmTotp(strapi, account, bodyOf(ctx).code))) return refuse(ctx, 400, WRONG_CODE);
        audit(strapi, {
          action: 'auth.factor-enrolled',
          uid: 'admin::user',
          details: { email: account.email, factor: 'totp' },
        });
        ctx.body = { data: { recoveryCodes: await newRecoveryCodes(strapi, account.id) } };
      }),
      signedIn('POST', '/me/passkey/options', async (ctx) => {
        ctx.body = { data: await passkeyRegistrationOptions(strapi, ctx.state.user!, origin(ctx)) };
      }),
      signedIn('POST', '/me/passkey', async (ctx) => {
        const account = ctx.state.user!;
        const { response, name } = bodyOf(ctx);
        if (!(await registerPasskey(strapi, account, response, name, origin(ctx))))
          return refuse(ctx, 400, 'Không đăng ký được khoá truy cập (passkey not registered)');
        audit(strapi, {
          action: 'auth.factor-enrolled',
          uid: 'admin::user',
          details: { email: account.email, factor: 'passkey' },
        });
        const factors = await factorsOf(strapi, account.id);
        ctx.body = {
          data: factors.recoveryCodesLeft > 0 ? {} : { recoveryCodes: await newRecoveryCodes(strapi, account.id) },
        };
      }),
      signedIn('POST', '/me/passkey/:id/delete', async (ctx) => {
        const account = (await accountById(strapi, ctx.state.user!.id))!;
        const factors = await factorsOf(strapi, account.id);
        if (factorRequired(account) && !factors.totp && factors.passkeys.length <= 1)
          return refuse(
            ctx,
            400,
            'Tài khoản phải còn ít nhất một yếu tố xác thực thứ hai (keep at least one second factor)',
          );
        if (!(await deletePasskey(strapi, account.id, String(ctx.params.id))))
          throw new errors.NotFoundError('Không có khoá truy cập này (no such passkey)');
        audit(strapi, {
          action: 'auth.factor-removed',
          uid: 'admin::user',
          details: { email: account.email, factor: 'passkey' },
        });
        ctx.body = { data: await factorsOf(strapi, account.id) };
      }),
      signedIn('POST', '/me/recovery-codes', async (ctx) => {
        const account = ctx.state.user!;
        if (!(await factorsOf(strapi, account.id)).enrolled)
          return refuse(ctx, 400, 'Hãy đăng ký một yếu tố xác thực trước (enrol a second factor first)');
        ctx.body = { data: { recoveryCodes: await newRecoveryCodes(strapi, account.id) } };
      }),
      // A Super Admin resets a colleague's factors (a lost phone): the colleague enrols again at the next sign-in.
      signedIn('POST', '/users/:id/reset', async (ctx) => {
        const actor = (await accountById(strapi, ctx.state.user!.id))!;
        if (!(actor.roles ?? []).some((role) => role.code === SUPER_ADMIN))
          return refuse(ctx, 403, 'Chỉ Quản trị cấp cao được đặt lại xác thực hai bước (only a Super Admin may reset)');
        const target = await accountById(strapi, Number(ctx.params.id));
        if (!target) throw new errors.NotFoundError('Không có tài khoản này (no such account)');
        await forgetFactors(strapi, target.id);
        await updateSecurity(strapi, target.id, { failed_count: 0, locked_until: null });
        await closeAdminSessions(strapi, target.id);
        audit(strapi, {
          action: 'auth.factor-reset',
          uid: 'admin::user',
          details: { id: target.id, name: nameOf(target), email: target.email },
        });
        ctx.body = { data: { id: target.id, reset: true } };
      }),
    ],
  } as never);
}
