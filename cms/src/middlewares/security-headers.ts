import type { Context } from 'koa';

/** Powerful browser features neither the admin panel nor the API needs; no page of ours may ask for them. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

export default () => async (ctx: Context, next: () => Promise<void>) => {
  ctx.set('Permissions-Policy', PERMISSIONS_POLICY);
  await next();
};
