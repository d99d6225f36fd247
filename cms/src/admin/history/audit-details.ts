import { formatVietnamDateTime } from '@thads/vietnamese';
import { isMessageKey, type MessageKey } from '../messages';

/**
 * An audit entry as people read it, on the audit page and in its CSV alike (`src/history/audit.ts`): the same words,
 * the same Vietnam times. Pure functions: the server imports them too.
 */

/** One recorded detail of an audit entry, as the editor reads it: a label (a catalogue key, or the raw name) and text. */
export type DetailLine = { label: { key: MessageKey } | { raw: string }; value: string };

/** An audit entry as the server sends it (`AuditRow`). */
export type AuditEntryView = {
  id: number;
  action: string;
  userId?: number | null;
  userName: string | null;
  targetUid: string | null;
  targetDocumentId: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
};

/** Shown as the entry's subject ("Đối tượng") already. */
const SUBJECT_KEYS = new Set(['title', 'name']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const asText = (value: unknown): string =>
  typeof value === 'string'
    ? INSTANT.test(value)
      ? formatVietnamDateTime(value)
      : value
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/**
 * The details of an audit entry as labelled lines instead of raw JSON: known names labelled from the catalogue
 * (`thads.audit.detail.<name>`), unknown ones kept under their own name so nothing recorded is hidden; instants in
 * Vietnam time (dd/MM/yyyy HH:mm); empty values and the subject's title or name left out.
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

const pad = (value: number) => String(value).padStart(2, '0');

/** When an entry was made: dd/MM/yyyy HH:mm:ss in Vietnam time, whatever the reader's zone. */
export function auditTime(iso: string): string {
  const seconds = pad(new Date(new Date(iso).getTime() + 7 * 3_600_000).getUTCSeconds());
  return `${formatVietnamDateTime(iso)}:${seconds}`;
}

type Say = (key: MessageKey) => string;

/** The words for an action code (`publish` → "Xuất bản"), or the code when the catalogue has none. */
export const actionName = (action: string, say: Say): string => {
  const key = `thads.action.${action}`;
  return isMessageKey(key) ? say(key) : action;
};

/** The words for a type (`api::article.article` → "Bài viết"), or its id. */
export const typeName = (uid: string, say: Say): string => {
  const key = `thads.type.${uid}`;
  return isMessageKey(key) ? say(key) : uid;
};

/** What an entry is about, as an editor names it: its title or name, not its API id. */
export const subjectName = (entry: Pick<AuditEntryView, 'details' | 'targetDocumentId'>): string | null => {
  const named = entry.details?.title ?? entry.details?.name;
  return typeof named === 'string' && named !== '' ? named : entry.targetDocumentId;
};

/** An entry's details on one line ("Lý do: …; Khoá đến: …"). */
export const detailText = (details: Record<string, unknown> | null, say: Say): string =>
  detailLines(details)
    .map(({ label, value }) => `${'key' in label ? say(label.key) : label.raw}: ${value}`)
    .join('; ');
