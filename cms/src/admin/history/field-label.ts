import { CONTENT_TYPE_TEXTS } from '../../admin-config/content-manager-texts';
import { MESSAGES, type MessageKey } from '../messages';

/** Fields the schedule panel edits, labelled with its own texts. */
const SCHEDULE_LABELS: Record<string, MessageKey> = {
  publishAt: 'thads.schedule.publish-at',
  unpublishAt: 'thads.schedule.unpublish-at',
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * A field as the edit view names it, in the admin language ("Tiêu đề" or "Title"), not its API name: the diff of
 * versions is read by editors. The API name stays for a field the repository has no text for.
 */
export function fieldLabel(model: string, field: string, language: string): string {
  const english = language === 'en';
  const schedule = SCHEDULE_LABELS[field];
  if (schedule) return MESSAGES[english ? 'en' : 'vi'][schedule];
  const text = CONTENT_TYPE_TEXTS[model]?.fields[field];
  return text ? (english ? text.en : text.label) : field;
}

/** Whether a diff's text is a whole stored instant (`2026-12-01T10:13:00.000Z`), to be shown in Vietnam time. */
export const isInstant = (text: string): boolean => INSTANT.test(text);
