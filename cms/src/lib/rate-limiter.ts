import { isIP } from 'node:net';
import type { Core } from '@strapi/strapi';
import { QUESTION_BUDGET_TABLE, sharedBudget, SIGN_IN_BUDGET_TABLE, type SharedBudget } from './shared-budget';

export type RateLimitSettings = { enabled: boolean; perMinute: number; burst: number; trustedProxies: string[] };
type BudgetSettings = { burst: number; perMinute: number };
export type RateLimitConfig = RateLimitSettings & { signIn: BudgetSettings; questions: BudgetSettings };
type Bucket = { tokens: number; updatedAt: number };

/** Past this many tracked clients, buckets that have refilled completely are forgotten. */
const SWEEP_ABOVE = 10_000;

/**
 * The address of the client a request is for. `X-Forwarded-For` is believed only from a trusted proxy (anyone else
 * could write any address there): walking it from the right, the first hop that is not a trusted proxy is the client.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  const address = peer ?? 'unknown';
  if (!trustedProxies.has(address) || !forwardedFor) return address;
  const hops = forwardedFor.split(',').map((hop) => hop.trim());
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index];
    if (isIP(hop) === 0) return address;
    if (!trustedProxies.has(hop)) return hop;
  }
  return address;
}

/**
 * A token bucket per client: `burst` requests at once, refilled at `perMinute`, kept by this instance (the API's:
 * behind a load balancer each instance allows its share, which bounds a client all the same).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(private readonly settings: RateLimitSettings) {
    this.refillPerMs = settings.perMinute / 60_000;
  }

  /**
   * Takes one request from the bucket of a client (its address, see `clientAddress`): null when allowed, else the
   * seconds until the next one is.
   */
  take(client: string): number | null {
    if (!this.settings.enabled) return null;
    const now = Date.now();
    let bucket = this.buckets.get(client);
    if (!bucket) {
      if (this.buckets.size >= SWEEP_ABOVE) this.sweep(now);
      bucket = { tokens: this.settings.burst, updatedAt: now };
      this.buckets.set(client, bucket);
    }
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000));
    bucket.tokens -= 1;
    return null;
  }

  private sweep(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.settings.burst)
        this.buckets.delete(client);
    }
  }
}

type Limiters = { reads: RateLimiter; signIns: SharedBudget; questions: SharedBudget };
const limiters = new WeakMap<Core.Strapi, Limiters>();

/**
 * The limiters: one for the API at large, per instance (shared, it would cost a database write per public read),
 * and much smaller ones, shared by every instance on PostgreSQL, for attempts to sign in and for citizens' questions
 * sent through the public form.
 */
export function rateLimitersOf(strapi: Core.Strapi): Limiters {
  let set = limiters.get(strapi);
  if (!set) {
    const config = strapi.config.get<RateLimitConfig>('rate-limit');
    const shared = (settings: BudgetSettings, table: string) => {
      const budget = { ...config, ...settings };
      return sharedBudget(strapi, budget, new RateLimiter(budget), table);
    };
    set = {
      reads: new RateLimiter(config),
      signIns: shared(config.signIn, SIGN_IN_BUDGET_TABLE),
      questions: shared(config.questions, QUESTION_BUDGET_TABLE),
    };
    limiters.set(strapi, set);
  }
  return set;
}

/** The body of a 429, in Strapi's error envelope. */
export function tooManyRequestsBody(retryAfter: number) {
  return {
    data: null,
    error: {
      status: 429,
      name: 'TooManyRequestsError',
      message: `Quá nhiều yêu cầu, vui lòng thử lại sau ${retryAfter} giây (too many requests, retry after ${retryAfter} s)`,
      details: { retryAfter },
    },
  };
}
