import type { LegalDocumentListQuery } from '@thads/content';
import { pageFromSearch } from '../../config/paths';
import { isLegalDocumentKind, isValidity } from './labels';

/** Documents per page of the list (the page and its prefetch ask the same). */
export const DOCUMENTS_PAGE_SIZE = 20;

/** The filters of `/van-ban`, under Vietnamese parameter names. */
export type LegalDocumentFilters = Omit<LegalDocumentListQuery, 'agency' | 'pageSize'> & { page: number };

/** The list's filters from its address; a value that is not one of the filter's is left out. */
export function legalDocumentFiltersFromUrl(search: string): LegalDocumentFilters {
  const url = new URLSearchParams(search);
  const text = (name: string) => url.get(name)?.trim().normalize('NFC').slice(0, 200) || undefined;
  const kind = url.get('loai');
  const validity = url.get('hieu-luc');
  const year = Number(url.get('nam'));
  return {
    kind: isLegalDocumentKind(kind) ? kind : undefined,
    issuingBody: text('co-quan-ban-hanh'),
    field: text('linh-vuc'),
    year: Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : undefined,
    validity: isValidity(validity) ? validity : undefined,
    page: pageFromSearch(search),
  };
}

/** The address's query string of some filters (and a page of the list). */
export function legalDocumentSearch(filters: LegalDocumentFilters, page = filters.page): string {
  const query = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') query.set(name, String(value));
  };
  set('loai', filters.kind);
  set('co-quan-ban-hanh', filters.issuingBody);
  set('linh-vuc', filters.field);
  set('nam', filters.year);
  set('hieu-luc', filters.validity);
  if (page > 1) set('trang', page);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Whether any filter narrows the list (the central department's section is then filtered the same way). */
export const isFiltered = (filters: LegalDocumentFilters) =>
  Boolean(filters.kind || filters.issuingBody || filters.field || filters.year || filters.validity);

/** The page of the central department's section (`trang-tw`), beside the agency's own list's (`trang`). */
export function centralPageFromSearch(search: string): number {
  const page = Number(new URLSearchParams(search).get('trang-tw'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}
