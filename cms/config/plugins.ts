import type { Core } from '@strapi/strapi';
import { UPLOAD_ALLOWED_TYPES } from '../src/upload/content-check';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_MAX_MB', 20) * 1024 * 1024,
      // SVG and HTML can carry scripts that run on the site's origin: never accepted, whatever the list says.
      security: {
        allowedTypes: UPLOAD_ALLOWED_TYPES,
        deniedTypes: [
          'image/svg+xml',
          'text/html',
          'application/xhtml+xml',
          'application/javascript',
          'text/javascript',
        ],
      },
    },
  },
  'users-permissions': {
    config: {
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '8h') },
      jwtSecret: env('JWT_SECRET'),
      // Its own limiter keys on the socket address, which behind the site's server is the server for everyone: one
      // guesser would lock all staff out. Sign-in attempts are limited per real client in global::rate-limit instead.
      ratelimit: { enabled: false },
    },
  },
});
