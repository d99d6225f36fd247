/** Unicode NFC: Word and some keyboards produce decomposed (NFD) Vietnamese that looks identical but compares unequal. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * NFC-normalises every string inside a JSON-like value (rich-text blocks, components), leaving other values alone.
 * Returns the same reference when nothing changed, so callers can cheaply tell whether a write needs touching.
 */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') {
    const normalized = value.normalize('NFC');
    return (normalized === value ? value : normalized) as T;
  }
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item: unknown) => {
      const normalized = normalizeDeep(item);
      if (normalized !== item) changed = true;
      return normalized;
    });
    return (changed ? next : value) as T;
  }
  if (isPlainObject(value)) {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const normalized = normalizeDeep(item);
      if (normalized !== item) changed = true;
      next[key] = normalized;
    }
    return (changed ? next : value) as T;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * The search key of a text: NFC, lower case, without tone and vowel marks, đ → d, white space collapsed.
 * Tone placement ("hoà" vs "hòa") stops mattering once the marks are gone.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}

export const MAX_SLUG_LENGTH = 96;

/** What `slugify` makes: lowercase ASCII letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug transliterated from Vietnamese: "Đỗ Hùng" → "do-hung". Cut at a word boundary so that
 * long headlines still give readable URLs.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/g, '');
}

/** Vietnamese alphabetical order (a ă â b c d đ e ê …) for names and titles. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
