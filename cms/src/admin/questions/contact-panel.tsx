import { useCallback, useEffect, useState } from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText, useText } from '../history/i18n';
import { isMessageKey } from '../messages';
import { buttonStyle } from '../styles';

const QUESTION = 'api::question.question';

/** As `src/questions/admin-routes.ts` answers it. */
type Contact = {
  name: string | null;
  email: string | null;
  phone: string | null;
  eraseAfter: string | null;
  erasedAt: string | null;
  notifyState: string;
} | null;
type PanelProps = { model: string; documentId?: string; document?: { documentId?: string } };

function ContactDetails({ documentId }: { documentId: string }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { text, when } = useText();
  const [contact, setContact] = useState<Contact | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    get<{ data: Contact }>(`/thads-questions/${documentId}/contact`)
      .then(({ data }) => setContact(data.data))
      .catch((error: unknown) => setProblem(errorText(error)));
  }, [get, documentId]);
  useEffect(load, [load]);

  const erase = async () => {
    if (!window.confirm(text('thads.questions.contact.confirm-erase'))) return;
    setBusy(true);
    try {
      await post(`/thads-questions/${documentId}/erase-contact`, {});
      toggleNotification({ type: 'success', message: text('thads.questions.contact.erased-now') });
      load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  if (problem) return <p style={{ fontSize: 12 }}>{problem}</p>;
  if (contact === undefined) return <p>{text('thads.history.loading')}</p>;
  if (contact === null) return <p>{text('thads.questions.contact.none')}</p>;
  if (contact.erasedAt) return <p>{text('thads.questions.contact.erased', { time: when(contact.erasedAt) })}</p>;
  const notice = `thads.questions.notice.${contact.notifyState}`;
  return (
    <div style={{ width: '100%' }}>
      <p style={{ fontSize: 12 }}>{text('thads.questions.contact.private')}</p>
      <dl style={{ margin: 0 }}>
        {(
          [
            ['thads.questions.contact.name', contact.name],
            ['thads.questions.contact.email', contact.email],
            ['thads.questions.contact.phone', contact.phone],
          ] as const
        ).map(([label, value]) =>
          value ? (
            <div key={label}>
              <dt style={{ fontWeight: 600 }}>{text(label)}</dt>
              <dd style={{ margin: '0 0 4px', overflowWrap: 'anywhere' }}>{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {isMessageKey(notice) && (
        <p style={{ fontSize: 12 }}>{text('thads.questions.contact.notice', { state: text(notice) })}</p>
      )}
      {contact.eraseAfter && (
        <p style={{ fontSize: 12 }}>
          {text('thads.questions.contact.erase-after', { time: when(contact.eraseAfter) })}
        </p>
      )}
      <button type="button" style={buttonStyle(busy)} disabled={busy} onClick={() => void erase()}>
        {text('thads.questions.contact.erase')}
      </button>
    </div>
  );
}

/** The edit view's "Người hỏi" side panel of a citizen's question: its contact details (Editors), and their erasure. */
export function ContactPanel({ model, documentId, document }: PanelProps) {
  const { text } = useText();
  const id = documentId ?? document?.documentId;
  if (model !== QUESTION || !id) return null;
  return { title: text('thads.questions.contact.title'), content: <ContactDetails documentId={id} /> };
}
