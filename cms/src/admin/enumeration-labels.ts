/**
 * What editors read for the values of the content model's enumerations (`audience`, `reviewState`), kept as codes in
 * the API. The content manager's select names each option by the message whose id is the value itself (Strapi's
 * `EnumerationInput`), so these are registered with the admin's translations under the bare values; list cells show
 * the same text (`enumeration-cells.tsx`).
 */
const en = {
  public: 'Public: everyone',
  staff: 'Staff only (signed in)',
  submitted: 'Waiting for review',
  returned: 'Returned to the author',
};
export type EnumerationValue = keyof typeof en;
const vi: Record<EnumerationValue, string> = {
  public: 'Công khai: mọi người đọc',
  staff: 'Nội bộ: cán bộ đã đăng nhập',
  submitted: 'Chờ duyệt',
  returned: 'Bị trả lại',
};
export const ENUMERATION_LABELS = { en, vi };
