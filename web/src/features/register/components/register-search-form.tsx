import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useLocation } from 'wouter';
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
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget))
      if (typeof value === 'string') query.set(name, value);
    navigate(paths.register.build(registerSearch(registerFiltersFromUrl(`?${query}`), 1)));
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
        <div className="form__field">
          <label htmlFor={`${id}-agency`}>Cơ quan</label>
          <select id={`${id}-agency`} name="co-quan" defaultValue={filters.agency ?? ''}>
            <option value="">Tất cả các cơ quan</option>
            {agencies.map(({ code, name, merged }) => (
              <option key={code} value={code}>
                {merged ? `— ${name} (đã hợp nhất)` : name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="form__field">
          <label htmlFor={`${id}-unit`}>Đơn vị</label>
          <select id={`${id}-unit`} name="don-vi" defaultValue={filters.unit ?? ''}>
            <option value="">Tất cả đơn vị</option>
            {units.map((unit) => (
              <option key={unit.documentId} value={unit.documentId}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form__field">
        <label htmlFor={`${id}-nam`}>Năm</label>
        <input
          id={`${id}-nam`}
          name="nam"
          inputMode="numeric"
          pattern="\d{4}"
          title="Năm gồm 4 chữ số, ví dụ 2025"
          autoComplete="off"
          defaultValue={filters.year ?? ''}
        />
      </div>
      <p id={`${id}-hint`} className="search-filters__hint">
        Gõ họ tên có dấu hoặc không dấu, từ đầu (ví dụ “nguyen van a”), hoặc số quyết định (ví dụ 15/QĐ-CCTHADS).
      </p>
      <button type="submit" className="button">
        Tìm
      </button>
    </form>
  );
}
