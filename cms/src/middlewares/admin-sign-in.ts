import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import {
  accountByEmail,
  accountById,
  lockedFor,
  lockedMessage,
  nextStep,
  recordFailure,
  recordSuccess,
} from '../admin-accounts/accounts';
import { SIGN_IN_PAGE, signInAsset } from '../admin-accounts/sign-in-page';
import { closeAdminSessions, dropRefreshCookie } from '../strapi-internals/admin-session';

/** Strapi's routes that open an admin session once a password is known (its router ignores case and a trailing /). */
const PASSWORD_LOGIN = '/admin/login';
const SESSION_AFTER_PASSWORD = new Set(['/admin/register-admin', '/admin/register', '/admin/reset-password']);

const routeOf = (ctx: Context) => ctx.path.toLowerCase().replace(/\/+$/u, '');
const bodyOf = (ctx: Context) => ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;

function refuse(ctx: Context, status: number, message: string, details: Record<string, unknown> = {}): void {
  ctx.status = status;
  ctx.body = {
    data: null,
    error: { status, name: status === 429 ? 'TooManyRequests' : 'ForbiddenError', message, details },
  };
}

/**
 * Strapi's own password routes, held to the project's sign-in rules: `/admin/login` refuses an account that is locked
 * or must give a second factor (it never checks a second factor, so it never opens such a session) and counts the
 * wrong passwords of the others toward their lock; registration and password reset still do their work but open no
 * session for such an account: it signs in on the project's page (`SIGN_IN_PAGE`). The page and its scripts are
 * served from here.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    const route = routeOf(ctx);
    if (ctx.method === 'GET' && route.startsWith('/admin/thads-auth/')) {
      const asset = signInAsset(strapi, route);
      if (asset) {
        ctx.type = asset.type;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = asset.body;
        return;
      }
    }
    if (ctx.method !== 'POST') return next();

    if (route === PASSWORD_LOGIN) {
      const account = await accountByEmail(strapi, bodyOf(ctx).email);
      if (!account) return next();
      const wait = await lockedFor(strapi, account.id);
      if (wait > 0) {
        ctx.set('Retry-After', String(Math.ceil(wait / 1000)));
        return refuse(ctx, 429, lockedMessage(wait), { lockedUntil: new Date(Date.now() + wait).toISOString() });
      }
      if ((await nextStep(strapi, account)) !== 'none')
        return refuse(
          ctx,
          403,
          `Tài khoản này đăng nhập bằng hai bước: hãy đăng nhập tại ${SIGN_IN_PAGE} (a second factor is required)`,
          { signIn: SIGN_IN_PAGE },
        );
      try {
        await next();
      } catch (error) {
        // A wrong password is thrown by Strapi's handler (and answered by its error middleware, outside this one).
        await recordFailure(strapi, account, 'password');
        throw error;
      }
      if (ctx.status === 200) await recordSuccess(strapi, account.id);
      else if (ctx.status >= 400 && ctx.status < 500) await recordFailure(strapi, account, 'password');
      return;
    }

    if (SESSION_AFTER_PASSWORD.has(route)) {
      await next();
      const user = (ctx.body as { data?: { user?: { id?: number } } } | undefined)?.data?.user;
      if (ctx.status !== 200 || typeof user?.id !== 'number') return;
      const account = await accountById(strapi, user.id);
      if (!account || (await nextStep(strapi, account)) === 'none') return;
      // Done with a password alone: the session Strapi opened is closed at once, its cookie taken back.
      await closeAdminSessions(strapi, account.id);
      dropRefreshCookie(strapi, ctx);
      ctx.body = { data: { user, secondFactor: 'required', signIn: SIGN_IN_PAGE } };
      return;
    }
    return next();
  };
