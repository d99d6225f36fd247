/**
 * JSON with object keys sorted: PostgreSQL's jsonb hands back keys in its own order, so values read back compare by
 * content, not by spelling.
 */
export function canonical(value: unknown): string {
  const sorted = (item: unknown): unknown =>
    Array.isArray(item)
      ? item.map(sorted)
      : item && typeof item === 'object' && !(item instanceof Date)
        ? Object.fromEntries(
            Object.keys(item)
              .sort()
              .map((key) => [key, sorted((item as Record<string, unknown>)[key])]),
          )
        : item;
  return JSON.stringify(sorted(value ?? null));
}

/** A readable comparison of two versions, field by field, computed on the server so every client shows the same. */

export type DiffPart = { type: 'same' | 'added' | 'removed'; text: string };
export type FieldChange = { field: string; parts: DiffPart[] };

type Block = { type?: string; text?: string; children?: Block[] };

/** Rich text (Strapi blocks) as plain text: one line per block, for a diff a person can read. */
export function blocksToText(blocks: unknown): string {
  const textOf = (node: Block): string => node.text ?? (node.children ?? []).map(textOf).join('');
  return Array.isArray(blocks) ? (blocks as Block[]).map(textOf).join('\n') : '';
}

/** How a field's value reads in a diff: text as is, relations and media by name, other values as JSON. */
function readable(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.some((item: Block) => item && typeof item === 'object' && 'children' in item))
    return blocksToText(value);
  const named = (item: unknown) =>
    item && typeof item === 'object' && 'name' in item
      ? String((item as { name: unknown }).name)
      : JSON.stringify(item);
  if (Array.isArray(value)) return value.map(named).join(', ');
  if (typeof value === 'object' && 'name' in value) return named(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Above this many token pairs, compare line by line rather than word by word (bounded time and memory). */
const WORD_DIFF_LIMIT = 4_000_000;

function tokens(text: string, byLine: boolean): string[] {
  return byLine ? text.split(/(?<=\n)/u) : text.split(/(\s+)/u).filter((token) => token !== '');
}

/** A longest-common-subsequence diff of two texts, as runs of same, removed and added text. */
export function diffText(before: string, after: string): DiffPart[] {
  let a = tokens(before, false);
  let b = tokens(after, false);
  if (a.length * b.length > WORD_DIFF_LIMIT) {
    a = tokens(before, true);
    b = tokens(after, true);
  }
  // lengths[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (type: DiffPart['type'], text: string) => {
    const last = parts.at(-1);
    if (last?.type === type) last.text += text;
    else parts.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) push('added', b[j++]!);
    else push('removed', a[i++]!);
  }
  return parts;
}

/** The fields that differ between two versions' data, each with its readable diff (from `before` to `after`). */
export function compareVersions(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => canonical(before[field]) !== canonical(after[field]))
    .map((field) => ({ field, parts: diffText(readable(before[field]), readable(after[field])) }));
}
