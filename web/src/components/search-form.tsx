import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../config/paths';
import { useAgency } from '../lib/agency';

/** The search box: in the header of every page, on the not-found page and atop the results. */
export function SearchForm({
  initialQuery = '',
  variant = 'header',
  kind,
}: {
  initialQuery?: string;
  variant?: 'header' | 'page';
  /** The kind of result searched (`loai`: documents, notices), kept by a new search; none for news. */
  kind?: string;
}) {
  const id = useId();
  const [, navigate] = useLocation();
  const { here } = useAgency();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // What the box holds, typed before or after the app took over the page.
    const query = new FormData(event.currentTarget).get('q');
    navigate(paths.search.build({ q: typeof query === 'string' ? query.trim() : '', loai: kind }));
  }

  return (
    <form
      role="search"
      action={here(paths.search.pattern)}
      className={`search-form search-form--${variant}`}
      onSubmit={submit}
      aria-label={variant === 'header' ? 'Tìm kiếm trên cổng thông tin' : 'Tìm kiếm tin bài'}
    >
      {kind ? <input type="hidden" name="loai" value={kind} /> : null}
      <label htmlFor={`${id}-q`} className={variant === 'header' ? 'visually-hidden' : undefined}>
        Từ khóa
      </label>
      <input
        id={`${id}-q`}
        type="search"
        name="q"
        defaultValue={initialQuery}
        maxLength={500}
        placeholder="Nhập từ khóa, ví dụ: thi đua"
        autoComplete="off"
      />
      <button type="submit" className="button">
        Tìm kiếm
      </button>
    </form>
  );
}
