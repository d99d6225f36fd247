import type { Core } from '@strapi/strapi';

/** The origin uploads are served from when they live in an S3 bucket (S3_PUBLIC_URL), for the image CSP. */
function uploadOrigins(publicUrl: string): string[] {
  if (!publicUrl) return [];
  try {
    return [new URL(publicUrl).origin];
  } catch {
    throw new Error(`S3_PUBLIC_URL is not a URL: "${publicUrl}"`);
  }
}

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  // Outside the error handler: sees its 500s (and the public's 401s) and turns them into 503s while PostgreSQL is down.
  'global::database-outage',
  // Outside the error handler too: it sees the bare "Forbidden" the handler answered, and says what it means.
  'global::admin-refusals',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:', ...uploadOrigins(env('S3_PUBLIC_URL', ''))],
          'media-src': ["'self'", 'data:', 'blob:', ...uploadOrigins(env('S3_PUBLIC_URL', ''))],
          'frame-ancestors': ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      frameguard: { action: 'sameorigin' },
    },
  },
  // Headers helmet does not set (Permissions-Policy).
  'global::security-headers',
  {
    name: 'strapi::cors',
    config: {
      // The site's own server proxies the API; other origins (partners' browsers) are listed explicitly.
      origin: env.array('CORS_ORIGINS', ['http://localhost:8080', 'http://127.0.0.1:8080', 'http://localhost:5173']),
      methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE'],
    },
  },
  // Before anything parses the request: a limited client costs nothing, a cached answer almost nothing.
  'global::rate-limit',
  'global::public-cache',
  // Uploaded files: an ETag and revalidated caching (the upload plugin's static server sends max-age=0).
  'global::upload-cache',
  'strapi::query',
  // A question sent through the public form is small: a large body is refused before the body parser reads it.
  'global::question-body',
  {
    name: 'strapi::body',
    // Refused while streaming, before a too-large file fills the disk (the upload plugin checks again).
    config: { formidable: { maxFileSize: env.int('UPLOAD_MAX_MB', 20) * 1024 * 1024 } },
  },
  // Strapi's password routes held to the second factor and the account lock; the project's sign-in page.
  'global::admin-sign-in',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
