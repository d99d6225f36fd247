import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/strapi';

let cms: TestCms;

beforeAll(async () => {
  // A small bucket so the test reaches the limit quickly: 5 at once, then one a second.
  Object.assign(process.env, { RATE_LIMIT_BURST: '5', RATE_LIMIT_PER_MINUTE: '60' });
  cms = await startCms();
});
afterAll(async () => {
  delete process.env.RATE_LIMIT_BURST;
  delete process.env.RATE_LIMIT_PER_MINUTE;
  await cms?.stop();
});

const get = (path: string, client: string) => fetch(`${cms.baseUrl}${path}`, { headers: { 'X-Forwarded-For': client } });

describe('public rate limiting', () => {
  it('answers a client over its limit with 429, Retry-After and a clear message, cached answers included', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) statuses.push((await get('/api/categories', '198.51.100.7')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await get('/api/categories', '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await limited.json()) as { error: { status: number; message: string } };
    expect(body.error.status).toBe(429);
    expect(body.error.message).toMatch(/Quá nhiều yêu cầu/);
  });

  it('counts each client on its own (the site server forwards the reader address)', async () => {
    for (let index = 0; index < 5; index += 1) await get('/api/authors', '198.51.100.8');
    expect((await get('/api/authors', '198.51.100.8')).status).toBe(429);
    expect((await get('/api/authors', '198.51.100.9')).status).toBe(200);
  });

  it('lets the client in again once its bucket refills', async () => {
    for (let index = 0; index < 6; index += 1) await get('/api/authors', '198.51.100.10');
    const limited = await get('/api/authors', '198.51.100.10');
    expect(limited.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, Number(limited.headers.get('retry-after')) * 1000 + 50));
    expect((await get('/api/authors', '198.51.100.10')).status).toBe(200);
  });

  it('leaves the admin panel and health check alone', async () => {
    for (let index = 0; index < 10; index += 1) expect((await get('/_health', '198.51.100.11')).status).toBe(204);
  });
});
