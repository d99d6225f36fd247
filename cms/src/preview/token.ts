import { randomBytes } from 'node:crypto';
import { readSignedToken, signToken } from '../lib/signed-token';

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

/** A fresh token for one document and status, valid PREVIEW_TOKEN_SECONDS from `now`. */
export function issuePreviewToken(claims: Omit<PreviewClaims, 'exp'>, now = Date.now()): string {
  const full: PreviewClaims = { ...claims, exp: Math.floor(now / 1000) + PREVIEW_TOKEN_SECONDS };
  return signToken(full, secret());
}

/** The claims of a token this CMS signed and that has not expired, or why not. */
export function verifyPreviewToken(
  token: unknown,
  now = Date.now(),
): { claims: PreviewClaims } | { refusal: PreviewRefusal } {
  const read = readSignedToken(token, secret());
  if ('refusal' in read) return read;
  const claims = (read.claims ?? {}) as Partial<PreviewClaims>;
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
