import type { SearchParams } from '@thads/content';
import { formatVietnamDate, parseIsoDay, vietnameseDayToIso, vietnamInstant } from '@thads/vietnamese';
import { pageFromSearch, paths } from '../../config/paths';

const PAGE_SIZE = 10;

/**
 * A day of the period filter as the API takes it (yyyy-mm-dd): readers type dd/mm/yyyy (the filter form sends it so
 * without JavaScript). Anything else is passed on as typed, for the CMS to refuse with its reason.
 */
export const filterDay = (text: string | undefined) => (text ? (vietnameseDayToIso(text) ?? text) : undefined);

/** 2021-03-16 → 16/03/2021 for the filter's field; a text that is not such a day is shown as it was typed. */
export const filterDayText = (isoDay: string | undefined): string =>
  isoDay && parseIsoDay(isoDay) ? formatVietnamDate(vietnamInstant(isoDay)) : (isoDay ?? '');

/** The search page's address holds the query and its filters, under Vietnamese parameter names. */
export function searchParamsFromUrl(search: string): SearchParams {
  const url = new URLSearchParams(search);
  const value = (name: string) => url.get(name) || undefined;
  return {
    q: url.get('q') ?? '',
    page: pageFromSearch(search),
    pageSize: PAGE_SIZE,
    category: value('chuyen-muc'),
    theme: value('phong-trao'),
    author: value('tac-gia'),
    from: filterDay(value('tu-ngay')),
    to: filterDay(value('den-ngay')),
    agency: value('co-quan'),
  };
}

export const searchUrl = (params: SearchParams, page = params.page ?? 1) =>
  paths.search.build({
    q: params.q,
    trang: page,
    'chuyen-muc': params.category,
    'phong-trao': params.theme,
    'tac-gia': params.author,
    'tu-ngay': params.from,
    'den-ngay': params.to,
    'co-quan': params.agency,
  });

/** What the site search looks for besides news (`loai`): documents or notices, each its own kind of result. */
export const SEARCH_KINDS = { 'van-ban': 'legal-document', 'thong-bao': 'notice' } as const;
export type SearchKind = (typeof SEARCH_KINDS)[keyof typeof SEARCH_KINDS];

export function searchKindFromUrl(search: string): SearchKind | null {
  const kind = new URLSearchParams(search).get('loai');
  return kind && Object.hasOwn(SEARCH_KINDS, kind) ? SEARCH_KINDS[kind as keyof typeof SEARCH_KINDS] : null;
}

/** The address's `loai` of a kind of result (none for news). */
export const searchKindParam = (kind: SearchKind | null) =>
  kind ? Object.entries(SEARCH_KINDS).find(([, value]) => value === kind)?.[0] : undefined;

/** The search page's address for a kind of result (null: news), with the query only (filters are per kind). */
export const searchKindUrl = (q: string, kind: SearchKind | null, page = 1) =>
  paths.search.build({ q, trang: page, loai: searchKindParam(kind) });
