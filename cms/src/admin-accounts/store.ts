import type { Core } from '@strapi/strapi';

/**
 * What the project keeps about each admin account besides Strapi's own row: failed sign-ins and the lock they lead
 * to, the TOTP secret (encrypted with ENCRYPTION_KEY), the hashes of the recovery codes, the pending WebAuthn
 * challenge, and the account's passkeys. In the database, so every instance sees the same lock and the same factors.
 */
export const SECURITY_TABLE = 'thads_admin_security';
export const PASSKEY_TABLE = 'thads_admin_passkeys';

export type SecurityRow = {
  user_id: number;
  failed_count: number;
  locked_until: number | null;
  lock_notice: string | null;
  totp_secret: string | null;
  totp_pending: string | null;
  totp_enabled_at: number | null;
  recovery_codes: string | null;
  challenge: string | null;
  challenge_expires: number | null;
};

export type PasskeyRow = {
  user_id: number;
  credential_id: string;
  public_key: string;
  counter: number;
  transports: string | null;
  name: string;
  created_at: number;
};

type Knex = Core.Strapi['db']['connection'];

/** Creates the tables (at start, outside any transaction), as the edit memory's is made; SQL both databases read. */
export async function prepareAccountTables(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE TABLE IF NOT EXISTS ${SECURITY_TABLE} (user_id integer PRIMARY KEY, failed_count integer NOT NULL DEFAULT 0, ` +
      'locked_until bigint, lock_notice text, totp_secret text, totp_pending text, totp_enabled_at bigint, ' +
      'recovery_codes text, challenge text, challenge_expires bigint)',
  );
  await strapi.db.connection.raw(
    `CREATE TABLE IF NOT EXISTS ${PASSKEY_TABLE} (credential_id varchar(1024) PRIMARY KEY, user_id integer NOT NULL, ` +
      'public_key text NOT NULL, counter bigint NOT NULL DEFAULT 0, transports text, name varchar(200) NOT NULL, ' +
      'created_at bigint NOT NULL)',
  );
}

const db = (strapi: Core.Strapi): Knex => strapi.db.connection;

/** The bigint columns come back as strings from PostgreSQL. */
const numeric = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function normalise(row: Record<string, unknown> | undefined): SecurityRow | null {
  if (!row) return null;
  return {
    ...(row as SecurityRow),
    user_id: Number(row.user_id),
    failed_count: Number(row.failed_count),
    locked_until: numeric(row.locked_until),
    totp_enabled_at: numeric(row.totp_enabled_at),
    challenge_expires: numeric(row.challenge_expires),
  };
}

export async function securityOf(strapi: Core.Strapi, userId: number): Promise<SecurityRow | null> {
  return normalise(await db(strapi)(SECURITY_TABLE).where({ user_id: userId }).first());
}

/** Sets columns of an account's row, creating it if needed. */
export async function updateSecurity(
  strapi: Core.Strapi,
  userId: number,
  values: Partial<Omit<SecurityRow, 'user_id'>>,
): Promise<void> {
  await db(strapi)(SECURITY_TABLE)
    .insert({ user_id: userId, failed_count: 0, ...values })
    .onConflict('user_id')
    .merge(values);
}

/** Adds one failed attempt, atomically (two instances failing at once count two): the count now. */
export async function countFailure(strapi: Core.Strapi, userId: number): Promise<number> {
  await db(strapi)(SECURITY_TABLE).insert({ user_id: userId, failed_count: 0 }).onConflict('user_id').ignore();
  await db(strapi)(SECURITY_TABLE).where({ user_id: userId }).increment('failed_count', 1);
  return (await securityOf(strapi, userId))?.failed_count ?? 1;
}

export async function passkeysOf(strapi: Core.Strapi, userId: number): Promise<PasskeyRow[]> {
  const rows = (await db(strapi)(PASSKEY_TABLE).where({ user_id: userId }).orderBy('created_at')) as Array<
    Record<string, unknown>
  >;
  return rows.map((row) => ({
    ...(row as PasskeyRow),
    user_id: Number(row.user_id),
    counter: Number(row.counter),
    created_at: Number(row.created_at),
  }));
}

export async function addPasskey(strapi: Core.Strapi, passkey: PasskeyRow): Promise<void> {
  await db(strapi)(PASSKEY_TABLE).insert(passkey);
}

export async function updatePasskeyCounter(strapi: Core.Strapi, credentialId: string, counter: number): Promise<void> {
  await db(strapi)(PASSKEY_TABLE).where({ credential_id: credentialId }).update({ counter });
}

export async function deletePasskey(strapi: Core.Strapi, userId: number, credentialId: string): Promise<number> {
  return db(strapi)(PASSKEY_TABLE).where({ user_id: userId, credential_id: credentialId }).delete();
}

/** Forgets every second factor of an account (a Super Admin's reset): TOTP, recovery codes and passkeys. */
export async function forgetFactors(strapi: Core.Strapi, userId: number): Promise<void> {
  await updateSecurity(strapi, userId, {
    totp_secret: null,
    totp_pending: null,
    totp_enabled_at: null,
    recovery_codes: null,
    challenge: null,
    challenge_expires: null,
  });
  await db(strapi)(PASSKEY_TABLE).where({ user_id: userId }).delete();
}
