import { randomBytes } from 'node:crypto';
import { readSignedToken, signToken } from '../lib/signed-token';

/**
 * What the password step hands to the second step: which account passed its password, whether it must now prove or
 * enrol a second factor, until when (5 minutes). Signed with ADMIN_JWT_SECRET: no session, no access to the API.
 */
export type Ticket = { sub: number; stage: 'factor' | 'enrol'; exp: number };
const TICKET_MS = 5 * 60_000;

let fallbackSecret: string | undefined;
const secret = () => {
  const configured = process.env.ADMIN_JWT_SECRET?.trim();
  if (configured) return `thads-sign-in:${configured}`;
  fallbackSecret ??= randomBytes(32).toString('base64');
  return fallbackSecret;
};

export const issueTicket = (sub: number, stage: Ticket['stage']): string =>
  signToken({ sub, stage, exp: Date.now() + TICKET_MS } satisfies Ticket, secret());

export function readTicket(token: unknown): Ticket | null {
  const read = readSignedToken(token, secret());
  if ('refusal' in read) return null;
  const claims = (read.claims ?? {}) as Partial<Ticket>;
  if (typeof claims.sub !== 'number' || (claims.stage !== 'factor' && claims.stage !== 'enrol')) return null;
  if (typeof claims.exp !== 'number' || claims.exp <= Date.now()) return null;
  return claims as Ticket;
}
