import { pageFromSearch } from '../../config/paths';

export const REGISTER_PAGE_SIZE = 20;

/** The register's search in the address: `q` (a name without diacritics, or a decision number), unit, year, page. */
export type RegisterFilters = { q: string; unit?: string; year?: number; page: number; agency?: string };

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
const CODE = /^[a-z0-9-]{1,40}$/;

export function registerFiltersFromUrl(search: string): RegisterFilters {
  const url = new URLSearchParams(search);
  const unit = url.get('don-vi');
  const year = Number(url.get('nam'));
  const agency = url.get('co-quan');
  return {
    q: (url.get('q') ?? '').normalize('NFC').slice(0, 200),
    unit: unit && DOCUMENT_ID.test(unit) ? unit : undefined,
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    page: pageFromSearch(search),
    ...(agency && CODE.test(agency) ? { agency } : {}),
  };
}

export function registerSearch(filters: RegisterFilters, page = filters.page): string {
  const query = new URLSearchParams();
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.agency) query.set('co-quan', filters.agency);
  if (filters.unit) query.set('don-vi', filters.unit);
  if (filters.year) query.set('nam', String(filters.year));
  if (page > 1) query.set('trang', String(page));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The CMS's query of some filters. */
export const registerQuery = (filters: RegisterFilters) => ({
  q: filters.q.trim() || undefined,
  unit: filters.unit,
  year: filters.year,
  page: filters.page,
  pageSize: REGISTER_PAGE_SIZE,
});

/** Whose register a page searches: the agency's (with its merged agencies'); nationally all, or the one chosen. */
export const registerAgency = (scope: { code: string; national: boolean }, filters: RegisterFilters): string | null =>
  scope.national ? (filters.agency ?? null) : scope.code;
