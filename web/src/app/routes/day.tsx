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
  if (!valid) return <NotFoundState what={`Ngày “${day}”`} />;
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
