import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import {
  Box,
  Button,
  DatePicker,
  Field,
  Flex,
  Link,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { MESSAGES, type MessageKey } from '../messages';
import { actionName, auditTime, detailLines, subjectName, typeName, type AuditEntryView } from './audit-details';
import { auditQuery, EMPTY, type Filters } from './audit-query';
import { errorText, useText } from './i18n';

type Entry = AuditEntryView & { agency?: string | null };
const PAGE_SIZE = 50;

/** The codes the server records under a catalogue prefix (`thads.action.publish` → `publish`). */
const codesOf = (prefix: string) =>
  Object.keys(MESSAGES.en)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
const ACTIONS = codesOf('thads.action.');
const TYPES = codesOf('thads.type.');

/** The content manager's edit view of an entry's document (the site settings are a single type). */
const editPath = (uid: string, documentId: string) =>
  uid === 'api::site-setting.site-setting'
    ? `/content-manager/single-types/${uid}`
    : `/content-manager/collection-types/${uid}/${documentId}`;

/** A calendar day the date picker chose, as yyyy-mm-dd (the picker's Date is that day's midnight where the browser is). */
const dayOf = (date: Date | undefined) =>
  date
    ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
    : '';
const dateOf = (day: string) => (day ? new Date(`${day}T00:00:00`) : undefined);

type Say = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The table's columns, in order: a column (the entry's agency, say) is one more line. Each says its header and cell.
 */
const COLUMNS: Array<{ id: string; header: MessageKey; cell: (entry: Entry, say: Say) => ReactNode }> = [
  { id: 'time', header: 'thads.audit.column.time', cell: (entry) => auditTime(entry.createdAt) },
  { id: 'action', header: 'thads.audit.filter.action', cell: (entry, say) => actionName(entry.action, say) },
  { id: 'user', header: 'thads.audit.column.user', cell: (entry) => entry.userName },
  {
    id: 'subject',
    header: 'thads.audit.column.subject',
    cell: (entry, say) => (
      <>
        {entry.targetUid && (
          <Typography tag="div" variant="pi" textColor="neutral600">
            {typeName(entry.targetUid, say)}
          </Typography>
        )}
        {entry.targetUid?.startsWith('api::') && entry.targetDocumentId ? (
          // The content manager's edit view: the document itself, whatever it is called now.
          <Link tag={NavLink} to={editPath(entry.targetUid, entry.targetDocumentId)}>
            {subjectName(entry)}
          </Link>
        ) : (
          subjectName(entry)
        )}
      </>
    ),
  },
  {
    id: 'details',
    header: 'thads.audit.column.details',
    cell: (entry, say) =>
      detailLines(entry.details).map(({ label, value }) => (
        <Typography tag="div" key={'key' in label ? label.key : label.raw}>
          <Typography textColor="neutral600">{'key' in label ? say(label.key) : label.raw}:</Typography> {value}
        </Typography>
      )),
  },
];

