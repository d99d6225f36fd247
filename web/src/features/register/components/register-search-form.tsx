import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { agencyOptions, FilterSelect, formSearch, YearField } from '../../../components/filter-fields';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { unitsQueryOptions } from '../api/get-units';
import { registerFiltersFromUrl, registerSearch, type RegisterFilters } from '../register-url';

/**
 * The register's own search: a name (without diacritics is fine) or a decision number, the unit (on an agency's
 * page) or the agency (nationally), and the year. A plain GET form, so it works without JavaScript.
 */
export function RegisterSearchForm({
  filters,
  agencies,
}: {
  filters: RegisterFilters;
  /** The agencies to choose one of (the national register), in the order to offer them. */
  agencies?: Array<{ code: string; name: string; merged: boolean }>;
}) {
  const id = useId();
  const [, navigate] = useLocation();
  const { here, scope } = useAgency();
  const units = useQuery({ ...unitsQueryOptions(scope.code), enabled: !scope.national }).data ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(paths.register.build(registerSearch(registerFiltersFromUrl(formSearch(event.currentTarget)), 1)));
  }

  return (
    <form
      className="search-filters"
      method="get"
      action={here(paths.register.build())}
      onSubmit={submit}
      role="search"
      aria-label="Tìm trong danh sách"
    >
      <div className="form__field register-search__query">
        <label htmlFor={`${id}-q`}>Họ tên hoặc số quyết định</label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          autoComplete="off"
          maxLength={200}
          defaultValue={filters.q}
          aria-describedby={`${id}-hint`}
        />
      </div>
      {agencies ? (
        <FilterSelect
          id={id}
          name="co-quan"
          label="Cơ quan"
          all="Tất cả các cơ quan"
          options={agencyOptions(agencies)}
          value={filters.agency}
        />
      ) : (
        <FilterSelect
          id={id}
          name="don-vi"
          label="Đơn vị"
          all="Tất cả đơn vị"
          options={units.map((unit) => [unit.documentId, unit.name] as const)}
          value={filters.unit}
        />
      )}
      <YearField id={id} label="Năm" example={2025} value={filters.year} />
      <p id={`${id}-hint`} className="search-filters__hint">
        Gõ họ tên có dấu hoặc không dấu, từ đầu (ví dụ “nguyen van a”), hoặc số quyết định (ví dụ 15/QĐ-CCTHADS).
      </p>
      <button type="submit" className="button">
        Tìm
      </button>
    </form>
  );
}
