import type { Context } from 'koa';

const FORBIDDEN =
  'Bạn không có quyền làm việc này với vai trò hiện tại; hãy hỏi Biên tập viên hoặc Quản trị cấp cao (Forbidden)';

/**
 * The admin's refusals without a reason (Strapi's bare "Forbidden", which its admin shows as a notification in
 * English) say in Vietnamese what they mean and whom to ask. Refusals that give a reason keep it; the public API's
 * answers are left as they are.
 */
export default () => async (ctx: Context, next: () => Promise<void>) => {
  await next();
  if (ctx.status !== 403 || ctx.path.toLowerCase().startsWith('/api/')) return;
  const error = (ctx.body as { error?: { message?: unknown } } | undefined)?.error;
  if (error && error.message === 'Forbidden') error.message = FORBIDDEN;
};
