import { useCallback, useEffect, useState } from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { buttonStyle } from '../styles';
import { DiffView, type FieldChange } from './diff-view';
import { errorText, useText } from './i18n';

/** The types with a version history (as on the server, src/history/snapshot.ts). */
const VERSIONED = new Set([
  'api::article.article',
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
  'api::agency.agency',
  'api::unit.unit',
]);

type Version = { id: number; action: string; status: string; userName: string | null; createdAt: string };
type PanelProps = { model: string; documentId?: string; document?: { updatedAt?: string; documentId?: string } };

function VersionHistory({ model, documentId, updatedAt }: { model: string; documentId: string; updatedAt?: string }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { text, when, actionLabel } = useText();
  const [versions, setVersions] = useState<Version[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [against, setAgainst] = useState<string>('current');
  const [changes, setChanges] = useState<FieldChange[] | null>(null);
  const fail = useCallback(
    (error: unknown) => toggleNotification({ type: 'danger', message: errorText(error) }),
    [toggleNotification],
  );

  useEffect(() => {
    get<{ data: Version[] }>(`/thads-history/versions?uid=${model}&documentId=${documentId}`)
      .then(({ data }) => setVersions(data.data))
      .catch(fail);
  }, [get, model, documentId, updatedAt, fail]);

  useEffect(() => {
    if (open === null) return;
    setChanges(null);
    get<{ data: { changes: FieldChange[] } }>(`/thads-history/versions/${open}/compare?with=${against}`)
      .then(({ data }) => setChanges(data.data.changes))
      .catch(fail);
  }, [get, open, against, fail]);

  const restore = async (id: number) => {
    if (!window.confirm(text('thads.history.confirm-restore'))) return;
    try {
      await post(`/thads-history/versions/${id}/restore`);
      toggleNotification({
        type: 'success',
        message: text('thads.history.restored'),
      });
      // The edit view's form holds the old values: load the restored draft into it.
      window.location.reload();
    } catch (error) {
      fail(error);
    }
  };

  if (versions.length === 0) return <p>{text('thads.history.empty')}</p>;
  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0, width: '100%' }} aria-label={text('thads.history.title')}>
      {versions.map((version) => (
        <li key={version.id} style={{ borderTop: '1px solid #dcdce4', padding: '6px 0' }}>
          <div>
            <strong>{actionLabel(version.action)}</strong> · {when(version.createdAt)}
          </div>
          <div>{version.userName}</div>
          <div style={{ marginTop: 4 }}>
            <button
              type="button"
              style={buttonStyle()}
              onClick={() => setOpen(open === version.id ? null : version.id)}
            >
              {open === version.id ? text('thads.history.close') : text('thads.history.show')}
            </button>
            <button type="button" style={buttonStyle()} onClick={() => void restore(version.id)}>
              {text('thads.history.restore')}
            </button>
          </div>
          {open === version.id && (
            <div style={{ marginTop: 6 }}>
              <label>
                {text('thads.history.compare-with')}
                {/* Within the side panel: the options (action · time) are wider than it. */}
                <select
                  value={against}
                  onChange={(event) => setAgainst(event.target.value)}
                  style={{ display: 'block', width: '100%', maxWidth: '100%' }}
                >
                  <option value="current">{text('thads.history.current-draft')}</option>
                  {versions
                    .filter((other) => other.id !== version.id)
                    .map((other) => (
                      <option key={other.id} value={String(other.id)}>
                        {actionLabel(other.action)} · {when(other.createdAt)}
                      </option>
                    ))}
                </select>
              </label>
              <p style={{ fontSize: 12 }}>{text('thads.history.legend')}</p>
              {changes ? <DiffView model={model} changes={changes} /> : <p>{text('thads.history.loading')}</p>}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The edit view's "Lịch sử phiên bản" side panel (content manager API), for saved documents of versioned types. */
export function VersionPanel({ model, documentId, document }: PanelProps) {
  const { text } = useText();
  const id = documentId ?? document?.documentId;
  if (!VERSIONED.has(model) || !id) return null;
  return {
    title: text('thads.history.title'),
    content: <VersionHistory model={model} documentId={id} updatedAt={document?.updatedAt} />,
  };
}
