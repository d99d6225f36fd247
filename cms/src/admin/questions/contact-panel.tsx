import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { ConfirmAction } from '../confirm-dialog';
import { errorText, useText } from '../history/i18n';
import { isMessageKey } from '../messages';

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
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(() => {
    get<{ data: Contact }>(`/thads-questions/${documentId}/contact`)
      .then(({ data }) => setContact(data.data))
      .catch((error: unknown) => setProblem(errorText(error)));
  }, [get, documentId]);
  useEffect(load, [load]);

  const erase = async () => {
    setConfirming(false);
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

  if (problem) return <Typography tag="p">{problem}</Typography>;
  if (contact === undefined) return <Typography tag="p">{text('thads.history.loading')}</Typography>;
  if (contact === null) return <Typography tag="p">{text('thads.questions.contact.none')}</Typography>;
  if (contact.erasedAt)
    return <Typography tag="p">{text('thads.questions.contact.erased', { time: when(contact.erasedAt) })}</Typography>;
  const notice = `thads.questions.notice.${contact.notifyState}`;
  return (
    <Box width="100%">
      <Typography tag="p" textColor="neutral800">
        {text('thads.questions.contact.private')}
      </Typography>
      <dl style={{ margin: '8px 0' }}>
        {(
          [
            ['thads.questions.contact.name', contact.name],
            ['thads.questions.contact.email', contact.email],
            ['thads.questions.contact.phone', contact.phone],
          ] as const
        ).map(([label, value]) =>
          value ? (
            <div key={label}>
              <Typography tag="dt" fontWeight="semiBold">
                {text(label)}
              </Typography>
              <Typography tag="dd" style={{ margin: '0 0 4px', overflowWrap: 'anywhere' }}>
                {value}
              </Typography>
            </div>
          ) : null,
        )}
      </dl>
      {isMessageKey(notice) && (
        <Typography tag="p" textColor="neutral800">
          {text('thads.questions.contact.notice', { state: text(notice) })}
        </Typography>
      )}
      {contact.eraseAfter && (
        <Typography tag="p" textColor="neutral800">
          {text('thads.questions.contact.erase-after', { time: when(contact.eraseAfter) })}
        </Typography>
      )}
      <Button variant="danger-light" marginTop={2} disabled={busy} onClick={() => setConfirming(true)}>
        {text('thads.questions.contact.erase')}
      </Button>
      <ConfirmAction
        open={confirming}
        onClose={() => setConfirming(false)}
        title={text('thads.questions.contact.erase')}
        message={text('thads.questions.contact.confirm-erase')}
        action={text('thads.questions.contact.erase')}
        danger
        onConfirm={() => void erase()}
      />
    </Box>
  );
}

/** The edit view's "Người hỏi" side panel of a citizen's question: its contact details (Editors), and their erasure. */
export function ContactPanel({ model, documentId, document }: PanelProps) {
  const { text } = useText();
  const id = documentId ?? document?.documentId;
  if (model !== QUESTION || !id) return null;
  return { title: text('thads.questions.contact.title'), content: <ContactDetails documentId={id} /> };
}
