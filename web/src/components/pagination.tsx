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
  const link = (target: number, rel: 'prev' | 'next') => (
    <Link
      href={hrefFor(target)}
      rel={rel}
      onMouseEnter={() => onPrefetch?.(target)}
      onFocus={() => onPrefetch?.(target)}
    >
      {/* The arrows are drawn, not read: the links are named "Trang trước" and "Trang sau". */}
      {rel === 'prev' ? <span aria-hidden="true">‹ </span> : null}
      {rel === 'prev' ? 'Trang trước' : 'Trang sau'}
      {rel === 'next' ? <span aria-hidden="true"> ›</span> : null}
    </Link>
  );
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? link(page - 1, 'prev') : <span />}
      <span aria-current="page">
        Trang {page} / {pageCount}
      </span>
      {page < pageCount ? link(page + 1, 'next') : <span />}
    </nav>
  );
}
