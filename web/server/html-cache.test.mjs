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
    cache.set('/a', page('a'.repeat(10)), cache.generation());
    cache.set('/b', page('b'.repeat(10)), cache.generation());
    expect(cache.get('/a')).toBeDefined();
    cache.set('/c', page('c'.repeat(10)), cache.generation());
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.bytes).toBe(20);
  });

  it('does not keep a page whose render began before the last change', () => {
    const cache = new HtmlCache(1000);
    const generation = cache.generation();
    cache.clear();
    expect(cache.set('/a', page('old'), generation)).toBe(false);
    expect(cache.get('/a')).toBeUndefined();
  });

  it("drops the pages of the agencies a change names, and keeps every other agency's", () => {
    const cache = new HtmlCache(1000);
    cache.set('/hanoi/', page('hanoi'), cache.generation('hanoi'), 'hanoi');
    cache.set('/phutho/', page('phutho'), cache.generation('phutho'), 'phutho');
    cache.set('/co-quan', page('co quan'), cache.generation('*'), '*');
    const rendering = { phutho: cache.generation('phutho'), hanoi: cache.generation('hanoi') };
    cache.invalidate(['phutho', '*']);
    expect(cache.get('/phutho/')).toBeUndefined();
    expect(cache.get('/co-quan')).toBeUndefined();
    expect(cache.get('/hanoi/')?.body.toString()).toBe('hanoi');
    // A page of a stale agency begun before the change is not kept; another agency's is.
    expect(cache.set('/phutho/tim-kiem', page('old'), rendering.phutho, 'phutho')).toBe(false);
    expect(cache.set('/hanoi/tim-kiem', page('new'), rendering.hanoi, 'hanoi')).toBe(true);
    cache.invalidate(null);
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});

describe('change announcements', () => {
  const body = JSON.stringify({ at: 1_000_000 });
  it('are believed when signed with the shared secret and recent, naming the stale agencies or all', () => {
    expect(verifyChange('secret', body, signChange('secret', body), 1_000_000)).toEqual({ tags: null });
    const tagged = JSON.stringify({ at: 1_000_000, tags: ['phutho', '*'] });
    expect(verifyChange('secret', tagged, signChange('secret', tagged), 1_000_000)).toEqual({
      tags: ['phutho', '*'],
    });
    const all = JSON.stringify({ at: 1_000_000, tags: null });
    expect(verifyChange('secret', all, signChange('secret', all), 1_000_000)).toEqual({ tags: null });
  });
  it('are refused when signed with another secret, unsigned, old or not JSON', () => {
    expect(verifyChange('secret', body, signChange('other', body), 1_000_000)).toBe(false);
    expect(verifyChange('secret', body, undefined, 1_000_000)).toBe(false);
    expect(verifyChange('secret', body, signChange('secret', body), 1_000_000 + 10 * 60_000)).toBe(false);
    expect(verifyChange('secret', 'nonsense', signChange('secret', 'nonsense'), 1_000_000)).toBe(false);
  });
});
