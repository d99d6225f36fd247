import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A short signed token, `<base64url JSON>.<HMAC-SHA256>`: what it says cannot be changed without the secret. The
 * caller checks the claims' shape and expiry.
 */
export function signToken(claims: object, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
}

/** The claims of a token signed with `secret`; 'malformed' or 'forged' otherwise. */
export function readSignedToken(
  token: unknown,
  secret: string,
): { claims: unknown } | { refusal: 'malformed' | 'forged' } {
  if (typeof token !== 'string' || !/^[\w-]+\.[\w-]+$/.test(token) || token.length > 2048)
    return { refusal: 'malformed' };
  const [payload, signature] = token.split('.') as [string, string];
  const expected = Buffer.from(createHmac('sha256', secret).update(payload).digest('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refusal: 'forged' };
  try {
    return { claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown };
  } catch {
    return { refusal: 'malformed' };
  }
}
