import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { agencyOptions, FilterSelect, formSearch } from '../../../components/filter-fields';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { ASSET_KINDS, NOTICE_KINDS } from '../labels';
import { noticeFiltersFromUrl, noticeSearch, type NoticeFilters } from '../notice-url';

/**
 * The kind of notice; on the national site also the agency and the kind of asset. A plain GET form to the list, so it
 * works without JavaScript.
 */
export function NoticeFiltersForm({
  filters,
  agencies,
}: {
  filters: NoticeFilters;
  /** The agencies to choose one of (the national site), in the order to offer them. */
  agencies?: Array<{ code: string; name: string; merged: boolean }>;
}) {
  const id = useId();
  const [, navigate] = useLocation();
  const { here, scope } = useAgency();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(paths.notices.build(noticeSearch(noticeFiltersFromUrl(formSearch(event.currentTarget)), 1)));
  }

  const select = (
    name: string,
    label: string,
    all: string,
    options: Array<readonly [string, string]>,
    value?: string,
  ) => <FilterSelect id={id} name={name} label={label} all={all} options={options} value={value} />;

  return (
    <form
      className="search-filters"
      method="get"
      action={here(paths.notices.build())}
      onSubmit={submit}
      aria-label="Lọc thông báo"
    >
      {select('loai', 'Loại thông báo', 'Tất cả các loại', Object.entries(NOTICE_KINDS), filters.kind)}
      {agencies ? select('co-quan', 'Cơ quan', 'Tất cả các cơ quan', agencyOptions(agencies), filters.agency) : null}
      {scope.national
        ? select('tai-san', 'Loại tài sản', 'Tất cả loại tài sản', Object.entries(ASSET_KINDS), filters.assetKind)
        : null}
      <button type="submit" className="button">
        Lọc
      </button>
    </form>
  );
}
