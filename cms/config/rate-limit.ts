import type { Core } from '@strapi/strapi';

/**
 * Per-client limit on the public API: a token bucket of `burst` requests refilled at `perMinute`. A page of the
 * site costs a handful of requests, so a reader never meets it; a scraper looping on the API does.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('RATE_LIMIT_ENABLED', true),
  perMinute: env.int('RATE_LIMIT_PER_MINUTE', 1200),
  burst: env.int('RATE_LIMIT_BURST', 300),
  // Sign-in, password reset and the like: a bucket of its own per client, small enough to stop password guessing.
  signIn: { burst: env.int('SIGN_IN_BURST', 10), perMinute: env.int('SIGN_IN_PER_MINUTE', 2) },
  // Citizens' questions (the public form): a few at once per client, then QUESTION_PER_HOUR; shared by every instance.
  questions: { burst: env.int('QUESTION_BURST', 5), perMinute: env.int('QUESTION_PER_HOUR', 10) / 60 },
  // Peers whose X-Forwarded-For names the real client: the site's own server and the load balancer.
  trustedProxies: env.array('TRUSTED_PROXIES', ['127.0.0.1', '::1', '::ffff:127.0.0.1']),
});
