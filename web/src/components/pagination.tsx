import { Link } from 'wouter';

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The URL of a page of this list. */
  hrefFor: (page: number) => string;
  /** Called when a reader points at or focuses a page link, to load that page before the click. */
  onPrefetch?: (page: number) => void;
  label: string;
};

export function Pagination({ page, pageCount, hrefFor, onPrefetch, label }: PaginationProps) {
  if (pageCount <= 1) return null;
  const link = (target: number, text: string, rel: 'prev' | 'next') => (
    <Link
      href={hrefFor(target)}
      rel={rel}
      onMouseEnter={() => onPrefetch?.(target)}
      onFocus={() => onPrefetch?.(target)}
    >
      {text}
    </Link>
  );
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? link(page - 1, '‹ Trang trước', 'prev') : <span />}
      <span aria-current="page">
        Trang {page} / {pageCount}
      </span>
      {page < pageCount ? link(page + 1, 'Trang sau ›', 'next') : <span />}
    </nav>
  );
}
