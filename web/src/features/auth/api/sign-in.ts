import { env } from '../../../config/env';
import type { Session } from '../../../lib/session';

/** What went wrong, in words a staff member can act on. */
export class SignInError extends Error {}

/** Signs a staff member in with users-permissions (email or username, and password). */
export async function signIn(identifier: string, password: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch(`${env.apiBaseUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ identifier: identifier.trim(), password }),
    });
  } catch {
    throw new SignInError('Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.');
  }
  const body = (await response.json().catch(() => null)) as {
    jwt?: string;
    user?: Session['user'];
    error?: { message?: string };
  } | null;
  if (response.ok && body?.jwt && body.user) return { jwt: body.jwt, user: body.user };
  const message = body?.error?.message ?? '';
  if (response.status === 429)
    throw new SignInError('Bạn đã thử đăng nhập quá nhiều lần. Vui lòng chờ ít phút rồi thử lại.');
  if (/blocked/i.test(message)) throw new SignInError('Tài khoản của bạn đã bị khóa. Vui lòng liên hệ quản trị viên.');
  if (/confirm/i.test(message))
    throw new SignInError('Tài khoản của bạn chưa được kích hoạt. Vui lòng liên hệ quản trị viên.');
  if (response.status === 400 || response.status === 401)
    throw new SignInError('Tên đăng nhập hoặc mật khẩu không đúng.');
  throw new SignInError('Máy chủ đang gặp sự cố, chưa đăng nhập được. Vui lòng thử lại sau.');
}
