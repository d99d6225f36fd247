import { formatVietnamDate, parseIsoDay } from '@thads/vietnamese';
import { useSearch } from 'wouter';
import { Breadcrumb } from '../../components/breadcrumb';
import { NotFoundState } from '../../components/not-found-state';
import { pageFromSearch, paths } from '../../config/paths';
import { DayPicker } from '../../features/archive/components/day-picker';
import { LIST_PAGE_SIZE } from '../../features/articles/api/get-articles';
import { ArticleList } from '../../features/articles/components/article-list';
import { usePageHead } from '../../lib/use-document-meta';

/** "Các tin đã đưa ngày dd/MM/yyyy": the news of one Vietnam calendar day. */
export default function DayRoute({ day }: { day: string }) {
  const page = pageFromSearch(useSearch());
  const valid = parseIsoDay(day) !== null;
  const label = valid ? formatVietnamDate(`${day}T12:00:00+07:00`) : '';
  usePageHead(valid ? { kind: 'day', day, page } : null);
  if (!valid) {
    // 2021-02-30, as the picker sends it without JavaScript: said as the picker says it, with the picker to try again.
    const [, year, month, date] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) ?? [];
    if (!year) return <NotFoundState what={`Ngày “${day}”`} />;
    const firstOfMonth = `${year}-${month}-01`;
    return (
      <>
        <NotFoundState reason={`Ngày ${date}/${month}/${year} không có trong lịch.`} />
        <DayPicker initialDay={parseIsoDay(firstOfMonth) ? firstOfMonth : undefined} />
      </>
    );
  }
  return (
    <>
      <Breadcrumb items={[{ label: `Các tin đã đưa ngày ${label}` }]} />
      <h1 className="page-title">Các tin đã đưa ngày {label}</h1>
      <ArticleList
        query={{ day, pageSize: LIST_PAGE_SIZE }}
        page={page}
        hrefFor={(target) => paths.day.build(day, target)}
        label={`Tin ngày ${label}`}
        emptyMessage={`Không có tin bài nào được đưa ngày ${label}. Hãy chọn một ngày khác.`}
      />
      <DayPicker key={day} initialDay={day} />
    </>
  );
}
