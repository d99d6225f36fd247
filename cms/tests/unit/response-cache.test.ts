import { describe, expect, it } from 'vitest';
import { cacheKey, entityTag, ifNoneMatchHits, ResponseCache } from '../../src/cache/response-cache';
import { clientAddress, RateLimiter } from '../../src/lib/rate-limiter';

const response = (text: string) => ({ body: Buffer.from(text), etag: entityTag(Buffer.from(text)), headers: {} });

describe('cache keys', () => {
  it('are the same for the same query written differently', () => {
    const a = cacheKey('public', '/api/articles', 'pagination[page]=2&sort=date:desc&filters[slug][$eq]=x');
    const b = cacheKey('public', '/api/articles', 'filters%5Bslug%5D%5B%24eq%5D=x&sort=date%3Adesc&pagination[page]=2');
    expect(a).toBe(b);
  });

  it('differ by scope, path and value, and keep array order (it can be a sort order)', () => {
    const base = cacheKey('public', '/api/articles', 'sort[0]=date&sort[1]=title');
    expect(cacheKey('staff', '/api/articles', 'sort[0]=date&sort[1]=title')).not.toBe(base);
    expect(cacheKey('public', '/api/authors', 'sort[0]=date&sort[1]=title')).not.toBe(base);
    expect(cacheKey('public', '/api/articles', 'sort[0]=title&sort[1]=date')).not.toBe(base);
  });
});

