import type { SearchParams } from '@thads/content';
import { pageFromSearch, paths } from '../../config/paths';

const PAGE_SIZE = 10;

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
    from: value('tu-ngay'),
    to: value('den-ngay'),
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
  });
