import { createHash, randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { addPasskey, passkeysOf, securityOf, updatePasskeyCounter, updateSecurity, type SecurityRow } from './store';

/** The portal's name in authenticator apps and passkey prompts. */
const ISSUER = 'Cổng THADS';
const CHALLENGE_MS = 5 * 60_000;
export const RECOVERY_CODE_COUNT = 10;

type AdminUser = { id: number; email: string; firstname?: string | null; lastname?: string | null };
type Encryption = { encrypt(value: string): string | null; decrypt(value: string): string | null };

const encryption = (strapi: Core.Strapi) => strapi.service('admin::encryption') as unknown as Encryption;

function seal(strapi: Core.Strapi, secret: string): string {
  const sealed = encryption(strapi).encrypt(secret);
  if (!sealed) throw new Error('ENCRYPTION_KEY is needed to keep second-factor secrets');
  return sealed;
}

const totpOf = (secret: string, email: string) =>
  new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/** Whether the account has a working second factor (an enrolled TOTP or at least one passkey). */
export async function factorsOf(strapi: Core.Strapi, userId: number) {
  const [row, passkeys] = await Promise.all([securityOf(strapi, userId), passkeysOf(strapi, userId)]);
  const codes = row?.recovery_codes ? (JSON.parse(row.recovery_codes) as string[]) : [];
  return {
    totp: Boolean(row?.totp_secret),
    passkeys: passkeys.map(({ credential_id, name, created_at }) => ({
      id: credential_id,
      name,
      createdAt: new Date(created_at).toISOString(),
    })),
    recoveryCodesLeft: codes.length,
    enrolled: Boolean(row?.totp_secret) || passkeys.length > 0,
  };
}

// ── TOTP (RFC 6238) ────────────────────────────────────────────────────────────────────────────────────────────

/** A new TOTP secret, kept pending until the first code from the app confirms it: the QR code and the key to type. */
export async function startTotp(strapi: Core.Strapi, user: AdminUser) {
  const secret = new Secret({ size: 20 }).base32;
  await updateSecurity(strapi, user.id, { totp_pending: seal(strapi, secret) });
  const uri = totpOf(secret, user.email).toString();
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
}

/**
 * Whether `code` is the current code (or the one before or after: a phone's clock drifts) of `secret`. A code once
 * accepted is not accepted again: the last accepted time step is remembered with the secret.
 */
function checkTotp(secret: string, email: string, code: unknown): number | null {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code.replace(/\s/g, ''))) return null;
  const delta = totpOf(secret, email).validate({ token: code.replace(/\s/g, ''), window: 1 });
  return delta === null ? null : Math.floor(Date.now() / 30_000) + delta;
}

type SealedTotp = { secret: string; lastStep?: number };
const unsealTotp = (strapi: Core.Strapi, sealed: string | null): SealedTotp | null => {
  if (!sealed) return null;
  const opened = encryption(strapi).decrypt(sealed);
  if (!opened) return null;
  return opened.startsWith('{') ? (JSON.parse(opened) as SealedTotp) : { secret: opened };
};

/** Confirms the pending secret with a code from the app; from then on TOTP is the account's factor. */
export async function confirmTotp(strapi: Core.Strapi, user: AdminUser, code: unknown): Promise<boolean> {
  const pending = unsealTotp(strapi, (await securityOf(strapi, user.id))?.totp_pending ?? null);
  if (!pending) return false;
  const step = checkTotp(pending.secret, user.email, code);
  if (step === null) return false;
  await updateSecurity(strapi, user.id, {
    totp_secret: seal(strapi, JSON.stringify({ secret: pending.secret, lastStep: step })),
    totp_pending: null,
    totp_enabled_at: Date.now(),
  });
  return true;
}

export async function verifyTotp(strapi: Core.Strapi, user: AdminUser, code: unknown): Promise<boolean> {
  const current = unsealTotp(strapi, (await securityOf(strapi, user.id))?.totp_secret ?? null);
  if (!current) return false;
  const step = checkTotp(current.secret, user.email, code);
  if (step === null || (current.lastStep !== undefined && step <= current.lastStep)) return false;
  await updateSecurity(strapi, user.id, {
    totp_secret: seal(strapi, JSON.stringify({ secret: current.secret, lastStep: step })),
  });
  return true;
}

// ── Recovery codes ────────────────────────────────────────────────────────────────────────────────────────────

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const hashCode = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');

/** Ten new one-time codes (xxxxx-xxxxx), replacing any left: shown once, kept only as hashes. */
export async function newRecoveryCodes(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await updateSecurity(strapi, userId, { recovery_codes: JSON.stringify(codes.map(hashCode)) });
  return codes;
}

