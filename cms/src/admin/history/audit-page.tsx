import { useEffect, useState, type FormEvent } from 'react';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { isMessageKey, MESSAGES } from '../messages';
import { buttonStyle, TABLE, TABLE_CELL, TABLE_SCROLL } from '../styles';
import { detailLines } from './audit-details';
import { auditQuery, EMPTY, type Filters } from './audit-query';
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
const PAGE_SIZE = 50;

/** The actions an entry can record, as the server names them (`thads.action.<action>` holds each one's label). */
const ACTIONS = Object.keys(MESSAGES.en)
  .filter((key) => key.startsWith('thads.action.'))
  .map((key) => key.slice('thads.action.'.length));

const TYPE_PREFIX = 'thads.type.';
/** The types an entry can be about, as the server names them (`thads.type.<uid>` holds each one's name). */
const TYPES = Object.keys(MESSAGES.en)
  .filter((key) => key.startsWith(TYPE_PREFIX))
  .map((key) => key.slice(TYPE_PREFIX.length));

/** What an entry is about, as an editor names it: its title or name, not its API id. */
const subjectName = (entry: Entry): string | null => {
  const named = entry.details?.title ?? entry.details?.name;
  return typeof named === 'string' && named !== '' ? named : entry.targetDocumentId;
};

/** The content manager's edit view of an entry's document. */
const editPath = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${documentId}`;

/** "Nhật ký hoạt động": the audit trail, filtered by action, user, type and date, exported as CSV. */
export default function AuditPage() {
  const { get } = useFetchClient();
  const { text, when, actionLabel } = useText();
  const typeName = (uid: string) => {
    const key = `${TYPE_PREFIX}${uid}`;
    return isMessageKey(key) ? text(key) : uid;
  };
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

  const field = (key: keyof Filters, label: string, type = 'text') => (
    <label>
      {label}{' '}
      <input type={type} value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} />
    </label>
  );
  /** A filter chosen from a list (the server matches codes, which an editor does not know), shown by name. */
  const choice = (key: keyof Filters, label: string, values: string[], nameOf: (value: string) => string) => (
    <label>
      {label}{' '}
      <select value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}>
        <option value="">{text('thads.audit.filter.any')}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {nameOf(value)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Layouts.Root>
      <Layouts.Header title={text('thads.audit.menu')} subtitle={text('thads.audit.subtitle')} />
      <Layouts.Content>
        <form
          onSubmit={apply}
          style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 12px', alignItems: 'center', marginBottom: 12 }}
        >
          {choice('action', text('thads.audit.filter.action'), ACTIONS, actionLabel)}
          {field('user', text('thads.audit.filter.user'))}
          {choice('uid', text('thads.audit.filter.uid'), TYPES, typeName)}
          {field('from', text('thads.audit.filter.from'), 'date')}
          {field('to', text('thads.audit.filter.to'), 'date')}
          <button type="submit" style={buttonStyle()}>
            {text('thads.audit.filter.apply')}
          </button>{' '}
          <button type="button" style={buttonStyle()} onClick={() => void exportCsv()}>
            {text('thads.audit.export')}
          </button>
        </form>
        {error && <p role="alert">{error}</p>}
        {result && (
          <>
            <p>{text('thads.audit.total', { total: result.total })}</p>
            <div style={TABLE_SCROLL}>
              <table style={TABLE}>
                <thead>
                  <tr>
                    <th style={TABLE_CELL}>{text('thads.audit.column.time')}</th>
                    <th style={TABLE_CELL}>{text('thads.audit.filter.action')}</th>
                    <th style={TABLE_CELL}>{text('thads.audit.column.user')}</th>
                    <th style={TABLE_CELL}>{text('thads.audit.column.subject')}</th>
                    <th style={TABLE_CELL}>{text('thads.audit.column.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.entries.map((entry) => (
                    <tr key={entry.id}>
                      <td style={TABLE_CELL}>{when(entry.createdAt)}</td>
                      <td style={TABLE_CELL}>{actionLabel(entry.action)}</td>
                      <td style={TABLE_CELL}>{entry.userName}</td>
                      <td style={TABLE_CELL}>
                        {entry.targetUid && <div style={{ color: '#666687' }}>{typeName(entry.targetUid)}</div>}
                        {entry.targetUid?.startsWith('api::') && entry.targetDocumentId ? (
                          // The content manager's edit view: the document itself, whatever it is called now.
                          <Link to={editPath(entry.targetUid, entry.targetDocumentId)}>{subjectName(entry)}</Link>
                        ) : (
                          subjectName(entry)
                        )}
                      </td>
                      <td style={TABLE_CELL}>
                        {detailLines(entry.details).map(({ label, value }) => (
                          <div key={'key' in label ? label.key : label.raw}>
                            <span style={{ color: '#666687' }}>{'key' in label ? text(label.key) : label.raw}:</span>{' '}
                            {value}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <button
                type="button"
                style={buttonStyle(page === 1)}
                disabled={page === 1}
                onClick={() => setPage(page - 1)}
              >
                {text('thads.audit.previous')}
              </button>{' '}
              {page}{' '}
              <button
                type="button"
                style={buttonStyle(page * PAGE_SIZE >= result.total)}
                disabled={page * PAGE_SIZE >= result.total}
                onClick={() => setPage(page + 1)}
              >
                {text('thads.audit.next')}
              </button>
            </p>
          </>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
}
