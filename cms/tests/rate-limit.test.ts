import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './support/api';
import { APP_DIR, startCms, type TestCms } from './support/strapi';

let cms: TestCms;

beforeAll(async () => {
  // A small bucket so the test reaches the limit quickly: 5 at once, then one every 5 s (slow enough that a loaded
  // machine answering a test's requests one by one does not see a token come back in between).
  Object.assign(process.env, { RATE_LIMIT_BURST: '5', RATE_LIMIT_PER_MINUTE: '12' });
  cms = await startCms();
});
afterAll(async () => {
  delete process.env.RATE_LIMIT_BURST;
  delete process.env.RATE_LIMIT_PER_MINUTE;
  await cms?.stop();
});

const get = (path: string, client: string) =>
  fetch(`${cms.baseUrl}${path}`, { headers: { 'X-Forwarded-For': client } });

describe('public rate limiting', () => {
  // Requests sent at once: each takes from the bucket on arrival, within far less than the 5 s a token takes to come
  // back, however slow the machine.
  const atOnce = (count: number, path: string, client: string) =>
    Promise.all(Array.from({ length: count }, () => get(path, client)));
  const statusesOf = (responses: Response[]) => responses.map((response) => response.status).sort();

  it('answers a client over its limit with 429, Retry-After and a clear message, cached answers included', async () => {
    const responses = await atOnce(6, '/api/categories', '198.51.100.7');
    expect(statusesOf(responses)).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = responses.find((response) => response.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await limited.json()) as { error: { status: number; message: string } };
    expect(body.error.status).toBe(429);
    expect(body.error.message).toMatch(/Quá nhiều yêu cầu/);
  });

  it('counts each client on its own (the site server forwards the reader address)', async () => {
    expect(statusesOf(await atOnce(6, '/api/authors', '198.51.100.8'))).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await get('/api/authors', '198.51.100.9')).status).toBe(200);
  });

  it('lets the client in again once its bucket refills', async () => {
    const limited = (await atOnce(7, '/api/authors', '198.51.100.10')).find((response) => response.status === 429);
    expect(limited).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, Number(limited!.headers.get('retry-after')) * 1000 + 50));
    expect((await get('/api/authors', '198.51.100.10')).status).toBe(200);
  });

  it('leaves the admin panel and health check alone', async () => {
    for (let index = 0; index < 10; index += 1) expect((await get('/_health', '198.51.100.11')).status).toBe(204);
  });
});

describe('one decision per request, whatever the spelling of its path', () => {
  const signIn = (path: string, client: string) =>
    rawRequest(cms.baseUrl, {
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
      body: JSON.stringify({ identifier: 'can-bo@example.com', password: 'sai-mat-khau' }),
    });
  // Every spelling Strapi's router routes to the sign-in handler (it ignores case and one trailing slash).
  const SIGN_IN_SPELLINGS = [
    '/api/auth/local',
    '/API/auth/local',
    '/Api/Auth/Local',
    '/api/auth/local/',
    '/API/AUTH/LOCAL/',
    '/api/AUTH/local?x=1',
    '/api/auth/Local#x',
  ];

  it('draws every sign-in spelling from one budget per client: the 11th attempt of any spelling gets 429', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 10; index += 1)
      statuses.push((await signIn(SIGN_IN_SPELLINGS[index % SIGN_IN_SPELLINGS.length]!, '198.51.100.30')).status);
    expect(statuses).toEqual(Array(10).fill(400));
    for (const spelling of SIGN_IN_SPELLINGS)
      expect((await signIn(spelling, '198.51.100.30')).status, spelling).toBe(429);
    expect((await signIn('/API/auth/local', '198.51.100.31')).status).toBe(400);
  });

  it('refuses spellings the router would not route as such (//, dot segments, %2F, ;) with a clear 400', async () => {
    const spellings = [
      '/api//auth/local',
      '/api/./auth/local',
      '/api/x/../auth/local',
      '/api/auth%2Flocal',
      '/api/auth/local;x=1',
      '//api/auth/local',
      '/api/%2e%2e/admin',
    ];
    for (const [index, spelling] of spellings.entries()) {
      const response = await signIn(spelling, `198.51.100.${40 + index}`);
      expect(response.status, spelling).toBe(400);
      expect(JSON.parse(response.text).error.message, spelling).toMatch(/Đường dẫn không hợp lệ.*non-canonical/);
    }
    expect((await rawRequest(cms.baseUrl, { path: '/uploads/..%2f..%2fpackage.json' })).status).toBe(400);
  });

  it('limits and caches /API/Articles as /api/articles: one budget, one cache entry', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.50' };
    const first = await rawRequest(cms.baseUrl, { path: '/api/categories?sort=name', headers: client });
    expect(first.headers['x-cache']).toBe('MISS');
    for (const path of ['/API/categories?sort=name', '/Api/Categories/?sort=name']) {
      const response = await rawRequest(cms.baseUrl, { path, headers: client });
      expect(response.status, path).toBe(200);
      expect(response.headers['x-cache'], path).toBe('HIT');
      expect(response.headers.etag).toBe(first.headers.etag);
    }
    const head = await rawRequest(cms.baseUrl, { method: 'HEAD', path: '/API/CATEGORIES?sort=name', headers: client });
    expect(head.headers['x-cache']).toBe('HIT');
    // Five at once for this client (the burst of this file): the odd spellings above used four of them.
    expect((await rawRequest(cms.baseUrl, { path: '/API/authors', headers: client })).status).toBe(200);
    expect((await rawRequest(cms.baseUrl, { path: '/aPi/authors/', headers: client })).status).toBe(429);
  });

  it("gives the admin's sign-in and reset routes one budget per real client, whatever the spelling", async () => {
    // A new email each time: Strapi's own admin limit counts per email (and path, and socket address), not per client.
    const attempt = (path: string, client: string, index: number) =>
      rawRequest(cms.baseUrl, {
        method: 'POST',
        path,
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({ email: `thu-${index}@example.com`, password: 'Sai-Mat-Khau-1' }),
      });
    const spellings = ['/admin/login', '/ADMIN/Login', '/admin/login/', '/Admin/LOGIN'];
    const statuses: number[] = [];
    for (let index = 0; index < 10; index += 1)
      statuses.push((await attempt(spellings[index % spellings.length]!, '198.51.100.60', index)).status);
    expect(statuses).toEqual(Array(10).fill(400));
    for (const path of [...spellings, '/admin/forgot-password', '/ADMIN/reset-password']) {
      expect((await attempt(path, '198.51.100.60', 100)).status, path).toBe(429);
    }
    expect((await attempt('/ADMIN/LOGIN', '198.51.100.61', 200)).status).toBe(400);
  });

  it("serves an upload under a capitalised prefix, keeping the file name's case", async () => {
    const file = path.join(APP_DIR, 'public', 'uploads', 'Thu_Nghiem_ABC.txt');
    writeFileSync(file, 'tệp thử');
    try {
      const headers = { 'X-Forwarded-For': '198.51.100.70' };
      expect((await rawRequest(cms.baseUrl, { path: '/UPLOADS/Thu_Nghiem_ABC.txt', headers })).status).toBe(200);
      expect((await rawRequest(cms.baseUrl, { path: '/uploads/thu_nghiem_abc.txt', headers })).status).toBe(404);
    } finally {
      rmSync(file);
    }
  });
});
