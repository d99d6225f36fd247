import { QUESTION_STATUSES, QUESTION_TOPICS, type QuestionStatus, type QuestionTopic } from '@thads/content';

/**
 * What editors read for the values of the content model's enumerations (`audience`, `reviewState`, an agency's and a
 * unit's `kind`), kept as codes in
 * the API. The content manager's select names each option by the message whose id is the value itself (Strapi's
 * `EnumerationInput`), so these are registered with the admin's translations under the bare values; list cells show
 * the same text (`enumeration-cells.tsx`).
 */
/** Citizens' questions' topics and statuses, in the words the site uses too (`@thads/content`). */
const questionLabels = (language: 'vi' | 'en') =>
  Object.fromEntries([...QUESTION_TOPICS, ...QUESTION_STATUSES].map((item) => [item.value, item[language]])) as Record<
    QuestionTopic | QuestionStatus,
    string
  >;

const en = {
  public: 'Public: everyone',
  staff: 'Staff only (signed in)',
  submitted: 'Waiting for review',
  returned: 'Returned to the author',
  central: 'Central department',
  province: 'Province',
  city: 'City',
  merged: 'Merged into another agency',
  'head-office': 'Head office',
  regional: 'Regional office',
  ...questionLabels('en'),
  // The agencies' records (issue 20).
  law: 'Law',
  resolution: 'Resolution',
  decree: 'Decree',
  circular: 'Circular',
  decision: 'Decision',
  directive: 'Directive',
  plan: 'Plan',
  'official-letter': 'Official letter',
  notice: 'Notice',
  report: 'Report',
  other: 'Other',
  'in-force': 'In force',
  'partly-expired': 'Partly expired',
  expired: 'Expired',
  'not-yet-in-force': 'Not yet in force',
  'asset-auction': 'Auction of assets',
  'organisation-selection': 'Selection of an auction or valuation organisation',
  enforcement: 'Enforcement notice',
  'real-estate': 'Real estate',
  'land-use-right': 'Land use right',
  vehicle: 'Vehicle',
  machinery: 'Machinery, equipment',
  goods: 'Goods',
  valuables: 'Valuables',
  shares: 'Shares, capital contributions',
  'other-asset': 'Other assets',
  paid: 'Paid in full',
  'conditions-found': 'Now has conditions to pay',
  'case-ended': 'Enforcement ended',
  'other-reason': 'Other reason',
};
export type EnumerationValue = keyof typeof en;
const vi: Record<EnumerationValue, string> = {
  public: 'Công khai: mọi người đọc',
  staff: 'Nội bộ: cán bộ đã đăng nhập',
  submitted: 'Chờ duyệt',
  returned: 'Bị trả lại',
  central: 'Cục Quản lý (trung ương)',
  province: 'Tỉnh',
  city: 'Thành phố',
  merged: 'Đã hợp nhất vào cơ quan khác',
  'head-office': 'Trụ sở chính',
  regional: 'Phòng thi hành án dân sự khu vực',
  ...questionLabels('vi'),
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  circular: 'Thông tư',
  decision: 'Quyết định',
  directive: 'Chỉ thị',
  plan: 'Kế hoạch',
  'official-letter': 'Công văn',
  notice: 'Thông báo',
  report: 'Báo cáo',
  other: 'Loại khác',
  'in-force': 'Còn hiệu lực',
  'partly-expired': 'Hết hiệu lực một phần',
  expired: 'Hết hiệu lực',
  'not-yet-in-force': 'Chưa có hiệu lực',
  'asset-auction': 'Thông báo đấu giá tài sản',
  'organisation-selection': 'Thông báo lựa chọn tổ chức đấu giá, thẩm định giá',
  enforcement: 'Thông báo thi hành án',
  'real-estate': 'Bất động sản',
  'land-use-right': 'Quyền sử dụng đất',
  vehicle: 'Phương tiện giao thông',
  machinery: 'Máy móc, thiết bị',
  goods: 'Hàng hoá',
  valuables: 'Tài sản có giá trị',
  shares: 'Cổ phần, phần vốn góp',
  'other-asset': 'Tài sản khác',
  paid: 'Đã thi hành xong',
  'conditions-found': 'Đã có điều kiện thi hành',
  'case-ended': 'Kết thúc, đình chỉ thi hành án',
  'other-reason': 'Lý do khác',
};
export const ENUMERATION_LABELS = { en, vi };
