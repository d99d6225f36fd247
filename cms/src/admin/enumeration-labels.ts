/**
 * What editors read for the values of the content model's enumerations (`audience`, `reviewState`, an agency's and a
 * unit's `kind`), kept as codes in
 * the API. The content manager's select names each option by the message whose id is the value itself (Strapi's
 * `EnumerationInput`), so these are registered with the admin's translations under the bare values; list cells show
 * the same text (`enumeration-cells.tsx`).
 */
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
};
export const ENUMERATION_LABELS = { en, vi };
