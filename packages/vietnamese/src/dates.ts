/** Vietnam has one time zone and no daylight saving time: always UTC+07:00. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_UTC_OFFSET = '+07:00';

const dayFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const dayTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const isoDayParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function toDate(value: Date | string | number): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${String(value)}`);
  return date;
}

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** "16/03/2021": the day in Vietnam time, as readers of the portal expect it. */
export function formatVietnamDate(value: Date | string | number): string {
  const { day, month, year } = partsOf(dayFormat, toDate(value));
  return `${day}/${month}/${year}`;
}

/** "16/03/2021 08:30" in Vietnam time. */
export function formatVietnamDateTime(value: Date | string | number): string {
  const { day, month, year, hour, minute } = partsOf(dayTimeFormat, toDate(value));
  return `${day}/${month}/${year} ${hour === '24' ? '00' : hour}:${minute}`;
}

/** "2021-03-16": the Vietnam calendar day an instant falls on (00:30 in Hà Nội is still that day, not the one before in UTC). */
export function vietnamDay(value: Date | string | number): string {
  const { year, month, day } = partsOf(isoDayParts, toDate(value));
  return `${year}-${month}-${day}`;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE_DAY_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Checks that y-m-d is a real calendar day (no 31/02). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Parses "2021-03-16" into its parts, or null when it is not a real day. */
export function parseIsoDay(text: string): { year: number; month: number; day: number } | null {
  const match = DAY_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(year, month, day) ? { year, month, day } : null;
}

/** The instants that open and close a Vietnam calendar day, for range queries: [start, end). */
export function vietnamDayRange(isoDay: string): { start: string; end: string } {
  const parts = parseIsoDay(isoDay);
  if (!parts) throw new RangeError(`Not a valid day (yyyy-mm-dd): ${isoDay}`);
  const start = new Date(`${isoDay}T00:00:00${VIETNAM_UTC_OFFSET}`);
  const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
  return { start: start.toISOString(), end: end.toISOString() };
}

/** "16/03/2021" (as printed on the agency's pages) → "2021-03-16", or null when it is not a real day. */
export function vietnameseDayToIso(text: string): string | null {
  const match = VIETNAMESE_DAY_PATTERN.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isCalendarDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An instant at a given Vietnam wall-clock time, as an ISO string in UTC. */
export function vietnamInstant(isoDay: string, time = '00:00'): string {
  if (!parseIsoDay(isoDay)) throw new RangeError(`Not a valid day (yyyy-mm-dd): ${isoDay}`);
  if (!/^\d{2}:\d{2}(:\d{2})?$/.test(time)) throw new RangeError(`Not a valid time (HH:mm): ${time}`);
  return new Date(`${isoDay}T${time.length === 5 ? `${time}:00` : time}${VIETNAM_UTC_OFFSET}`).toISOString();
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (value: number) => String(value).padStart(2, '0');

/** The wall-clock fields of an instant in Vietnam time (UTC+7, no daylight saving). */
function vietnamFields(value: Date | string | number) {
  const shifted = new Date(toDate(value).getTime() + 7 * 60 * 60 * 1000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    time: `${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}:${two(shifted.getUTCSeconds())}`,
  };
}

/** "Tue, 16 Mar 2021 00:00:00 +0700": RFC 822 (RSS pubDate) in Vietnam time. */
export function formatRfc822Vietnam(value: Date | string | number): string {
  const { year, month, day, weekday, time } = vietnamFields(value);
  return `${DAYS[weekday]}, ${two(day)} ${MONTHS[month]} ${year} ${time} +0700`;
}

/** "2021-03-16T00:00:00+07:00": ISO 8601 with the Vietnam offset (Atom, JSON-LD, Dublin Core). */
export function toVietnamIso(value: Date | string | number): string {
  const { year, month, day, time } = vietnamFields(value);
  return `${year}-${two(month + 1)}-${two(day)}T${time}${VIETNAM_UTC_OFFSET}`;
}
