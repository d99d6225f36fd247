// The site server's cache of rendered pages: per URL, for anonymous readers only, bounded in bytes, each page filed
// under the agency whose page it is, emptied of the agencies' pages the CMS says are stale when content changes (the
// other agencies' pages stay).
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The path the CMS posts to when content changes (signed with the shared CONTENT_CHANGE_SECRET). */
export const CHANGE_HOOK_PATH = '/_site/content-changed';
/** The header carrying `sha256=<hex HMAC of the body>`. */
export const SIGNATURE_HEADER = 'x-thads-signature';
/** A signed announcement older than this is refused (a replayed one could only empty the cache, but still). */
const MAX_SKEW_MS = 5 * 60_000;

/** The tag of pages that name no single agency (the directory of agencies): stale with any change. */
export const NATIONAL_TAG = '*';

/**
 * `location`: a redirect's (status 301), with no body of its own.
 * @typedef {{ body: Buffer, gzipped: Buffer | null, etag: string, status: number, type: string,
 *   location?: string }} CachedPage
 */

/** Least recently used pages go first once the bytes held pass the bound. */
export class HtmlCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    /** @type {Map<string, CachedPage & { tag: string }>} */
    this.pages = new Map();
    this.bytes = 0;
    /** Bumped when everything changes, and per tag when its pages do: a render begun before is not stored after. */
    this.everything = 0;
    /** @type {Map<string, number>} */
    this.changes = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /**
   * The state of a tag's pages now, to pass to `set` once the page is made.
   * @param {string} [tag]
   */
  generation(tag = NATIONAL_TAG) {
    return `${this.everything}:${this.changes.get(tag) ?? 0}`;
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
   * @param {string} generation the tag's generation when its render began
   * @param {string} [tag] the agency whose page it is (its code), or NATIONAL_TAG
   * @returns {boolean} whether it was kept
   */
  set(key, page, generation, tag = NATIONAL_TAG) {
    const size = HtmlCache.sizeOf(page);
    if (generation !== this.generation(tag) || size > this.maxBytes) return false;
    this.delete(key);
    this.pages.set(key, { ...page, tag });
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
    this.everything++;
  }

  /**
   * Drops the pages of some tags (agency codes, NATIONAL_TAG), or every page (null).
   * @param {readonly string[] | null} tags
   */
  invalidate(tags) {
    if (tags === null) return this.clear();
    const stale = new Set(tags);
    for (const tag of stale) this.changes.set(tag, (this.changes.get(tag) ?? 0) + 1);
    for (const [key, page] of this.pages) if (stale.has(page.tag)) this.delete(key);
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
 * A genuine and recent change announcement, `{"at": <ms since epoch>, "tags": [<agency code or "*">…] | null}` signed
 * with the shared secret: the stale tags (null, or no `tags` from an older CMS: every page), or false.
 * @param {string} secret
 * @param {string} body
 * @param {string | undefined} signature
 * @param {number} [now]
 * @returns {{ tags: string[] | null } | false}
 */
export function verifyChange(secret, body, signature, now = Date.now()) {
  const expected = Buffer.from(signChange(secret, body));
  const given = Buffer.from(String(signature ?? ''));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const { at, tags } = JSON.parse(body) ?? {};
    if (!Number.isFinite(Number(at)) || Math.abs(now - Number(at)) > MAX_SKEW_MS) return false;
    return { tags: Array.isArray(tags) && tags.every((tag) => typeof tag === 'string') ? tags : null };
  } catch {
    return false;
  }
}
