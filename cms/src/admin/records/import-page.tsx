import { useEffect, useState, type ChangeEvent } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Textarea,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useAuth, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ENUMERATION_LABELS } from '../enumeration-labels';
import type { RegisterMessageKey } from './messages';

type Unit = { documentId: string; name: string; agency: string };
type Brief = { line: number | null; fullName: string | null; decisionNumber: string; decisionDate: string };
type Preview = {
  token: string | null;
  encoding: string;
  rows: number;
  counts: { create: number; update: number; unchanged: number; remove: number; errors: number };
  errors: Array<{ line: number; message: string }>;
  samples: { create: Brief[]; update: Brief[]; remove: Brief[] };
};
const REASONS = ['paid', 'conditions-found', 'case-ended', 'other-reason'] as const;
const DEBTOR_ENTRY = 'api::debtor-entry.debtor-entry';
/** Who may open the page: those who may add entries (the preview's rule on the server). */
const MAY_IMPORT = [{ action: 'plugin::content-manager.explorer.create', subject: DEBTOR_ENTRY }];
/** Who may confirm: those who may publish entries (confirming publishes; the confirmation's rule on the server). */
const MAY_CONFIRM = { action: 'plugin::content-manager.explorer.publish', subject: DEBTOR_ENTRY };
const FILE_FIELD = 'thads-register-file';

/** The admin's session token, as the admin's own fetch client reads it (refreshed by a request made just before). */
function sessionToken(): string | null {
  const stored = window.localStorage.getItem('jwtToken');
  if (stored) return JSON.parse(stored) as string;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('jwtToken='));
  return cookie ? decodeURIComponent(cookie.slice('jwtToken='.length)) : null;
}

const messageOf = (failure: unknown): string => {
  const body = (failure as { response?: { data?: { error?: { message?: string } } } }).response?.data;
  return body?.error?.message ?? (failure instanceof Error ? failure.message : String(failure));
};

/**
 * "Nhập danh sách chưa có điều kiện thi hành": a unit's register from a spreadsheet, previewed (what is added, updated,
 * taken off; each wrong row with its reason), then confirmed by an Editor, which publishes it; and its export. Whoever
 * may not add entries (an Author: the register is its Editors') is told so instead of being shown a form that fails.
 */
export default function ImportPage() {
  return (
    <Page.Protect permissions={MAY_IMPORT}>
      <ImportForm />
    </Page.Protect>
  );
}

