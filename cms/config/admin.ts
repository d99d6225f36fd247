import type { Core } from '@strapi/strapi';
import { sessionLifetimes } from '../src/admin-accounts/settings';
import { previewOrigin, previewUrl } from '../src/preview/handler';

const { idleSeconds, maxSeconds, accessSeconds } = sessionLifetimes();

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The admin's refresh cookie: HttpOnly (Strapi's default), Secure in production over HTTPS (Strapi decides per
  // request), and never sent on requests from other sites. Sessions end after ADMIN_SESSION_IDLE_MINUTES without a
  // request (30) and ADMIN_SESSION_MAX_HOURS in all (12), "remember me" included: its lifetimes are the same.
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
    cookie: { sameSite: 'strict' },
    sessions: {
      accessTokenLifespan: accessSeconds,
      idleSessionLifespan: idleSeconds,
      maxSessionLifespan: maxSeconds,
      idleRefreshTokenLifespan: idleSeconds,
      maxRefreshTokenLifespan: maxSeconds,
    },
  },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  // Tests and API-only instances run without the admin bundle.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  flags: { nps: false, promoteEE: false },
  // The edit view's preview shows the site's own page for the draft; the admin may frame the site and nothing else.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [previewOrigin()],
      handler: (uid: string, params: { documentId?: string; status?: string }) => previewUrl(strapi, uid, params),
    },
  },
});
