import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { archiveMonthQueryOptions } from '../api/get-archive-month';

const WEEKDAYS = [
  ['T2', 'Thứ Hai'],
  ['T3', 'Thứ Ba'],
  ['T4', 'Thứ Tư'],
  ['T5', 'Thứ Năm'],
  ['T6', 'Thứ Sáu'],
  ['T7', 'Thứ Bảy'],
  ['CN', 'Chủ Nhật'],
] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** A month as a calendar (weeks start on Monday); the days that have news are links to that day's list. */
export function MonthCalendar({ year, month }: { year: number; month: number }) {
  const archive = useQuery(archiveMonthQueryOptions(useAgency().scope.code, year, month));
  const days = archive.data?.days ?? [];
  const counts = new Map(days.map((day) => [day.date, day.count]));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: Array<number | null> = [
    ...Array.from({ length: firstWeekday }, () => null),
    ...Array.from({ length: daysInMonth }, (_, index) => index + 1),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, index) => cells.slice(index * 7, index * 7 + 7));

  return (
    <table className="calendar" aria-busy={archive.isPending}>
      <caption>
        Tháng {pad(month)}/{year}
        {archive.isSuccess ? ` – ${days.length} ngày có tin` : ''}
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map(([short, full]) => (
            <th key={short} scope="col">
              <abbr title={full}>{short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, index) => (
          <tr key={index}>
            {week.map((day, column) => {
              if (day === null) return <td key={column} />;
              const iso = `${year}-${pad(month)}-${pad(day)}`;
              const count = counts.get(iso);
              return (
                <td key={column}>
                  {count ? (
                    <Link href={paths.day.build(iso)} aria-label={`${day}/${pad(month)}/${year}: ${count} tin`}>
                      {day}
                    </Link>
                  ) : (
                    <span className="calendar__empty">{day}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
