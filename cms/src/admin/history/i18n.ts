/** The admin's language (the key Strapi keeps it under): Vietnamese unless the editor switched to English. */
export const vietnamese = (): boolean => (window.localStorage.getItem('strapi-admin-language') ?? 'vi') !== 'en';

/** The text in the editor's language. */
export const t = (vi: string, en: string): string => (vietnamese() ? vi : en);

export const when = (iso: string): string =>
  new Date(iso).toLocaleString(vietnamese() ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });

const ACTIONS: Record<string, [string, string]> = {
  create: ['Tạo mới', 'Created'],
  update: ['Lưu bản nháp', 'Saved draft'],
  publish: ['Xuất bản', 'Published'],
  unpublish: ['Gỡ xuất bản', 'Unpublished'],
  delete: ['Xoá', 'Deleted'],
  restore: ['Khôi phục', 'Restored'],
  discard: ['Bỏ thay đổi', 'Discarded changes'],
  schedule: ['Hẹn giờ', 'Scheduled'],
  'auth.success': ['Đăng nhập', 'Signed in'],
  'auth.failure': ['Đăng nhập thất bại', 'Failed sign-in'],
};

export const actionLabel = (action: string): string => {
  const label = ACTIONS[action];
  return label ? t(...label) : action;
};

/** An error answer of the admin's fetch client as a sentence for the editor. */
export function errorText(error: unknown): string {
  const answer = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return answer.response?.data?.error?.message ?? answer.message ?? String(error);
}
