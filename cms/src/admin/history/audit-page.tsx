import { useEffect, useState, type FormEvent } from 'react';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { errorText, useText } from './i18n';

type Entry = {
  id: number;
  action: string;
  userName: string | null;
  targetUid: string | null;
  targetDocumentId: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
};
type Filters = { action: string; user: string; uid: string; from: string; to: string };
const EMPTY: Filters = { action: '', user: '', uid: '', from: '', to: '' };
const PAGE_SIZE = 50;

const query = (filters: Filters, page: number) =>
  new URLSearchParams({
    ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')),
    page: String(page),
    pageSize: String(PAGE_SIZE),
  }).toString();

const cell = {
  borderBottom: '1px solid #dcdce4',
  padding: '4px 8px',
  textAlign: 'left' as const,
  verticalAlign: 'top',
};

/** "Nhật ký hoạt động": the audit trail, filtered by action, user, type and date, exported as CSV. */
export default function AuditPage() {
  const { get } = useFetchClient();
  const { text, when, actionLabel } = useText();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ entries: Entry[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: Entry[]; meta: { total: number } }>(`/thads-history/audit?${query(filters, page)}`)
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
      const response = await get<Blob>(`/thads-history/audit.csv?${query(filters, 1)}`, { responseType: 'blob' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(response.data);
      link.download = 'nhat-ky-hoat-dong.csv';
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const field = (key: keyof Filters, label: string, type = 'text') => (
    <label style={{ marginRight: 12 }}>
      {label}{' '}
      <input type={type} value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} />
    </label>
  );

  return (
    <Layouts.Root>
      <Layouts.Header title={text('thads.audit.menu')} subtitle={text('thads.audit.subtitle')} />
      <Layouts.Content>
        <form onSubmit={apply} style={{ marginBottom: 12 }}>
          {field('action', text('thads.audit.filter.action'))}
          {field('user', text('thads.audit.filter.user'))}
          {field('uid', text('thads.audit.filter.uid'))}
          {field('from', text('thads.audit.filter.from'), 'date')}
          {field('to', text('thads.audit.filter.to'), 'date')}
          <button type="submit">{text('thads.audit.filter.apply')}</button>{' '}
          <button type="button" onClick={() => void exportCsv()}>
            {text('thads.audit.export')}
          </button>
        </form>
        {error && <p role="alert">{error}</p>}
        {result && (
          <>
            <p>{text('thads.audit.total', { total: result.total })}</p>
            <table style={{ borderCollapse: 'collapse', width: '100%', background: 'white' }}>
              <thead>
                <tr>
                  <th style={cell}>{text('thads.audit.column.time')}</th>
                  <th style={cell}>{text('thads.audit.filter.action')}</th>
                  <th style={cell}>{text('thads.audit.column.user')}</th>
                  <th style={cell}>{text('thads.audit.column.subject')}</th>
                  <th style={cell}>{text('thads.audit.column.details')}</th>
                </tr>
              </thead>
              <tbody>
                {result.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td style={cell}>{when(entry.createdAt)}</td>
                    <td style={cell}>{actionLabel(entry.action)}</td>
                    <td style={cell}>{entry.userName}</td>
                    <td style={cell}>
                      {entry.targetUid} {entry.targetDocumentId}
                    </td>
                    <td style={cell}>{entry.details ? JSON.stringify(entry.details) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <button type="button" disabled={page === 1} onClick={() => setPage(page - 1)}>
                {text('thads.audit.previous')}
              </button>{' '}
              {page}{' '}
              <button type="button" disabled={page * PAGE_SIZE >= result.total} onClick={() => setPage(page + 1)}>
                {text('thads.audit.next')}
              </button>
            </p>
          </>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
}
