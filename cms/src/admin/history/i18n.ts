import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { isMessageKey, MESSAGES, type MessageKey } from '../messages';

/** The project's texts in the admin language the editor chose (`useIntl`), dates in Vietnam time. */
export function useText() {
  const intl = useIntl();
  return useMemo(() => {
    const text = (key: MessageKey, values?: Record<string, string | number>): string =>
      intl.formatMessage({ id: key, defaultMessage: MESSAGES.en[key] }, values);
    return {
      text,
      when: (iso: string): string =>
        new Date(iso).toLocaleString(intl.locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }),
      actionLabel: (action: string): string => {
        const key = `thads.action.${action}`;
        return isMessageKey(key) ? text(key) : action;
      },
    };
  }, [intl]);
}

/** An error answer of the admin's fetch client as a sentence for the editor. */
export function errorText(error: unknown): string {
  const answer = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return answer.response?.data?.error?.message ?? answer.message ?? String(error);
}
