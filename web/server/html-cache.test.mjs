// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HtmlCache, signChange, verifyChange } from './html-cache.mjs';

/** @param {string} text @param {number} [status] */
const page = (text, status = 200) => ({
  body: Buffer.from(text),
  gzipped: null,
  etag: '"x"',
  status,
  type: 'text/html',
});

describe('the rendered-page cache', () => {
  it('keeps pages within its bound, dropping the least recently used first', () => {
    const cache = new HtmlCache(25);
    cache.set('/a', page('a'.repeat(10)), 0);
    cache.set('/b', page('b'.repeat(10)), 0);
    expect(cache.get('/a')).toBeDefined();
    cache.set('/c', page('c'.repeat(10)), 0);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.bytes).toBe(20);
  });

  it('does not keep a page whose render began before the last change', () => {
    const cache = new HtmlCache(1000);
    const generation = cache.generation;
    cache.clear();
    expect(cache.set('/a', page('old'), generation)).toBe(false);
    expect(cache.get('/a')).toBeUndefined();
  });
});

describe('change announcements', () => {
  const body = JSON.stringify({ at: 1_000_000 });
  it('are believed when signed with the shared secret and recent', () => {
    expect(verifyChange('secret', body, signChange('secret', body), 1_000_000)).toBe(true);
  });
  it('are refused when signed with another secret, unsigned, old or not JSON', () => {
    expect(verifyChange('secret', body, signChange('other', body), 1_000_000)).toBe(false);
    expect(verifyChange('secret', body, undefined, 1_000_000)).toBe(false);
    expect(verifyChange('secret', body, signChange('secret', body), 1_000_000 + 10 * 60_000)).toBe(false);
    expect(verifyChange('secret', 'nonsense', signChange('secret', 'nonsense'), 1_000_000)).toBe(false);
  });
});