function ImportForm() {
  const { get, post } = useFetchClient();
  const canPublish = useAuth('RegisterImport', (auth) =>
    (auth.permissions ?? []).some(
      (permission) => permission.action === MAY_CONFIRM.action && permission.subject === MAY_CONFIRM.subject,
    ),
  );
  const { formatMessage, locale } = useIntl();
  const say = (id: RegisterMessageKey, values?: Record<string, string | number>) => formatMessage({ id }, values);
  const reasonLabel = (reason: string) =>
    (locale.startsWith('vi') ? ENUMERATION_LABELS.vi : ENUMERATION_LABELS.en)[
      reason as keyof typeof ENUMERATION_LABELS.en
    ] ?? reason;
  const [units, setUnits] = useState<Unit[]>([]);
  const [unit, setUnit] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    get<{ results: Unit[] }>(
      '/content-manager/collection-types/api::unit.unit?page=1&pageSize=100&sort=name:ASC&status=published',
    )
      .then(({ data }) => setUnits(data.results))
      .catch((failure: unknown) => setMessage(messageOf(failure)));
  }, [get]);

  const read = async () => {
    if (!file || !unit) return;
    setBusy(true);
    setMessage(say('thads.register.reading'));
    setPreview(null);
    try {
      // A request through the admin's client first: it renews the session token if it has expired.
      await get('/admin/users/me');
      const response = await fetch(
        `${(window.strapi as unknown as { backendURL: string }).backendURL}/thads-records/register/preview?unit=${unit}&filename=${encodeURIComponent(file.name)}`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { Authorization: `Bearer ${sessionToken() ?? ''}`, 'Content-Type': 'application/octet-stream' },
          body: file,
        },
      );
      const body = (await response.json()) as { data: Preview | null; error?: { message: string } };
      if (!response.ok || !body.data) throw new Error(body.error?.message ?? String(response.status));
      setPreview(body.data);
      setMessage(null);
    } catch (failure) {
      setMessage(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview?.token) return;
    setBusy(true);
    try {
      const { data } = await post<{ data: { counts: Preview['counts'] } }>(
        `/thads-records/register/imports/${preview.token}/confirm`,
        { reason: reason || undefined, note: note || undefined },
      );
      setMessage(say('thads.register.confirmed', data.data.counts));
      setPreview(null);
      // A later file of another unit must be given its own reason.
      setReason('');
      setNote('');
    } catch (failure) {
      setMessage(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const exportFile = async (format: 'xlsx' | 'csv') => {
    try {
      const response = await get<Blob>(`/thads-records/register/export?unit=${unit}&format=${format}`, {
        responseType: 'blob',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(response.data);
      link.download = `danh-sach-chua-co-dieu-kien-thi-hanh.${format}`;
      link.click();
      // Revoked once the browser has taken the file (at once, the download may find the address gone).
      window.setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (failure) {
      setMessage(messageOf(failure));
    }
  };

  const samples = (title: RegisterMessageKey, rows: Brief[]) =>
    rows.length === 0 ? null : (
      <Box paddingTop={4}>
        <Typography tag="h3" variant="delta">
          {say(title)}
        </Typography>
        <Table colCount={3} rowCount={rows.length + 1}>
          <Thead>
            <Tr>
              <Th>{say('thads.register.column.line')}</Th>
              <Th>{say('thads.register.column.name')}</Th>
              <Th>{say('thads.register.column.decision')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={`${row.decisionNumber}-${row.decisionDate}`}>
                <Td>{row.line ?? '–'}</Td>
                <Td>{row.fullName ?? '–'}</Td>
                <Td>{`${row.decisionNumber} (${row.decisionDate.split('-').reverse().join('/')})`}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    );

  return (
    <Page.Main>
      <Page.Title>{say('thads.register.menu')}</Page.Title>
      <Layouts.Header title={say('thads.register.title')} subtitle={say('thads.register.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Field.Root name="unit" required>
            <Field.Label>{say('thads.register.unit')}</Field.Label>
            <SingleSelect
              placeholder={say('thads.register.unit.choose')}
              value={unit}
              onChange={(value: string | number) => {
                setUnit(String(value));
                setPreview(null);
              }}
            >
              {units.map((each) => (
                <SingleSelectOption key={each.documentId} value={each.documentId}>
                  {each.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root name="file" id={FILE_FIELD} required>
            <Field.Label>{say('thads.register.file')}</Field.Label>
            <input
              id={FILE_FIELD}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                setFile(event.target.files?.[0] ?? null);
                setPreview(null);
              }}
            />
          </Field.Root>
          <Flex gap={2}>
            <Button onClick={read} disabled={!file || !unit || busy} loading={busy}>
              {say('thads.register.preview')}
            </Button>
            <Button variant="secondary" onClick={() => exportFile('xlsx')} disabled={!unit}>
              {say('thads.register.export.xlsx')}
            </Button>
            <Button variant="secondary" onClick={() => exportFile('csv')} disabled={!unit}>
              {say('thads.register.export.csv')}
            </Button>
          </Flex>
          {message ? (
            <Typography role="status" tag="p">
              {message}
            </Typography>
          ) : null}
          {preview ? (
            <Box>
              <Typography tag="p" role="status">
                {say('thads.register.counts', { rows: preview.rows, encoding: preview.encoding, ...preview.counts })}
              </Typography>
              {preview.errors.length > 0 ? (
                <Box paddingTop={4}>
                  <Typography tag="h3" variant="delta">
                    {say('thads.register.errors')}
                  </Typography>
                  <ul>
                    {preview.errors.map((error) => (
                      <li key={error.line}>
                        <Typography>{error.message}</Typography>
                      </li>
                    ))}
                  </ul>
                </Box>
              ) : null}
              {samples('thads.register.samples.create', preview.samples.create)}
              {samples('thads.register.samples.update', preview.samples.update)}
              {samples('thads.register.samples.remove', preview.samples.remove)}
              {preview.token ? (
                <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
                  {preview.counts.remove > 0 ? (
                    <>
                      <Field.Root name="reason" required>
                        <Field.Label>{say('thads.register.reason')}</Field.Label>
                        <SingleSelect
                          placeholder={say('thads.register.reason.choose')}
                          value={reason}
                          onChange={(value: string | number) => setReason(String(value))}
                        >
                          {REASONS.map((code) => (
                            <SingleSelectOption key={code} value={code}>
                              {reasonLabel(code)}
                            </SingleSelectOption>
                          ))}
                        </SingleSelect>
                      </Field.Root>
                      <Field.Root name="note">
                        <Field.Label>{say('thads.register.note')}</Field.Label>
                        <Textarea
                          value={note}
                          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
                        />
                      </Field.Root>
                    </>
                  ) : null}
                  {canPublish ? (
                    <Box>
                      <Button onClick={confirm} disabled={busy || (preview.counts.remove > 0 && !reason)}>
                        {say('thads.register.confirm')}
                      </Button>
                    </Box>
                  ) : (
                    <Typography tag="p">{say('thads.register.confirm.editors')}</Typography>
                  )}
                </Flex>
              ) : null}
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