/** Uses up a recovery code: true once, false ever after (and for any code not issued). */
export async function useRecoveryCode(strapi: Core.Strapi, userId: number, code: unknown): Promise<boolean> {
  if (typeof code !== 'string' || code.length > 40) return false;
  const row: SecurityRow | null = await securityOf(strapi, userId);
  const hashes = row?.recovery_codes ? (JSON.parse(row.recovery_codes) as string[]) : [];
  const hash = hashCode(code);
  if (!hashes.includes(hash)) return false;
  await updateSecurity(strapi, userId, { recovery_codes: JSON.stringify(hashes.filter((kept) => kept !== hash)) });
  return true;
}

// ── Passkeys (WebAuthn) ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Where passkeys are valid: the admin's configured origin (`ADMIN_URL`, else `PUBLIC_URL`), else the origin the
 * request came to (a local instance). The relying party is that origin's host name.
 */
export function relyingParty(requestOrigin: string): { origin: string; rpID: string } {
  const configured = [process.env.ADMIN_URL, process.env.PUBLIC_URL].find((value) => value && value.trim() !== '');
  const origin = new URL(configured ?? requestOrigin).origin;
  return { origin, rpID: new URL(origin).hostname };
}

async function rememberChallenge(strapi: Core.Strapi, userId: number, challenge: string): Promise<void> {
  await updateSecurity(strapi, userId, { challenge, challenge_expires: Date.now() + CHALLENGE_MS });
}

/** The challenge issued to this account, used once: a second answer to it is refused. */
async function takeChallenge(strapi: Core.Strapi, userId: number): Promise<string | null> {
  const row = await securityOf(strapi, userId);
  if (!row?.challenge || !row.challenge_expires || row.challenge_expires < Date.now()) return null;
  await updateSecurity(strapi, userId, { challenge: null, challenge_expires: null });
  return row.challenge;
}

export async function passkeyRegistrationOptions(strapi: Core.Strapi, user: AdminUser, requestOrigin: string) {
  const { rpID } = relyingParty(requestOrigin);
  const existing = await passkeysOf(strapi, user.id);
  const options = await generateRegistrationOptions({
    rpName: ISSUER,
    rpID,
    userName: user.email,
    userDisplayName: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email,
    userID: new TextEncoder().encode(`thads-admin-${user.id}`),
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credential_id })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await rememberChallenge(strapi, user.id, options.challenge);
  return options;
}

export async function registerPasskey(
  strapi: Core.Strapi,
  user: AdminUser,
  response: unknown,
  name: unknown,
  requestOrigin: string,
): Promise<boolean> {
  const challenge = await takeChallenge(strapi, user.id);
  if (!challenge || typeof response !== 'object' || response === null) return false;
  const { origin, rpID } = relyingParty(requestOrigin);
  try {
    const result = await verifyRegistrationResponse({
      response: response as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
    });
    if (!result.verified) return false;
    const { credential } = result.registrationInfo;
    await addPasskey(strapi, {
      user_id: user.id,
      credential_id: credential.id,
      public_key: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ? JSON.stringify(credential.transports) : null,
      name: typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : 'Khoá truy cập',
      created_at: Date.now(),
    });
    return true;
  } catch (error) {
    strapi.log.warn(`[admin-accounts] passkey not registered: ${String(error)}`);
    return false;
  }
}

export async function passkeyAuthenticationOptions(strapi: Core.Strapi, userId: number, requestOrigin: string) {
  const passkeys = await passkeysOf(strapi, userId);
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(requestOrigin).rpID,
    allowCredentials: passkeys.map((passkey) => ({
      id: passkey.credential_id,
      transports: passkey.transports ? (JSON.parse(passkey.transports) as never) : undefined,
    })),
    userVerification: 'preferred',
  });
  await rememberChallenge(strapi, userId, options.challenge);
  return options;
}

export async function verifyPasskey(
  strapi: Core.Strapi,
  userId: number,
  response: unknown,
  requestOrigin: string,
): Promise<boolean> {
  const challenge = await takeChallenge(strapi, userId);
  if (!challenge || typeof response !== 'object' || response === null) return false;
  const answer = response as AuthenticationResponseJSON;
  const passkey = (await passkeysOf(strapi, userId)).find((candidate) => candidate.credential_id === answer.id);
  if (!passkey) return false;
  const { origin, rpID } = relyingParty(requestOrigin);
  try {
    const result = await verifyAuthenticationResponse({
      response: answer,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
      credential: {
        id: passkey.credential_id,
        publicKey: new Uint8Array(Buffer.from(passkey.public_key, 'base64url')),
        counter: passkey.counter,
      },
    });
    if (!result.verified) return false;
    await updatePasskeyCounter(strapi, passkey.credential_id, result.authenticationInfo.newCounter);
    return true;
  } catch (error) {
    strapi.log.warn(`[admin-accounts] passkey refused: ${String(error)}`);
    return false;
  }
}
