import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a preview link lets its holder read: one document, in one status, until `exp` (seconds since 1970). */
export type PreviewClaims = { uid: string; documentId: string; status: 'draft' | 'published'; exp: number };

/** Minutes, not hours: a preview link that leaks stops working before it matters. */
export const PREVIEW_TOKEN_SECONDS = 10 * 60;

/** Why a token is refused: the CMS answers 401 for an expired one (the site says so) and 403 for the rest. */
export type PreviewRefusal = 'malformed' | 'forged' | 'expired';

let developmentSecret: string | undefined;

/**
 * The signing secret. Production refuses to start without a real one (`require-secrets`); a development or test
 * instance without one signs with a secret of its own process, so its links die with it.
 */
function secret(): string {
  const configured = process.env.PREVIEW_SECRET?.trim();
  if (configured) return configured;
  developmentSecret ??= randomBytes(32).toString('base64');
  return developmentSecret;
}

const sign = (payload: string) => createHmac('sha256', secret()).update(payload).digest('base64url');

/** A fresh token for one document and status, valid PREVIEW_TOKEN_SECONDS from `now`. */
export function issuePreviewToken(claims: Omit<PreviewClaims, 'exp'>, now = Date.now()): string {
  const full: PreviewClaims = { ...claims, exp: Math.floor(now / 1000) + PREVIEW_TOKEN_SECONDS };
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The claims of a token this CMS signed and that has not expired, or why not. */
export function verifyPreviewToken(
  token: unknown,
  now = Date.now(),
): { claims: PreviewClaims } | { refusal: PreviewRefusal } {
  if (typeof token !== 'string' || !/^[\w-]+\.[\w-]+$/.test(token) || token.length > 2048)
    return { refusal: 'malformed' };
  const [payload, signature] = token.split('.') as [string, string];
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refusal: 'forged' };
  let claims: Partial<PreviewClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<PreviewClaims>;
  } catch {
    return { refusal: 'malformed' };
  }
  if (
    typeof claims.uid !== 'string' ||
    typeof claims.documentId !== 'string' ||
    (claims.status !== 'draft' && claims.status !== 'published') ||
    typeof claims.exp !== 'number'
  )
    return { refusal: 'malformed' };
  if (claims.exp * 1000 <= now) return { refusal: 'expired' };
  return { claims: claims as PreviewClaims };
}
