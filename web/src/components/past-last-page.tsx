import { Link } from 'wouter';
import { useRenderStatus } from '../lib/render-status';

/**
 * `?trang=99` of a shorter list or search: a page that does not exist (404, so it is not indexed), said so with a way
 * back to the first page, rather than an empty list claiming there is nothing.
 */
export function PastLastPage({ page, firstPageHref, label }: { page: number; firstPageHref: string; label: string }) {
  useRenderStatus(404);
  return (
    <p className="notice">
      Không có trang {page} trong danh sách này. <Link href={firstPageHref}>Về trang 1: {label}</Link>
    </p>
  );
}
