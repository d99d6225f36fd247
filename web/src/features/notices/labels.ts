import type { AssetKind, NoticeKind } from '@thads/content';

export const NOTICE_KINDS: Record<NoticeKind, string> = {
  'asset-auction': 'Thông báo đấu giá tài sản',
  'organisation-selection': 'Thông báo lựa chọn tổ chức đấu giá, thẩm định giá',
  enforcement: 'Thông báo thi hành án',
};

export const ASSET_KINDS: Record<AssetKind, string> = {
  'real-estate': 'Nhà ở, công trình',
  'land-use-right': 'Quyền sử dụng đất',
  vehicle: 'Phương tiện giao thông',
  machinery: 'Máy móc, thiết bị',
  goods: 'Hàng hóa',
  valuables: 'Tài sản có giá trị',
  shares: 'Cổ phần, phần vốn góp',
  'other-asset': 'Tài sản khác',
};

export const isNoticeKind = (value: string | null | undefined): value is NoticeKind =>
  Boolean(value) && Object.hasOwn(NOTICE_KINDS, value!);
export const isAssetKind = (value: string | null | undefined): value is AssetKind =>
  Boolean(value) && Object.hasOwn(ASSET_KINDS, value!);

/** The national auction portal, where auction notices are also posted (Luật Đấu giá tài sản). */
export const AUCTION_PORTAL = {
  name: 'Cổng Thông tin điện tử quốc gia về đấu giá tài sản',
  url: 'https://dgts.moj.gov.vn',
};
