import { createRequire } from 'node:module';
import { fold } from '@thads/vietnamese';
import { MIN_PASSWORD_LENGTH } from './settings';

const load = createRequire(__filename);

let common: Set<string> | null = null;

/**
 * The list of common and breached passwords shipped with the project: the 30,000 most frequent passwords of the
 * leaked sets zxcvbn was built from (`zxcvbn/lib/frequency_lists.js`, MIT), lower case. Loaded on first use.
 */
export function commonPasswords(): Set<string> {
  common ??= new Set((load('zxcvbn/lib/frequency_lists.js') as { passwords: string[] }).passwords);
  return common;
}

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '8': 'b',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

/**
 * The forms of a password that a list look-up must try: as typed (lower case), without the digits and signs people
 * add before or after a common word ("Password2026!" → "password"), and with look-alike digits read as letters
 * ("P@ssw0rd" → "password").
 */
export function candidateForms(password: string): string[] {
  const lower = password.normalize('NFC').toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const unleet = (text: string) => [...text].map((char) => LEET[char] ?? char).join('');
  return [...new Set([lower, core, unleet(lower), unleet(lower).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')])].filter(
    (form) => form !== '',
  );
}

export type AccountNames = {
  email?: string | null;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
};

/** The parts of an account's name and email a password may not contain (three letters or more each). */
function personalWords({ email, firstname, lastname, username }: AccountNames): string[] {
  const local = email?.split('@')[0] ?? '';
  const words = [email ?? '', local, ...local.split(/[^\p{L}\p{N}]+/u), firstname ?? '', lastname ?? '', username ?? '']
    .flatMap((value) => [value, ...value.split(/\s+/u)])
    .map((value) => fold(value.trim()))
    .filter((value) => value.length >= 3);
  return [...new Set(words)];
}

/**
 * Why this password may not be an admin's (in Vietnamese, with the English in brackets), or null when it may: at least
 * 12 characters, not a common or breached password in any of its usual disguises, not containing the account's name
 * or email.
 */
export function passwordProblem(password: unknown, account: AccountNames): string | null {
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự (password must be at least ${MIN_PASSWORD_LENGTH} characters)`;
  const list = commonPasswords();
  if (candidateForms(password).some((form) => list.has(form)))
    return 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ: hãy chọn mật khẩu khác (password is too common)';
  const folded = fold(password);
  const personal = personalWords(account).find((word) => folded.includes(word));
  if (personal)
    return 'Mật khẩu không được chứa tên hoặc email của tài khoản (password must not contain the account name or email)';
  return null;
}
