import type { AssetKind, NoticeKind } from '@thads/content';
import { pageFromSearch } from '../../config/paths';
import { isAssetKind, isNoticeKind } from './labels';

/** Open notices shown at most (they are few: each is open for weeks), and expired ones per page. */
export const OPEN_NOTICES_SIZE = 50;
export const EXPIRED_NOTICES_PAGE_SIZE = 10;

/**
 * The filters of `/thong-bao`: the kind, and on the national site the agency and asset kind; `page` is the page of
 * the expired notices (the open ones are all shown).
 */
export type NoticeFilters = { kind?: NoticeKind; assetKind?: AssetKind; agency?: string; page: number };

const CODE = /^[a-z0-9-]{1,40}$/;

export function noticeFiltersFromUrl(search: string): NoticeFilters {
  const url = new URLSearchParams(search);
  const kind = url.get('loai');
  const assetKind = url.get('tai-san');
  const agency = url.get('co-quan');
  return {
    kind: isNoticeKind(kind) ? kind : undefined,
    assetKind: isAssetKind(assetKind) ? assetKind : undefined,
    agency: agency && CODE.test(agency) ? agency : undefined,
    page: pageFromSearch(search),
  };
}

export function noticeSearch(filters: NoticeFilters, page = filters.page): string {
  const query = new URLSearchParams();
  if (filters.kind) query.set('loai', filters.kind);
  if (filters.assetKind) query.set('tai-san', filters.assetKind);
  if (filters.agency) query.set('co-quan', filters.agency);
  if (page > 1) query.set('trang', String(page));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Whose notices a page lists: the agency's own; on the national site every agency's, or the one its filter names. */
export const noticeListAgency = (scope: { code: string; national: boolean }, filters: NoticeFilters): string | null =>
  scope.national ? (filters.agency ?? null) : scope.code;
