/**
 * The admin accounts' security settings, read from the environment once per call (tests change them between starts).
 * Every one is documented in `.env.example`.
 */
export type SecondFactorPolicy = 'required' | 'optional';

/** `ADMIN_SECOND_FACTOR`: `required` (the production default) or `optional`. */
export function secondFactorPolicy(): SecondFactorPolicy {
  const configured = (process.env.ADMIN_SECOND_FACTOR ?? '').trim().toLowerCase();
  if (configured === 'required' || configured === 'optional') return configured;
  if (configured !== '')
    throw new Error(`ADMIN_SECOND_FACTOR must be "required" or "optional", not "${process.env.ADMIN_SECOND_FACTOR}"`);
  return process.env.NODE_ENV === 'production' ? 'required' : 'optional';
}

const positive = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
};

/** Session lifetimes, in seconds: idle (no request for that long signs out) and absolute (signed out whatever). */
export function sessionLifetimes(): { idleSeconds: number; maxSeconds: number; accessSeconds: number } {
  const idleSeconds = Math.round(positive('ADMIN_SESSION_IDLE_MINUTES', 30) * 60);
  const maxSeconds = Math.round(positive('ADMIN_SESSION_MAX_HOURS', 12) * 3600);
  if (maxSeconds < idleSeconds) throw new Error('ADMIN_SESSION_MAX_HOURS must be at least ADMIN_SESSION_IDLE_MINUTES');
  // An access token outliving the idle window would keep an idle session usable: a third of it (10 minutes by default).
  return { idleSeconds, maxSeconds, accessSeconds: Math.floor(idleSeconds / 3) };
}

/** Failed sign-ins (password or second factor) before an account waits, and how long it waits. */
export function lockoutSettings(): { attempts: number; lockMs: number } {
  return {
    attempts: Math.round(positive('ADMIN_LOCKOUT_ATTEMPTS', 10)),
    lockMs: Math.round(positive('ADMIN_LOCKOUT_MINUTES', 15) * 60_000),
  };
}

/** The shortest admin password accepted. */
export const MIN_PASSWORD_LENGTH = 12;
