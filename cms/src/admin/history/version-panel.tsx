import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { ConfirmAction } from '../confirm-dialog';
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
  'api::agency-profile.agency-profile',
  'api::leader.leader',
]);

type Version = { id: number; action: string; status: string; userName: string | null; createdAt: string };
type PanelProps = { model: string; documentId?: string; document?: { updatedAt?: string; documentId?: string } };

/** The comparison of one version with the current draft or another version, in a full-width modal. */
function Comparison({
  model,
  version,
  versions,
  onClose,
}: {
  model: string;
  version: Version;
  versions: Version[];
  onClose: () => void;
}) {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { text, when, actionLabel } = useText();
  const [against, setAgainst] = useState('current');
  const [changes, setChanges] = useState<FieldChange[] | null>(null);
  const label = (item: Version) => `${actionLabel(item.action)} · ${when(item.createdAt)}`;

  useEffect(() => {
    setChanges(null);
    get<{ data: { changes: FieldChange[] } }>(`/thads-history/versions/${version.id}/compare?with=${against}`)
      .then(({ data }) => setChanges(data.data.changes))
      .catch((error: unknown) => toggleNotification({ type: 'danger', message: errorText(error) }));
  }, [get, version.id, against, toggleNotification]);

  const other = versions.find((item) => String(item.id) === against);
  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content style={{ width: 'min(1200px, 96vw)', maxWidth: '96vw' }}>
        <Modal.Header closeLabel={text('thads.history.close')}>
          <Modal.Title>{text('thads.history.comparison-title', { version: label(version) })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Box paddingBottom={4} maxWidth="480px">
            <Field.Root id="thads-compare-with">
              <Field.Label>{text('thads.history.compare-with')}</Field.Label>
              <SingleSelect value={against} onChange={(value) => setAgainst(String(value))}>
                <SingleSelectOption value="current">{text('thads.history.current-draft')}</SingleSelectOption>
                {versions
                  .filter((item) => item.id !== version.id)
                  .map((item) => (
                    <SingleSelectOption key={item.id} value={String(item.id)}>
                      {label(item)}
                    </SingleSelectOption>
                  ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          {changes ? (
            <DiffView
              model={model}
              changes={changes}
              left={label(version)}
              right={other ? label(other) : text('thads.history.current-draft')}
            />
          ) : (
            <Typography tag="p">{text('thads.history.loading')}</Typography>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{text('thads.history.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}

function VersionHistory({ model, documentId, updatedAt }: { model: string; documentId: string; updatedAt?: string }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { text, when, actionLabel } = useText();
  const [versions, setVersions] = useState<Version[]>([]);
  const [compared, setCompared] = useState<Version | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const fail = useCallback(
    (error: unknown) => toggleNotification({ type: 'danger', message: errorText(error) }),
    [toggleNotification],
  );

  useEffect(() => {
    get<{ data: Version[] }>(`/thads-history/versions?uid=${model}&documentId=${documentId}`)
      .then(({ data }) => setVersions(data.data))
      .catch(fail);
  }, [get, model, documentId, updatedAt, fail]);

  const restore = async (id: number) => {
    try {
      await post(`/thads-history/versions/${id}/restore`);
      toggleNotification({ type: 'success', message: text('thads.history.restored') });
      // The edit view's form holds the old values: load the restored draft into it.
      window.location.reload();
    } catch (error) {
      fail(error);
    }
  };

  if (versions.length === 0) return <Typography tag="p">{text('thads.history.empty')}</Typography>;
  return (
    <Box width="100%" data-thads-panel>
      <ol aria-label={text('thads.history.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {versions.map((version) => (
          <li key={version.id}>
            <Box
              paddingTop={2}
              paddingBottom={2}
              borderColor="neutral150"
              style={{ borderTopWidth: 1, borderTopStyle: 'solid' }}
            >
              <Typography tag="div" fontWeight="semiBold">
                {actionLabel(version.action)}
              </Typography>
              <Typography tag="div" textColor="neutral600">
                {when(version.createdAt)} · {version.userName}
              </Typography>
              <Flex gap={2} marginTop={2} wrap="wrap">
                <Button size="S" variant="secondary" onClick={() => setCompared(version)}>
                  {text('thads.history.show')}
                </Button>
                <Button size="S" variant="tertiary" onClick={() => setRestoring(version)}>
                  {text('thads.history.restore')}
                </Button>
              </Flex>
            </Box>
          </li>
        ))}
      </ol>
      {compared && (
        <Comparison model={model} version={compared} versions={versions} onClose={() => setCompared(null)} />
      )}
      <ConfirmAction
        open={restoring !== null}
        onClose={() => setRestoring(null)}
        title={text('thads.history.restore')}
        message={text('thads.history.confirm-restore')}
        action={text('thads.history.restore')}
        onConfirm={() => restoring && void restore(restoring.id)}
      />
    </Box>
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
