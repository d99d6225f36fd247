import type { Core } from '@strapi/strapi';
import { UPLOAD_ALLOWED_TYPES } from '../src/upload/content-check';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Uploads on an S3-compatible bucket when UPLOAD_PROVIDER=s3, so that every CMS instance serves the same files;
 * otherwise Strapi's local provider (cms/public/uploads, one machine only).
 */
function uploadProvider(env: Env) {
  const provider = env('UPLOAD_PROVIDER', 'local');
  if (provider === 'local') return {};
  if (provider !== 's3') throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", not "${provider}"`);
  const bucket = env('S3_BUCKET', '');
  const baseUrl = env('S3_PUBLIC_URL', '');
  if (!bucket || !baseUrl) throw new Error('UPLOAD_PROVIDER=s3 needs S3_BUCKET and S3_PUBLIC_URL');
  const acl = env('S3_ACL', 'public-read');
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Where readers fetch files from (the bucket's public address or a CDN in front of it), kept in each file's URL.
      baseUrl: baseUrl.replace(/\/+$/, ''),
      rootPath: env('S3_ROOT_PATH', '') || undefined,
      s3Options: {
        credentials: { accessKeyId: env('S3_ACCESS_KEY_ID', ''), secretAccessKey: env('S3_SECRET_ACCESS_KEY', '') },
        region: env('S3_REGION', 'us-east-1'),
        endpoint: env('S3_ENDPOINT', '') || undefined,
        // Most S3-compatible services (MinIO, Ceph, s3rver) address buckets by path, not by host name.
        forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', true),
        // Newer AWS SDKs add checksums that many S3-compatible services refuse.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // Buckets with ACLs disabled (AWS's default since 2023, R2) refuse an ACL header: S3_ACL=none sends none.
        params: { Bucket: bucket, ACL: acl === 'none' ? undefined : acl },
      },
    },
  };
}

/**
 * Mail through one SMTP server for the installation (SMTP_HOST…), used to tell citizens their question was answered;
 * each agency's own sender name and reply-to address are set per message. Without SMTP_HOST nothing is sent (the
 * notifications wait, see config/questions.ts), and Strapi's default sendmail is never used.
 */
function emailProvider(env: Env) {
  const host = env('SMTP_HOST', '');
  if (!host) return {};
  const username = env('SMTP_USERNAME', '');
  const timeout = env.int('SMTP_TIMEOUT_MS', 10_000);
  return {
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host,
          port: env.int('SMTP_PORT', 587),
          // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (required with
          // SMTP_REQUIRE_TLS=true).
          secure: env.bool('SMTP_SECURE', false),
          requireTLS: env.bool('SMTP_REQUIRE_TLS', false),
          auth: username ? { user: username, pass: env('SMTP_PASSWORD', '') } : undefined,
          connectionTimeout: timeout,
          greetingTimeout: timeout,
          socketTimeout: timeout,
        },
        settings: {
          defaultFrom: env('SMTP_FROM', `no-reply@${host}`),
          defaultReplyTo: env('SMTP_FROM', `no-reply@${host}`),
        },
      },
    },
  };
}

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  ...emailProvider(env),
  upload: {
    config: {
      ...uploadProvider(env),
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
