import { parseIsoDay, SLUG_PATTERN, vietnamDayRange } from '@thads/vietnamese';

/** Thrown for a query parameter a client got wrong; controllers answer it with a 400 and this message. */
export class InvalidParameter extends Error {}

/** One string value of a query parameter (a repeated or nested one is an error, not a crash). */
export function stringParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string')
    throw new InvalidParameter(`Tham số "${name}" phải là một giá trị đơn (${name} must be a single value)`);
  return value;
}

/**
 * A whole number within limits. Non-numbers are an error; out-of-range values are clamped (page sizes) or, with
 * `outOfRange: 'reject'`, an error too (a year or month that does not exist).
 */
export function integerParam(
  query: Record<string, unknown>,
  name: string,
  {
    min,
    max,
    fallback,
    outOfRange = 'clamp',
  }: { min: number; max: number; fallback: number; outOfRange?: 'clamp' | 'reject' },
): number {
  const value = stringParam(query, name);
  if (value === undefined) return fallback;
  if (!/^-?\d{1,20}$/.test(value.trim()))
    throw new InvalidParameter(`Tham số "${name}" phải là số nguyên (${name} must be a whole number)`);
  const number = Number(value);
  if (outOfRange === 'reject' && (number < min || number > max)) {
    throw new InvalidParameter(`Tham số "${name}" phải từ ${min} đến ${max} (${name} out of range)`);
  }
  return Math.min(max, Math.max(min, number));
}

export function slugParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = stringParam(query, name);
  if (value !== undefined && (value.length > 120 || !SLUG_PATTERN.test(value))) {
    throw new InvalidParameter(
      `Tham số "${name}" phải là một slug, ví dụ "thi-dua-khen-thuong" (${name} must be a slug)`,
    );
  }
  return value;
}

/** A Vietnam calendar day; `edge` picks the instant that opens it or the one that closes it. */
export function dayParam(query: Record<string, unknown>, name: string, edge: 'start' | 'end'): string | undefined {
  const value = stringParam(query, name);
  if (value === undefined) return undefined;
  if (!parseIsoDay(value))
    throw new InvalidParameter(`Tham số "${name}" phải là một ngày dạng yyyy-mm-dd (${name} must be a date)`);
  return vietnamDayRange(value)[edge];
}
