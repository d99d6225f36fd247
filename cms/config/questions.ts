import type { Core } from '@strapi/strapi';

/**
 * Citizens' questions (the public form). `contactRetentionMonths`: how long after the answer (or the decision not to
 * publish) a citizen's contact details are kept before they are erased. `jobIntervalMs`: how often the erasure and
 * the answer notifications run. `mail`: whether answer notifications are sent (SMTP configured, see plugins.ts), how
 * often a failed one is tried again and when to give up.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  contactRetentionMonths: env.int('QUESTION_CONTACT_RETENTION_MONTHS', 12),
  jobIntervalMs: env.int('QUESTION_JOBS_INTERVAL_MS', 60_000),
  mail: {
    enabled: env('SMTP_HOST', '') !== '',
    retrySeconds: env.int('QUESTION_MAIL_RETRY_SECONDS', 60),
    maxAttempts: env.int('QUESTION_MAIL_MAX_ATTEMPTS', 12),
  },
});
