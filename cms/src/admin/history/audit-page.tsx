import { useEffect, useState, type FormEvent } from 'react';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { actionLabel, errorText, t, when } from './i18n';

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
      <Layouts.Header
        title={t('Nhật ký hoạt động', 'Audit trail')}
        subtitle={t('Ai đã làm gì, khi nào (chỉ ghi thêm)', 'Who did what, and when (append-only)')}
      />
      <Layouts.Content>
        <form onSubmit={apply} style={{ marginBottom: 12 }}>
          {field('action', t('Hành động', 'Action'))}
          {field('user', t('Người dùng', 'User'))}
          {field('uid', t('Loại nội dung', 'Type'))}
          {field('from', t('Từ ngày', 'From'), 'date')}
          {field('to', t('Đến ngày', 'To'), 'date')}
          <button type="submit">{t('Lọc', 'Filter')}</button>{' '}
          <button type="button" onClick={() => void exportCsv()}>
            {t('Xuất CSV', 'Export CSV')}
          </button>
        </form>
        {error && <p role="alert">{error}</p>}
        {result && (
          <>
            <p>{t(`${result.total} mục`, `${result.total} entries`)}</p>
            <table style={{ borderCollapse: 'collapse', width: '100%', background: 'white' }}>
              <thead>
                <tr>
                  <th style={cell}>{t('Thời điểm', 'Time')}</th>
                  <th style={cell}>{t('Hành động', 'Action')}</th>
                  <th style={cell}>{t('Người thực hiện', 'User')}</th>
                  <th style={cell}>{t('Đối tượng', 'Subject')}</th>
                  <th style={cell}>{t('Chi tiết', 'Details')}</th>
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
                {t('Trang trước', 'Previous')}
              </button>{' '}
              {page}{' '}
              <button type="button" disabled={page * PAGE_SIZE >= result.total} onClick={() => setPage(page + 1)}>
                {t('Trang sau', 'Next')}
              </button>
            </p>
          </>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
}
