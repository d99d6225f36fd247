import type { Core } from '@strapi/strapi';
import { AUDIT_EVENT, type AuditEvent } from '../history/audit';
import { nameOf } from '../history/actor';
import { formatVietnamDateTime } from '@thads/vietnamese';
import { lockoutSettings, secondFactorPolicy } from './settings';
import { countFailure, securityOf, updateSecurity } from './store';
import { factorsOf } from './factors';

export type AdminAccount = {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  isActive?: boolean;
  blocked?: boolean;
  roles?: Array<{ code: string; name?: string }>;
};

const AUTHOR = 'strapi-author';
export const SUPER_ADMIN = 'strapi-super-admin';

export async function accountByEmail(strapi: Core.Strapi, email: unknown): Promise<AdminAccount | null> {
  if (typeof email !== 'string' || email.trim() === '' || email.length > 320) return null;
  return (await strapi.db
    .query('admin::user')
    .findOne({ where: { email: { $eqi: email.trim() } }, populate: ['roles'] })) as AdminAccount | null;
}

export async function accountById(strapi: Core.Strapi, id: number): Promise<AdminAccount | null> {
  return (await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] })) as AdminAccount | null;
}

/**
 * Whether the operator's policy makes a second factor mandatory for this account: with `ADMIN_SECOND_FACTOR=required`,
 * every account that is more than an Author (Editors, Super Admins, and any role an agency makes: they may publish,
 * read the audit trail or manage accounts). An Author cannot publish; for them it stays optional.
 */
export function factorRequired(account: AdminAccount): boolean {
  if (secondFactorPolicy() !== 'required') return false;
  const roles = account.roles ?? [];
  return roles.length === 0 || roles.some((role) => role.code !== AUTHOR);
}

/** What the sign-in must ask after the password: nothing, the factor the account has, or an enrolment. */
export async function nextStep(strapi: Core.Strapi, account: AdminAccount): Promise<'none' | 'factor' | 'enrol'> {
  const factors = await factorsOf(strapi, account.id);
  if (factors.enrolled) return 'factor';
  return factorRequired(account) ? 'enrol' : 'none';
}

const audit = (strapi: Core.Strapi, event: AuditEvent) => strapi.eventHub.emit(AUDIT_EVENT, event);

/** Milliseconds the account still waits after too many failures, or 0. */
export async function lockedFor(strapi: Core.Strapi, userId: number): Promise<number> {
  const until = (await securityOf(strapi, userId))?.locked_until ?? 0;
  return Math.max(0, until - Date.now());
}

export const lockedMessage = (waitMs: number) =>
  `Tài khoản tạm khoá do đăng nhập sai nhiều lần; thử lại sau ${Math.ceil(waitMs / 60_000)} phút ` +
  `(account locked after too many failed sign-ins)`;

/**
 * One failed attempt on an account (wrong password or second factor), counted in the database so every instance
 * counts together. The attempt that reaches the limit locks the account for the set time, is recorded in the audit
 * trail, and leaves a notice for its owner's next sign-in.
 */
export async function recordFailure(strapi: Core.Strapi, account: AdminAccount, what: string): Promise<void> {
  const { attempts, lockMs } = lockoutSettings();
  const count = await countFailure(strapi, account.id);
  if (count < attempts) return;
  const until = Date.now() + lockMs;
  await updateSecurity(strapi, account.id, {
    failed_count: 0,
    locked_until: until,
    lock_notice:
      `Tài khoản của bạn đã bị khoá ${Math.round(lockMs / 60_000)} phút lúc ${formatVietnamDateTime(new Date())} ` +
      `sau ${attempts} lần đăng nhập sai. Nếu không phải bạn, hãy đổi mật khẩu và báo Quản trị cấp cao.`,
  });
  audit(strapi, {
    action: 'auth.locked',
    uid: 'admin::user',
    userName: nameOf(account),
    userId: account.id,
    details: { email: account.email, attempts, lockedUntil: new Date(until).toISOString(), lastFailure: what },
  });
}

/** A successful sign-in: the count starts again; the notice of a lock since the last one is handed over, once. */
export async function recordSuccess(strapi: Core.Strapi, userId: number): Promise<string | null> {
  const row = await securityOf(strapi, userId);
  if (row && (row.failed_count > 0 || row.lock_notice || row.locked_until))
    await updateSecurity(strapi, userId, { failed_count: 0, lock_notice: null, locked_until: null });
  return row?.lock_notice ?? null;
}
