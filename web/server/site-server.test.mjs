// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from './site-server.mjs';

/** @param {http.Server} server */
const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`)));

/** @type {string} */ let dist;
/** @type {http.Server} */ let upstream;
/** @type {http.Server} */ let site;
/** @type {string} */ let siteUrl;
/** @type {Array<{ method?: string, url?: string, headers: http.IncomingHttpHeaders, body: string }>} */
const seen = [];

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'thads-site-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), `<!doctype html><html lang="vi"><title>Cục THADS</title>${'<!-- padding -->'.repeat(100)}</html>`);
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("site")');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
  // A real HTTP server stands in for the CMS: the proxy is tested on the wire.
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(req.url?.startsWith('/api/missing') ? 404 : 200, { 'Content-Type': 'application/json', 'X-Upstream': 'cms' });
      res.end(JSON.stringify({ data: [], path: req.url }));
    });
  });
  const upstreamUrl = await listen(upstream);
  site = createSiteServer({ distDir: dist, cmsUrl: /** @type {string} */ (upstreamUrl) });
  siteUrl = /** @type {string} */ (await listen(site));
});

afterAll(async () => {
  await new Promise((resolve) => site.close(resolve));
  await new Promise((resolve) => upstream.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

describe('site server', () => {
  it('serves the app for every page URL, uncached, compressed when asked', async () => {
    for (const page of ['/', '/tin-tuc/cac-co-quan-thads', '/khong-co-trang-nay']) {
      const response = await fetch(`${siteUrl}${page}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(await response.text()).toContain('<html lang="vi">');
    }
  });

  it('lets browsers keep hashed assets for good and sets security headers', async () => {
    const response = await fetch(`${siteUrl}/assets/index-abc123.js`);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${siteUrl}/assets/khong-co.js`)).status).toBe(404);
  });

  it('proxies the CMS paths with their query, method, body and status', async () => {
    const list = await fetch(`${siteUrl}/api/articles?filters[slug][$eq]=a%20b&pagination[pageSize]=1`);
    expect(list.status).toBe(200);
    expect(list.headers.get('x-upstream')).toBe('cms');
    expect(seen.at(-1)?.url).toBe('/api/articles?filters[slug][$eq]=a%20b&pagination[pageSize]=1');
    expect(seen.at(-1)?.headers['x-forwarded-for']).toContain('127.0.0.1');

    const post = await fetch(`${siteUrl}/api/auth/local`, { method: 'POST', body: '{"identifier":"a"}', headers: { 'Content-Type': 'application/json' } });
    expect(post.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"identifier":"a"}' });
    expect((await fetch(`${siteUrl}/api/missing`)).status).toBe(404);
    expect((await fetch(`${siteUrl}/uploads/anh.jpg`)).headers.get('x-upstream')).toBe('cms');
  });

  it('refuses path traversal, malformed URLs and writes to the site', async () => {
    const traversal = await new Promise((resolve) => {
      http.get(`${siteUrl}/../../../etc/passwd`, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      });
    });
    expect(/** @type {{ body: string }} */ (traversal).body).not.toContain('root:');
    expect((await fetch(`${siteUrl}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${siteUrl}/`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 502 with a clear message when the CMS is down', async () => {
    const orphan = createSiteServer({ distDir: dist, cmsUrl: 'http://127.0.0.1:9' });
    const url = await listen(orphan);
    const response = await fetch(`${url}/api/articles`);
    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toMatch(/không phản hồi/);
    await new Promise((resolve) => orphan.close(resolve));
  });
});
