// The site server's cache of rendered pages: per URL, for anonymous readers only, bounded in bytes, emptied whenever
// the CMS says content changed.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The path the CMS posts to when content changes (signed with the shared CONTENT_CHANGE_SECRET). */
export const CHANGE_HOOK_PATH = '/_site/content-changed';
/** The header carrying `sha256=<hex HMAC of the body>`. */
export const SIGNATURE_HEADER = 'x-thads-signature';
/** A signed announcement older than this is refused (a replayed one could only empty the cache, but still). */
const MAX_SKEW_MS = 5 * 60_000;

/**
 * @typedef {{ body: Buffer, gzipped: Buffer | null, etag: string, status: number, type: string }} CachedPage
 */

/** Least recently used pages go first once the bytes held pass the bound. */
export class HtmlCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    /** @type {Map<string, CachedPage>} */
    this.pages = new Map();
    this.bytes = 0;
    /** Bumped on every change: a render that began before a change is not stored after it. */
    this.generation = 0;
    this.hits = 0;
    this.misses = 0;
  }

  /** @param {string} key */
  get(key) {
    const page = this.pages.get(key);
    if (!page) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** @param {CachedPage} page */
  static sizeOf(page) {
    return page.body.length + (page.gzipped?.length ?? 0);
  }

  /**
   * @param {string} key
   * @param {CachedPage} page
   * @param {number} generation the generation when its render began
   * @returns {boolean} whether it was kept
   */
  set(key, page, generation) {
    const size = HtmlCache.sizeOf(page);
    if (generation !== this.generation || size > this.maxBytes) return false;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= HtmlCache.sizeOf(entry);
    }
    return true;
  }

  /** @param {string} key */
  delete(key) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= HtmlCache.sizeOf(page);
  }

  clear() {
    this.pages.clear();
    this.bytes = 0;
    this.generation++;
  }

  get size() {
    return this.pages.size;
  }
}

/**
 * The signature of a change announcement's body.
 * @param {string} secret
 * @param {string} body
 */
export const signChange = (secret, body) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * Whether a change announcement is genuine and recent: `{"at": <ms since epoch>}` signed with the shared secret.
 * @param {string} secret
 * @param {string} body
 * @param {string | undefined} signature
 * @param {number} [now]
 */
export function verifyChange(secret, body, signature, now = Date.now()) {
  const expected = Buffer.from(signChange(secret, body));
  const given = Buffer.from(String(signature ?? ''));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const at = Number(JSON.parse(body)?.at);
    return Number.isFinite(at) && Math.abs(now - at) <= MAX_SKEW_MS;
  } catch {
    return false;
  }
}
