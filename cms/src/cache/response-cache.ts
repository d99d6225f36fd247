import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import qs from 'qs';
import type { RequestIdentity } from '../http/request-identity';

/**
 * One stored public response: the exact bytes and headers sent (security headers, type, validators), so a hit
 * costs no serialisation and no middleware.
 */
export type CachedResponse = {
  body: Buffer;
  etag: string;
  headers: Record<string, string | string[]>;
  /** The agency whose content the answer is of (or the national tag), set when stored. */
  tag?: string;
};

export type ResponseCacheOptions = {
  /** Upper bound of the bytes kept (bodies), so many distinct queries cannot exhaust memory. */
  maxBytes: number;
  /**
   * How long an entry lives at most. Invalidation is what keeps entries fresh; this bounds what nothing
   * announces, such as a scheduled publication or a lost cross-instance notification.
   */
  ttlMs: number;
};

/** Distinct counts kept (lists by filter, searches by query): numbers, so many cost little. */
const COUNTS_KEPT = 5000;

/** The tag of answers that name no agency: the whole installation's (lists, search, the agencies themselves). */
export const NATIONAL_TAG = '*';

/**
 * The server-side cache of public GET responses. Each answer is tagged with the agency its request names (or the
 * national tag), and each tag has a generation: a change in some agencies empties the answers of those tags and
 * starts new generations of them, leaving the other agencies' answers warm; `invalidate()` with no tags empties
 * everything. A response computed from data read before a change carries the old generation and is not stored, so a
 * slow request racing a write cannot put stale bytes back.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private currentGeneration = 0;
  private readonly tagGenerations = new Map<string, number>();
  /** The keys stored under each tag, to empty one tag without walking every entry. */
  private readonly keysByTag = new Map<string, Set<string>>();
  /** Misses being computed, by generation and key: when they finish. */
  private readonly computing = new Map<string, Promise<void>>();
  /** Counts by generation and what they count: a count of an older generation is never reached again. */
  private readonly counts: LRUCache<string, Promise<unknown>>;

  constructor({ maxBytes, ttlMs }: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length + 64,
      ttl: ttlMs,
      dispose: (entry, key) => this.keysByTag.get(entry.tag ?? NATIONAL_TAG)?.delete(key),
    });
    this.counts = new LRUCache<string, Promise<unknown>>({ max: COUNTS_KEPT, ttl: ttlMs });
  }

  /** The generation of a tag's answers: it changes whenever they may have become stale. */
  generation(tag: string = NATIONAL_TAG): string {
    return `${this.currentGeneration}:${this.tagGenerations.get(tag) ?? 0}`;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /** Stores a response under its tag unless content of that tag changed since the request that computed it began. */
  set(key: string, response: CachedResponse, generationAtStart: string, tag: string = NATIONAL_TAG): boolean {
    if (generationAtStart !== this.generation(tag)) return false;
    if (response.body.length > this.entries.maxSize / 8) return false;
    this.entries.set(key, { ...response, tag });
    let keys = this.keysByTag.get(tag);
    if (!keys) this.keysByTag.set(tag, (keys = new Set()));
    keys.add(key);
    return true;
  }

  /**
   * The first miss of a key in a generation computes the answer; misses of that key arriving meanwhile wait for it, then
   * read the cache. Right after a publish empties the cache, many readers of one page would otherwise all compute it at
   * once and queue behind each other. Returns the function the computing request calls when done (stored or not), or
   * null after waiting.
   */
  async leadOrWait(key: string, tag: string = NATIONAL_TAG): Promise<(() => void) | null> {
    const flight = `${this.generation(tag)} ${key}`;
    const running = this.computing.get(flight);
    if (running) {
      await running;
      return null;
    }
    let finish = () => {};
    this.computing.set(flight, new Promise<void>((resolve) => (finish = resolve)));
    return () => {
      this.computing.delete(flight);
      finish();
    };
  }

  /**
   * A count (a list's total, a search's matches) made once per generation: the other pages and page sizes of a list
   * or a search, each a response of its own, reuse it instead of counting every match again. A count begun before a
   * change is forgotten with it; a failed one is not kept.
   */
  count<T>(key: string, work: () => Promise<T>, tag: string = NATIONAL_TAG): Promise<T> {
    const generationKey = `${this.generation(tag)} ${key}`;
    const kept = this.counts.get(generationKey) as Promise<T> | undefined;
    if (kept) return kept;
    const counting = work();
    this.counts.set(generationKey, counting);
    counting.catch(() => {
      if (this.counts.get(generationKey) === counting) this.counts.delete(generationKey);
    });
    return counting;
  }

  /** Empties the answers of these tags (agencies, the national tag), or everything when none are named. */
  invalidate(tags: Iterable<string> | null = null): void {
    if (tags === null) {
      this.currentGeneration += 1;
      this.entries.clear();
      this.keysByTag.clear();
      this.counts.clear();
      return;
    }
    for (const tag of tags) {
      this.tagGenerations.set(tag, (this.tagGenerations.get(tag) ?? 0) + 1);
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) this.entries.delete(key);
      this.keysByTag.delete(tag);
    }
  }
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeysDeep((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Per-user answers (the signed-in user, sign-in itself, OAuth redirects), draft previews (read with a token in the
 * query) and a citizen's question read with its tracking code are never shared or stored.
 */
const PERSONAL = /^\/api\/(users|auth|connect|users-permissions|preview|question-status)(\/|$)/;
const MAX_REMEMBERED_KEYS = 10_000;
const normalisedKeys = new Map<string, string>();
/** Beyond this a query is not worth a cache entry (and would only push useful ones out). */
const MAX_CACHED_QUERY = 4096;

/** Whether a request is a GET (or HEAD) of the public content API, the only requests with caching headers. */
export function isPublicRead(method: string | undefined, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && path.startsWith('/api/') && !PERSONAL.test(path);
}

/**
 * The shared-cache key of a public read, or null when it must not be shared: a request with credentials has a scope
 * of its own (staff may see more than the public), and a huge query is not worth an entry.
 */
export function sharedCacheKey({
  path,
  query: querystring,
  anonymous,
}: Pick<RequestIdentity, 'path' | 'query' | 'anonymous'>): string | null {
  if (!anonymous || querystring.length > MAX_CACHED_QUERY) return null;
  const raw = `${path}?${querystring}`;
  let key = normalisedKeys.get(raw);
  if (key === undefined) {
    // Parsing the query is most of a hit's cost; the same URLs come back again and again.
    if (normalisedKeys.size >= MAX_REMEMBERED_KEYS) normalisedKeys.clear();
    key = cacheKey('public', path, querystring);
    normalisedKeys.set(raw, key);
  }
  return key;
}

/**
 * The cache key of a request: the access scope, the path and the query as Strapi will read it, with parameter
 * order and encoding differences removed (`?a=1&b=2` and `?b=2&a=1` are one entry).
 */
export function cacheKey(scope: string, path: string, querystring: string): string {
  if (querystring === '') return `${scope} ${path}`;
  const parsed = qs.parse(querystring, { depth: 20, arrayLimit: 100, parameterLimit: 1000 });
  return `${scope} ${path}?${JSON.stringify(sortKeysDeep(parsed))}`;
}

/** A strong validator: the same bytes always give the same tag, on every instance. */
export function entityTag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Whether an `If-None-Match` header matches the current tag (RFC 9110 §13.1.2: weak comparison, a list of tags,
 * or `*`). A malformed header matches nothing, so the client simply receives the full response.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  for (const candidate of trimmed.split(',')) {
    const tag = candidate.trim().replace(/^W\//, '');
    if (tag === opaque) return true;
  }
  return false;
}
