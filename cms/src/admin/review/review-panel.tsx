import { useCallback, useEffect, useState } from 'react';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { errorText, useText } from '../history/i18n';
import type { MessageKey } from '../messages';
import { buttonStyle } from '../styles';

const ARTICLE = 'api::article.article';

/** As the server decides it (`src/review/routes.ts`). */
type ReviewStatus = {
  state: 'submitted' | 'returned' | null;
  comment: string | null;
  mayPublish: boolean;
  maySubmit: boolean;
  mayReturn: boolean;
};
type PanelProps = { model: string; documentId?: string; document?: { updatedAt?: string; documentId?: string } };

const STATE_TEXT: Record<string, MessageKey> = {
  none: 'thads.review.state.none',
  submitted: 'thads.review.state.submitted',
  returned: 'thads.review.state.returned',
};
const box = { border: '1px solid #dcdce4', borderRadius: 4, padding: 8, margin: '6px 0', background: '#f6f6f9' };

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

  const act = async (action: 'submit' | 'return', done: MessageKey) => {
    setBusy(true);
    try {
      const { data } = await post<{ data: ReviewStatus }>(
        `/thads-review/articles/${documentId}/${action}`,
        action === 'return' ? { comment } : {},
      );
      setStatus(data.data);
      setComment('');
      toggleNotification({ type: 'success', message: text(done) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  if (!status) return <p>{text('thads.history.loading')}</p>;
  return (
    <div style={{ width: '100%' }}>
      {/* Next to the disabled "Xuất bản" above: why it is off, and what to do instead. */}
      {!status.mayPublish && <p style={{ ...box, fontSize: 12 }}>{text('thads.review.why-no-publish')}</p>}
      <p role="status">{text(STATE_TEXT[status.state ?? 'none'] ?? 'thads.review.state.none')}</p>
      {status.state === 'returned' && status.comment && (
        <div style={box}>
          <strong>{text('thads.review.comment')}</strong>
          <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{status.comment}</p>
        </div>
      )}
      {status.maySubmit && (
        <>
          <button
            type="button"
            style={buttonStyle(busy || modified)}
            disabled={busy || modified}
            onClick={() => void act('submit', 'thads.review.submitted')}
          >
            {text('thads.review.submit')}
          </button>
          {modified && <p style={{ fontSize: 12 }}>{text('thads.review.save-first')}</p>}
        </>
      )}
      {status.mayReturn && (
        // Not a <form>: the panel sits inside the edit view's form, whose submit would save the document.
        <div>
          <p style={{ fontSize: 12 }}>{text('thads.review.editor-hint')}</p>
          <label style={{ display: 'block' }}>
            {text('thads.review.return-comment')}
            <textarea
              required
              maxLength={2000}
              rows={3}
              style={{ display: 'block', width: '100%', marginTop: 4 }}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </label>
          <button
            type="button"
            style={{ ...buttonStyle(busy || comment.trim() === ''), marginTop: 4 }}
            disabled={busy || comment.trim() === ''}
            onClick={() => void act('return', 'thads.review.returned')}
          >
            {text('thads.review.return')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The edit view's "Duyệt bài" side panel: submit for review, send back with a comment, and why publishing is off. */
export function ReviewPanel({ model, documentId, document }: PanelProps) {
  const { text } = useText();
  const id = documentId ?? document?.documentId;
  if (model !== ARTICLE || !id) return null;
  return { title: text('thads.review.title'), content: <Review documentId={id} updatedAt={document?.updatedAt} /> };
}
