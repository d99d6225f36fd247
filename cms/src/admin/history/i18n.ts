import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { formatVietnamDateTime } from '@thads/vietnamese';
import { MESSAGES, type MessageKey } from '../messages';
import { actionName } from './audit-details';

/**
 * The project's texts in the admin language the editor chose (`useIntl`); times as everywhere in the admin's pages of
 * the project, dd/MM/yyyy HH:mm in Vietnam time, whatever the browser's zone and language.
 */
export function useText() {
  const intl = useIntl();
  return useMemo(() => {
    const text = (key: MessageKey, values?: Record<string, string | number>): string =>
      intl.formatMessage({ id: key, defaultMessage: MESSAGES.en[key] }, values);
    return {
      text,
      when: (iso: string): string => formatVietnamDateTime(iso),
      actionLabel: (action: string): string => actionName(action, text),
    };
  }, [intl]);
}

/** An error answer of the admin's fetch client as a sentence for the editor. */
export function errorText(error: unknown): string {
  const answer = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return answer.response?.data?.error?.message ?? answer.message ?? String(error);
}
