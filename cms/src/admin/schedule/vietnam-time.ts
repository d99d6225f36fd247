/**
 * Schedule times as editors write them: `dd/MM/yyyy HH:mm` in Vietnam time (UTC+7 all year, no daylight saving
 * time), whatever the browser's time zone and language. Pure functions, shared by the edit view's schedule panel
 * and its unit tests.
 */
const OFFSET_MS = 7 * 3_600_000;
const PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) +(\d{1,2}):(\d{2})$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** The instant `text` names in Vietnam time, or null when it is not a real `dd/MM/yyyy HH:mm` date and time. */
export function parseVietnamTime(text: string): Date | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [day, month, year, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return null;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // 31/02 would roll over to March: a date that does not exist is refused, not moved.
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) return null;
  return new Date(local.getTime() - OFFSET_MS);
}

/** `dd/MM/yyyy HH:mm` in Vietnam time. */
export function formatVietnamTime(instant: Date | string): string {
  const local = new Date(new Date(instant).getTime() + OFFSET_MS);
  return (
    `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
  );
}

export type ScheduleField = 'publishAt' | 'unpublishAt';
export type Schedule = Record<ScheduleField, string | null>;
export type ScheduleProblem = { field: ScheduleField; reason: 'invalid' | 'past' | 'before-publish' };

/** Whether two ISO times (or two empty ones) name the same instant. */
export const sameInstant = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && new Date(a).getTime() === new Date(b).getTime());

/**
 * The schedule the editor typed (empty text: no time), checked against `now` and the schedule already saved: each
 * time must be a real date, a newly entered time must not be in the past, and unpublishing comes after publishing
 * (or after now, when nothing is to be published).
 */
export function readSchedule(
  text: Record<ScheduleField, string>,
  saved: Schedule,
  now: Date,
): { schedule: Schedule; problems: [] } | { schedule: null; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  const schedule: Schedule = { publishAt: null, unpublishAt: null };
  for (const field of ['publishAt', 'unpublishAt'] as const) {
    if (text[field].trim() === '') continue;
    const instant = parseVietnamTime(text[field]);
    if (!instant) {
      problems.push({ field, reason: 'invalid' });
      continue;
    }
    schedule[field] = instant.toISOString();
    // A saved time that has passed (a failed run, say) may stay as it is; a new one may not.
    if (instant.getTime() <= now.getTime() && !sameInstant(schedule[field], saved[field]))
      problems.push({ field, reason: 'past' });
  }
  const { publishAt, unpublishAt } = schedule;
  if (publishAt && unpublishAt && new Date(unpublishAt).getTime() <= new Date(publishAt).getTime())
    problems.push({ field: 'unpublishAt', reason: 'before-publish' });
  return problems.length > 0 ? { schedule: null, problems } : { schedule, problems: [] };
}
