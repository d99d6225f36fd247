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

/**
 * What the site search looks for (`loai`): news without it; documents, notices or citizens' published questions, each
 * its own kind of result.
 */
export const SEARCH_KINDS = { 'van-ban': 'legal-document', 'thong-bao': 'notice', 'hoi-dap': 'question' } as const;
export type SearchKind = 'article' | (typeof SEARCH_KINDS)[keyof typeof SEARCH_KINDS];
/** The agencies' records among the kinds: the CMS's `/api/search?type=`. */
export type RecordKind = Extract<SearchKind, 'legal-document' | 'notice'>;

export function searchKindFromUrl(search: string): SearchKind {
  const kind = new URLSearchParams(search).get('loai');
  return kind && Object.hasOwn(SEARCH_KINDS, kind) ? SEARCH_KINDS[kind as keyof typeof SEARCH_KINDS] : 'article';
}

/** The address's `loai` of a kind of result (none for news). */
export const searchKindParam = (kind: SearchKind) =>
  Object.entries(SEARCH_KINDS).find(([, value]) => value === kind)?.[0];

/** A search of the site (the API's `SearchParams` for news), of one kind of result; citizens' questions by topic. */
export type SiteSearchParams = SearchParams & { kind: SearchKind; topic?: string };

/** The search page's address holds the query and its filters, under Vietnamese parameter names. */
export function searchParamsFromUrl(search: string): SiteSearchParams {
  const url = new URLSearchParams(search);
  const value = (name: string) => url.get(name) || undefined;
  const kind = searchKindFromUrl(search);
  return {
    kind,
    topic: kind === 'question' ? value('chu-de') : undefined,
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

/** The search page's address of a search (a kind's query alone: its filters are per kind), at one of its pages. */
export const searchUrl = (params: Partial<SiteSearchParams> & { q: string }, page = params.page ?? 1) =>
  paths.search.build({
    q: params.q,
    loai: searchKindParam(params.kind ?? 'article'),
    'chu-de': params.kind === 'question' ? params.topic : undefined,
    trang: page,
    'chuyen-muc': params.category,
    'phong-trao': params.theme,
    'tac-gia': params.author,
    'tu-ngay': params.from,
    'den-ngay': params.to,
    'co-quan': params.agency,
  });
