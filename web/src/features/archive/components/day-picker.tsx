import { formatVietnamDate, parseIsoDay, vietnamDay } from '@thads/vietnamese';
import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { SITE_PATHS } from '@thads/content';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { MonthCalendar } from './month-calendar';

const FIRST_YEAR = 2005;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * "Các tin đã đưa ngày": choose a day, month and year to read the news published that day, as on the agency's
 * original portal. Starts on the given day, or today in Vietnam; the calendar of the chosen month marks the days
 * that have news.
 */
export function DayPicker({ initialDay }: { initialDay?: string }) {
  const id = useId();
  const [, navigate] = useLocation();
  const { here } = useAgency();
  const today = vietnamDay(new Date());
  const start = parseIsoDay(initialDay ?? '') ?? parseIsoDay(today)!;
  const [day, setDay] = useState(start.day);
  const [month, setMonth] = useState(start.month);
  const [year, setYear] = useState(start.year);
  const [error, setError] = useState<string | null>(null);
  const lastYear = Number(today.slice(0, 4));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, index) => lastYear - index);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // What the lists show, chosen before or after the app took over the page.
    const fields = new FormData(event.currentTarget);
    const chosen = (name: string, shown: number) => Number(fields.get(name) ?? shown);
    const [chosenDay, chosenMonth, chosenYear] = [chosen('ngay', day), chosen('thang', month), chosen('nam', year)];
    const iso = `${chosenYear}-${pad(chosenMonth)}-${pad(chosenDay)}`;
    if (!parseIsoDay(iso)) {
      setError(`Ngày ${pad(chosenDay)}/${pad(chosenMonth)}/${chosenYear} không có trong lịch. Vui lòng chọn lại.`);
      return;
    }
    setError(null);
    navigate(paths.day.build(iso));
  }

  const select = (
    label: string,
    name: string,
    value: number,
    values: number[],
    onChange: (value: number) => void,
    format = pad,
  ) => (
    <div className="day-picker__field">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select
        id={`${id}-${label}`}
        name={name}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {values.map((option) => (
          <option key={option} value={option}>
            {format(option)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    // Without JavaScript the form is sent as `/ngay?ngay=…&thang=…&nam=…`, which the site server redirects to the day.
    <form
      className="day-picker"
      action={here(SITE_PATHS.day.replace(/\/$/, ''))}
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h2 id={`${id}-title`} className="day-picker__title">
        Các tin đã đưa ngày
      </h2>
      <div className="day-picker__fields">
        {select(
          'Ngày',
          'ngay',
          day,
          Array.from({ length: 31 }, (_, index) => index + 1),
          setDay,
        )}
        {select(
          'Tháng',
          'thang',
          month,
          Array.from({ length: 12 }, (_, index) => index + 1),
          setMonth,
        )}
        {select('Năm', 'nam', year, years, setYear, String)}
        <button type="submit" className="button">
          Xem
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="muted day-picker__hint">Hôm nay: {formatVietnamDate(new Date())}</p>
      )}
      <MonthCalendar year={year} month={month} />
    </form>
  );
}