describe('If-None-Match', () => {
  const tag = entityTag(Buffer.from('{"data":[]}'));
  it('matches the tag, its weak form, a list containing it, and *', () => {
    expect(ifNoneMatchHits(tag, tag)).toBe(true);
    expect(ifNoneMatchHits(`W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits(`"other", ${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
  });
  it('treats a missing, different or malformed header as no match', () => {
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
    expect(ifNoneMatchHits('"other"', tag)).toBe(false);
    expect(ifNoneMatchHits('garbage,,,W/', tag)).toBe(false);
    expect(ifNoneMatchHits(tag.slice(1, -1), tag)).toBe(false);
  });
  it('tags depend on the bytes only', () => {
    expect(entityTag(Buffer.from('a'))).toBe(entityTag(Buffer.from('a')));
    expect(entityTag(Buffer.from('a'))).not.toBe(entityTag(Buffer.from('b')));
  });
});

describe('ResponseCache', () => {
  it('forgets everything on invalidate', () => {
    const cache = new ResponseCache({ maxBytes: 1 << 20, ttlMs: 60_000 });
    cache.set('k', response('1'), cache.generation());
    expect(cache.get('k')?.body.toString()).toBe('1');
    cache.invalidate();
    expect(cache.get('k')).toBeUndefined();
  });

  it('refuses a response computed before a change (a slow read racing a write)', () => {
    const cache = new ResponseCache({ maxBytes: 1 << 20, ttlMs: 60_000 });
    const startedAt = cache.generation();
    cache.invalidate();
    expect(cache.set('k', response('stale'), startedAt)).toBe(false);
    expect(cache.get('k')).toBeUndefined();
  });

  it('lets one miss of a key compute it while the others wait, then read what it stored', async () => {
    const cache = new ResponseCache({ maxBytes: 1 << 20, ttlMs: 60_000 });
    const finish = await cache.leadOrWait('k');
    expect(finish).toBeTypeOf('function');
    let waited = false;
    const waiting = cache.leadOrWait('k').then((outcome) => ((waited = true), outcome));
    const other = await cache.leadOrWait('other key');
    expect(other).toBeTypeOf('function');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(waited).toBe(false);
    cache.set('k', response('computed once'), cache.generation());
    finish?.();
    expect(await waiting).toBeNull();
    expect(cache.get('k')?.body.toString()).toBe('computed once');
  });

  it('does not make a miss after a change wait for a computation that began before it', async () => {
    const cache = new ResponseCache({ maxBytes: 1 << 20, ttlMs: 60_000 });
    const before = await cache.leadOrWait('k');
    cache.invalidate();
    const after = await cache.leadOrWait('k');
    expect(after).toBeTypeOf('function');
    before?.();
    after?.();
    // Once done, the next miss computes again.
    expect(await cache.leadOrWait('k')).toBeTypeOf('function');
  });

  it("forgets one agency's answers (and the national ones) on a change of that agency, keeping the others'", () => {
    const cache = new ResponseCache({ maxBytes: 1 << 20, ttlMs: 60_000 });
    const startedHanoi = cache.generation('hanoi');
    cache.set('phutho', response('Phú Thọ'), cache.generation('phutho'), 'phutho');
    cache.set('national', response('all'), cache.generation());
    cache.invalidate(['hanoi', '*']);
    expect(cache.get('phutho')?.body.toString()).toBe('Phú Thọ');
    expect(cache.get('national')).toBeUndefined();
    // An answer of Hà Nội's computed before the change is not stored after it.
    expect(cache.set('hanoi', response('stale'), startedHanoi, 'hanoi')).toBe(false);
    expect(cache.set('hanoi', response('fresh'), cache.generation('hanoi'), 'hanoi')).toBe(true);
    cache.invalidate();
    expect(cache.get('phutho')).toBeUndefined();
    expect(cache.get('hanoi')).toBeUndefined();
  });

  it('stays within its byte budget, evicting the least recently used', () => {
    const cache = new ResponseCache({ maxBytes: 10_000, ttlMs: 60_000 });
    for (let index = 0; index < 50; index += 1) cache.set(`k${index}`, response('x'.repeat(1000)), cache.generation());
    expect(cache.size).toBeLessThan(10);
    expect(cache.get('k49')).toBeDefined();
    expect(cache.get('k0')).toBeUndefined();
  });
});

describe('clientAddress', () => {
  const trusted = new Set(['127.0.0.1']);
  const ctx = (peer: string, forwarded?: string) => [peer, forwarded] as const;

  it('believes X-Forwarded-For only from a trusted proxy', () => {
    expect(clientAddress(...ctx('203.0.113.9', '198.51.100.1'), trusted)).toBe('203.0.113.9');
    expect(clientAddress(...ctx('127.0.0.1', '198.51.100.1'), trusted)).toBe('198.51.100.1');
  });
  it('takes the last hop that is not a trusted proxy, so a client cannot pick its own address', () => {
    expect(clientAddress(...ctx('127.0.0.1', '10.9.9.9, 198.51.100.1, 127.0.0.1'), trusted)).toBe('198.51.100.1');
  });
  it('falls back to the peer for garbage', () => {
    expect(clientAddress(...ctx('127.0.0.1', 'not-an-ip'), trusted)).toBe('127.0.0.1');
  });
});

describe('RateLimiter', () => {
  it('allows a burst, then tells how long to wait', () => {
    const limiter = new RateLimiter({ enabled: true, perMinute: 60, burst: 3, trustedProxies: [] });
    expect([1, 2, 3].map(() => limiter.take('203.0.113.1'))).toEqual([null, null, null]);
    expect(limiter.take('203.0.113.1')).toBe(1);
    expect(limiter.take('203.0.113.2')).toBeNull();
  });
  it('does nothing when disabled', () => {
    const limiter = new RateLimiter({ enabled: false, perMinute: 1, burst: 1, trustedProxies: [] });
    expect([1, 2, 3].map(() => limiter.take('203.0.113.1'))).toEqual([null, null, null]);
  });
});

describe("a request's agency, as the response cache tags its answer", () => {
  it('is the agency named by agency=, or by a filter on a collection with the route’s own populate tree', async () => {
    const { agencyOfQuery } = await import('../../src/http/request-identity');
    expect(agencyOfQuery('agency=phutho')).toBe('phutho');
    expect(agencyOfQuery('agency=phutho&populate=*')).toBe('phutho');
    expect(agencyOfQuery('filters%5Bagency%5D%5B%24eq%5D=phutho&pagination[pageSize]=5')).toBe('phutho');
    expect(agencyOfQuery('filters[agency]=phutho')).toBe('phutho');
    // A filter narrows the root only: with the client's own populate tree, relations may reach any agency.
    expect(agencyOfQuery('filters[agency][$eq]=phutho&populate[campaignThemes][populate]=articles')).toBeNull();
    // The project's endpoints ignore Strapi filters: such an answer is the whole installation's.
    expect(agencyOfQuery('filters[agency][$eq]=phutho', false)).toBeNull();
    expect(agencyOfQuery('agency=phutho', false)).toBe('phutho');
    for (const query of [
      '',
      'q=agency',
      'agency=phutho&agency=hanoi',
      'agency=phutho&filters[agency][$eq]=hanoi',
      'filters[agency][$in][0]=phutho',
      'agency=PHUTHO',
      'agency=../x',
    ])
      expect(agencyOfQuery(query), query).toBeNull();
  });
});
