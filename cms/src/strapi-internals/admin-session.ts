/**
 * Mirrors `@strapi/admin` 5.54.0 `dist/server/server/src/controllers/authentication.js` (`login`: the refresh session,
 * its cookie and the first access token) and `dist/server/shared/utils/session-auth.js` (`REFRESH_COOKIE_NAME`,
 * `getRefreshCookieOptions`): the project's own sign-in (`admin-accounts/`) opens Strapi's admin session exactly as
 * Strapi's `/admin/login` does, once the second factor is checked. The session manager itself is public
 * (`strapi.sessionManager`).
 */
import type { Core } from '@strapi/strapi';
import { randomUUID } from 'node:crypto';
import { buildSessionMetadata } from '@strapi/utils';
import type { Context } from 'koa';

export const REFRESH_COOKIE_NAME = 'strapi_admin_refresh';

type SessionManager = (origin: 'admin') => {
  generateRefreshToken(
    userId: string,
    deviceId: string,
    options: { type: 'session' | 'refresh'; metadata?: Record<string, unknown> },
  ): Promise<{ token: string; absoluteExpiresAt: string }>;
  generateAccessToken(refreshToken: string): Promise<{ token: string } | { error: string }>;
  invalidateRefreshToken(userId: string, deviceId?: string): Promise<void>;
};

const managerOf = (strapi: Core.Strapi): SessionManager => {
  const manager = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager;
  if (!manager) throw new Error('Strapi has no session manager (admin sessions need Strapi ≥ 5.24)');
  return manager;
};

/** The refresh cookie's options as Strapi sets them for a session that ends with the browser. */
function cookieOptions(strapi: Core.Strapi, secureRequest: boolean) {
  const configuredSecure = strapi.config.get<boolean | undefined>('admin.auth.cookie.secure');
  const secure =
    typeof configuredSecure === 'boolean' ? configuredSecure : process.env.NODE_ENV === 'production' && secureRequest;
  return {
    httpOnly: true,
    secure,
    overwrite: true,
    domain: strapi.config.get<string | undefined>('admin.auth.cookie.domain') || undefined,
    path: strapi.config.get<string | undefined>('admin.auth.cookie.path') || '/admin',
    sameSite: strapi.config.get<'strict' | 'lax' | 'none' | undefined>('admin.auth.cookie.sameSite') ?? 'lax',
  } as const;
}

/** Opens an admin session for `userId` on this request (refresh cookie set) and returns its first access token. */
export async function openAdminSession(strapi: Core.Strapi, ctx: Context, userId: number): Promise<string> {
  const manager = managerOf(strapi)('admin');
  const metadata = buildSessionMetadata({ userAgent: ctx.request.headers['user-agent'] }) as Record<string, unknown>;
  const { token: refreshToken } = await manager.generateRefreshToken(String(userId), randomUUID(), {
    type: 'session',
    metadata,
  });
  ctx.cookies.set(REFRESH_COOKIE_NAME, refreshToken, cookieOptions(strapi, ctx.request.secure));
  const access = await manager.generateAccessToken(refreshToken);
  if ('error' in access) throw new Error(`admin access token not issued: ${access.error}`);
  return access.token;
}

/** Ends every admin session of an account (its factors were reset, or a session was opened with a password alone). */
export async function closeAdminSessions(strapi: Core.Strapi, userId: number): Promise<void> {
  await managerOf(strapi)('admin').invalidateRefreshToken(String(userId));
}

/** Removes the refresh cookie a refused request may have been given. */
export function dropRefreshCookie(strapi: Core.Strapi, ctx: Context): void {
  ctx.cookies.set(REFRESH_COOKIE_NAME, '', { ...cookieOptions(strapi, ctx.request.secure), expires: new Date(0) });
}