/** "Nhật ký hoạt động": the audit trail, filtered by action, user, type and day (dd/MM/yyyy), exported as CSV. */
export default function AuditPage() {
  const { get } = useFetchClient();
  const { text } = useText();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ entries: Entry[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: Entry[]; meta: { total: number } }>(`/thads-history/audit?${auditQuery(filters, page, PAGE_SIZE)}`)
      .then(({ data }) => {
        setResult({ entries: data.data, total: data.meta.total });
        setError(null);
      })
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [get, filters, page]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setFilters(draft);
  };

  const exportCsv = async () => {
    try {
      const response = await get<Blob>(`/thads-history/audit.csv?${auditQuery(filters, 1, PAGE_SIZE)}`, {
        responseType: 'blob',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(response.data);
      link.download = 'nhat-ky-hoat-dong.csv';
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const set = (key: keyof Filters) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  /** A filter chosen from a list (the server matches codes, which an editor does not know), shown by name. */
  const choice = (key: 'action' | 'uid', label: MessageKey, values: string[], nameOf: (code: string) => string) => (
    <Field.Root name={key} id={`audit-${key}`} width="240px">
      <Field.Label>{text(label)}</Field.Label>
      <SingleSelect
        value={draft[key]}
        onChange={(value) => set(key)(String(value))}
        placeholder={text('thads.audit.filter.any')}
      >
        <SingleSelectOption value="">{text('thads.audit.filter.any')}</SingleSelectOption>
        {values.map((value) => (
          <SingleSelectOption key={value} value={value}>
            {nameOf(value)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
  const day = (key: 'from' | 'to', label: MessageKey) => (
    <Field.Root name={key} id={`audit-${key}`} width="200px" hint="dd/MM/yyyy">
      <Field.Label>{text(label)}</Field.Label>
      <DatePicker
        locale="vi-VN"
        value={dateOf(draft[key])}
        onChange={(date) => set(key)(dayOf(date))}
        onClear={() => set(key)('')}
        clearLabel={text('thads.audit.filter.clear-day')}
        calendarLabel={text('thads.audit.filter.choose-day')}
      />
      <Field.Hint />
    </Field.Root>
  );

  const lastPage = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  return (
    <Page.Main>
      <Page.Title>{text('thads.audit.menu')}</Page.Title>
      <Layouts.Header title={text('thads.audit.menu')} subtitle={text('thads.audit.subtitle')} />
      <Layouts.Content>
        <Box
          tag="form"
          onSubmit={apply}
          background="neutral0"
          padding={4}
          hasRadius
          shadow="tableShadow"
          marginBottom={4}
        >
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            {choice('action', 'thads.audit.filter.action', ACTIONS, (code) => actionName(code, text))}
            <Field.Root name="user" id="audit-user" width="220px">
              <Field.Label>{text('thads.audit.filter.user')}</Field.Label>
              <TextInput value={draft.user} onChange={(event) => set('user')(event.target.value)} />
            </Field.Root>
            {choice('uid', 'thads.audit.filter.uid', TYPES, (code) => typeName(code, text))}
            {day('from', 'thads.audit.filter.from')}
            {day('to', 'thads.audit.filter.to')}
            <Button type="submit">{text('thads.audit.filter.apply')}</Button>
            <Button type="button" variant="secondary" onClick={() => void exportCsv()}>
              {text('thads.audit.export')}
            </Button>
          </Flex>
        </Box>
        {error && (
          <Typography tag="p" role="alert" textColor="danger700" marginBottom={4}>
            {error}
          </Typography>
        )}
        {result && (
          <>
            <Typography tag="p" role="status" marginBottom={2}>
              {text('thads.audit.total', { total: result.total })}
            </Typography>
            <Table colCount={COLUMNS.length} rowCount={result.entries.length + 1}>
              <Thead>
                <Tr>
                  {COLUMNS.map((column) => (
                    <Th key={column.id}>
                      <Typography variant="omega" fontWeight="bold" textColor="neutral800">
                        {text(column.header)}
                      </Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {result.entries.map((entry) => (
                  <Tr key={entry.id}>
                    {COLUMNS.map((column) => (
                      <Td key={column.id} style={{ whiteSpace: 'normal', verticalAlign: 'top' }}>
                        <Typography tag="div" textColor="neutral800">
                          {column.cell(entry, text)}
                        </Typography>
                      </Td>
                    ))}
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <Flex gap={2} marginTop={4} alignItems="center">
              <Button variant="tertiary" disabled={page === 1} onClick={() => setPage(page - 1)}>
                {text('thads.audit.previous')}
              </Button>
              <Typography>{text('thads.audit.page', { page, pages: lastPage })}</Typography>
              <Button variant="tertiary" disabled={page >= lastPage} onClick={() => setPage(page + 1)}>
                {text('thads.audit.next')}
              </Button>
            </Flex>
          </>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
