import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { errorText, useText } from '../history/i18n';
import type { MessageKey } from '../messages';

const ARTICLE = 'api::article.article';

type MissingAlt = { where: 'cover' | 'body'; fileId: number | null; name: string; url: string | null };
/** As the server decides it (`src/review/routes.ts`). */
type ReviewStatus = {
  state: 'submitted' | 'returned' | null;
  comment: string | null;
  mayPublish: boolean;
  maySubmit: boolean;
  mayReturn: boolean;
  imagesWithoutAlt: MissingAlt[];
};
type PanelProps = { model: string; documentId?: string; document?: { updatedAt?: string; documentId?: string } };

const STATE_TEXT: Record<string, MessageKey> = {
  none: 'thads.review.state.none',
  submitted: 'thads.review.state.submitted',
  returned: 'thads.review.state.returned',
};

/** A note in the panel: a box of its own, readable text (the admin's 14 px). */
const Note = ({ children, tone = 'neutral' }: { children: React.ReactNode; tone?: 'neutral' | 'warning' }) => (
  <Box
    background={tone === 'warning' ? 'warning100' : 'neutral100'}
    borderColor={tone === 'warning' ? 'warning200' : 'neutral200'}
    hasRadius
    padding={3}
    marginBottom={3}
  >
    {children}
  </Box>
);

/** One image without alternative text, named, with a field to describe it right here. */
function ImageAlt({ image, onSave }: { image: MissingAlt; onSave: (fileId: number, alt: string) => Promise<void> }) {
  const { text } = useText();
  const [alt, setAlt] = useState('');
  const id = `thads-alt-${image.fileId ?? image.name}`;
  return (
    <li style={{ marginBottom: 12 }}>
      <Typography tag="div" fontWeight="semiBold">
        {text(image.where === 'cover' ? 'thads.review.alt.cover' : 'thads.review.alt.body', { name: image.name })}
      </Typography>
      {image.url && (
        <img src={image.url} alt="" style={{ maxWidth: '100%', maxHeight: 96, display: 'block', margin: '4px 0' }} />
      )}
      {image.fileId !== null && (
        <Field.Root id={id}>
          <Field.Label>{text('thads.review.alt.label')}</Field.Label>
          <TextInput value={alt} maxLength={500} onChange={(event) => setAlt(event.target.value)} />
          <Button
            size="S"
            variant="secondary"
            marginTop={1}
            disabled={alt.trim() === ''}
            onClick={() => void onSave(image.fileId!, alt)}
          >
            {text('thads.review.alt.save')}
          </Button>
        </Field.Root>
      )}
    </li>
  );
}

function Review({ documentId, updatedAt }: { documentId: string; updatedAt?: string }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { text } = useText();
  const modified = useForm('ReviewPanel', (form) => form.modified);
  const [status, setStatus] = useState<ReviewStatus | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const fail = useCallback(
    (error: unknown) => toggleNotification({ type: 'danger', message: errorText(error) }),
    [toggleNotification],
  );

  useEffect(() => {
    get<{ data: ReviewStatus }>(`/thads-review/articles/${documentId}`)
      .then(({ data }) => setStatus(data.data))
      .catch(fail);
  }, [get, documentId, updatedAt, fail]);

  const send = async (path: string, body: object, done: MessageKey) => {
    setBusy(true);
    try {
      const { data } = await post<{ data: ReviewStatus }>(`/thads-review/articles/${documentId}/${path}`, body);
      setStatus(data.data);
      setComment('');
      toggleNotification({ type: 'success', message: text(done) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  if (!status) return <Typography tag="p">{text('thads.history.loading')}</Typography>;
  const missing = status.imagesWithoutAlt;
  return (
    <Box width="100%" data-thads-panel>
      {/* Next to the disabled "Xuất bản" above: why it is off, and what to do instead. */}
      {!status.mayPublish && (
        <Note>
          <Typography>{text('thads.review.why-no-publish')}</Typography>
        </Note>
      )}
      <Typography tag="p" role="status" marginBottom={3}>
        {text(STATE_TEXT[status.state ?? 'none'] ?? 'thads.review.state.none')}
      </Typography>
      {status.state === 'returned' && status.comment && (
        <Note>
          <Typography tag="div" fontWeight="bold">
            {text('thads.review.comment')}
          </Typography>
          <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
            {status.comment}
          </Typography>
        </Note>
      )}
      {missing.length > 0 && (
        <Note tone="warning">
          <Typography tag="h3" fontWeight="bold" id="thads-alt-title">
            {text('thads.review.alt.title', { count: missing.length })}
          </Typography>
          <ul aria-labelledby="thads-alt-title" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
            {missing.map((image) => (
              <ImageAlt
                key={`${image.where}-${image.fileId ?? image.name}`}
                image={image}
                onSave={(fileId, alt) => send(`images/${fileId}/alt`, { alt }, 'thads.review.alt.saved')}
              />
            ))}
          </ul>
        </Note>
      )}
      {status.maySubmit && (
        <Box marginBottom={3}>
          <Button disabled={busy || modified} onClick={() => void send('submit', {}, 'thads.review.submitted')}>
            {text('thads.review.submit')}
          </Button>
          {modified && (
            <Typography tag="p" variant="pi" marginTop={1}>
              {text('thads.review.save-first')}
            </Typography>
          )}
        </Box>
      )}
      {status.mayReturn && (
        // Not a <form>: the panel sits inside the edit view's form, whose submit would save the document.
        <Box>
          <Typography tag="p" marginBottom={2}>
            {text('thads.review.editor-hint')}
          </Typography>
          <Field.Root id="thads-review-comment" required>
            <Field.Label>{text('thads.review.return-comment')}</Field.Label>
            <Textarea maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />
          </Field.Root>
          <Flex marginTop={2}>
            <Button
              variant="secondary"
              disabled={busy || comment.trim() === ''}
              onClick={() => void send('return', { comment }, 'thads.review.returned')}
            >
              {text('thads.review.return')}
            </Button>
          </Flex>
        </Box>
      )}
    </Box>
  );
}

/** The edit view's "Duyệt bài" side panel: submit for review, send back with a comment, and why publishing is off. */
export function ReviewPanel({ model, documentId, document }: PanelProps) {
  const { text } = useText();
  const id = documentId ?? document?.documentId;
  if (model !== ARTICLE || !id) return null;
  return { title: text('thads.review.title'), content: <Review documentId={id} updatedAt={document?.updatedAt} /> };
}
