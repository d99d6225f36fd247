import { isMessageKey, type MessageKey } from '../messages';

/** One recorded detail of an audit entry, as the editor reads it: a label (a catalogue key, or the raw name) and text. */
export type DetailLine = { label: { key: MessageKey } | { raw: string }; value: string };

/** Shown as the entry's subject ("Đối tượng") already. */
const SUBJECT_KEYS = new Set(['title', 'name']);

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * The details of an audit entry as labelled lines instead of raw JSON: known names labelled from the catalogue
 * (`thads.audit.detail.<name>`), unknown ones kept under their own name so nothing recorded is hidden; empty values
 * and the subject's title or name left out.
 */
export function detailLines(details: Record<string, unknown> | null): DetailLine[] {
  if (!details) return [];
  return Object.entries(details)
    .filter(([name, value]) => !SUBJECT_KEYS.has(name) && value !== null && value !== undefined && value !== '')
    .map(([name, value]) => {
      const key = `thads.audit.detail.${name}`;
      return { label: isMessageKey(key) ? { key } : { raw: name }, value: asText(value) };
    });
}
