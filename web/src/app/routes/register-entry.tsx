import { useQuery } from '@tanstack/react-query';
import { readScope } from '@thads/content';
import type { ReactNode } from 'react';
import { Breadcrumb } from '../../components/breadcrumb';
import { FormattedDate } from '../../components/formatted-date';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { paths } from '../../config/paths';
import { registerEntryQueryOptions } from '../../features/register/api/get-register-entry';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';

/** One entry of the register, with the fields the law publishes only; an entry taken off is a 404. Never indexed. */
export default function RegisterEntryRoute({ documentId }: { documentId: string }) {
  const { scope, directory, agencyOf } = useAgency();
  const within = scope.national ? null : readScope(directory.agencies, scope.code);
  const query = useQuery(registerEntryQueryOptions(documentId));
  // Another agency's entry is not this agency's page (the national register shows every one).
  const entry = query.data && (!within || within.includes(query.data.agency)) ? query.data : null;
  // The head names the register, never the person (no share tags at all).
  usePageHead({ kind: query.isPending || entry ? 'registerEntry' : 'notFound' });

  if (query.isPending) return <LoadingState label="Đang tải…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!entry) return <NotFoundState what="Người bạn tìm trong danh sách" />;
  const rows: Array<[string, ReactNode]> = [];
  const add = (label: string, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '') rows.push([label, value]);
  };
  add('Họ và tên', entry.fullName);
  add('Năm sinh', entry.birthYear);
  add('Địa chỉ', entry.address);
  add('Nghĩa vụ phải thi hành', entry.obligation);
  add(
    'Quyết định thi hành án',
    <>
      Số {entry.decisionNumber} ngày <FormattedDate value={entry.decisionDate} />
    </>,
  );
  add(
    'Bản án, quyết định được thi hành',
    entry.judgmentNumber ? (
      <>
        Số {entry.judgmentNumber}
        {entry.judgmentDate ? (
          <>
            {' '}
            ngày <FormattedDate value={entry.judgmentDate} />
          </>
        ) : null}
        {entry.court ? ` của ${entry.court}` : null}
      </>
    ) : null,
  );
  add('Cơ quan thi hành án', agencyOf(entry.agency)?.name);
  add('Đơn vị tổ chức thi hành', entry.unit?.name);
  add('Ngày xác định chưa có điều kiện thi hành', <FormattedDate value={entry.noConditionsOn} />);
  add('Ngày công khai', entry.publishedOn ? <FormattedDate value={entry.publishedOn} /> : null);
  return (
    <>
      <Breadcrumb
        items={[
          { label: 'Danh sách chưa có điều kiện thi hành', href: paths.register.build() },
          { label: entry.fullName },
        ]}
      />
      <article className="record">
        <h1 className="page-title">{entry.fullName}</h1>
        {entry.isSample ? <p className="badge">Mẫu — không phải người thật</p> : null}
        <dl className="record__fields">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </article>
    </>
  );
}
