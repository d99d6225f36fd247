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
 * A search of the site: of articles (the API's `SearchParams`), or of citizens' published questions (`loai=hoi-dap`,
 * their own kind of result), by topic (`chu-de`).
 */
export type SiteSearchParams = SearchParams & { kind: 'article' | 'question'; topic?: string };

/** `loai=hoi-dap`: the search's kind of result in its address (articles without it). */
export const QUESTION_KIND = 'hoi-dap';

/** The search page's address holds the query and its filters, under Vietnamese parameter names. */
export function searchParamsFromUrl(search: string): SiteSearchParams {
  const url = new URLSearchParams(search);
  const value = (name: string) => url.get(name) || undefined;
  return {
    kind: url.get('loai') === QUESTION_KIND ? 'question' : 'article',
    topic: value('chu-de'),
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

export const searchUrl = (params: SiteSearchParams, page = params.page ?? 1) =>
  paths.search.build({
    q: params.q,
    loai: params.kind === 'question' ? QUESTION_KIND : undefined,
    'chu-de': params.kind === 'question' ? params.topic : undefined,
    trang: page,
    'chuyen-muc': params.category,
    'phong-trao': params.theme,
    'tac-gia': params.author,
    'tu-ngay': params.from,
    'den-ngay': params.to,
    'co-quan': params.agency,
  });
