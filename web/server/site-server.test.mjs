// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signChange } from './html-cache.mjs';
import { adminOriginsOf, createSiteServer } from './site-server.mjs';

/** @param {http.Server} server */
const listen = (server) =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`),
    ),
  );

const ARTICLE = {
  title: 'Phát động <thi đua> & "về đích"',
  slug: 'cac-co-quan-thads',
  lead: null,
  body: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Nội dung </script><script>alert(1)</script> đầu tiên.' }] },
  ],
  date: '2021-03-15T17:00:00.000Z',
  updatedAt: '2021-03-16T02:00:00.000Z',
  authors: [{ name: 'Đỗ Hùng', slug: 'do-hung' }],
  category: { name: 'Thi đua – Khen thưởng' },
};
/**
 * A request sent as spelt (fetch would resolve dot segments first): its status.
 * @param {string} base
 * @param {string} rawPath
 * @param {string} method
 */
const rawStatus = (base, rawPath, method) =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const request = http.request({ hostname, port, method, path: rawPath }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    request.on('error', reject);
    request.end();
  });
/** The agencies the stand-in CMS lists: the central department at the root, a province with an alias code. */
const agencyList = (/** @type {string} */ home) => ({
  data: [
    { code: 'trunguong', kind: 'central', name: 'Cục Quản lý THADS', shortName: null, successor: null, aliases: [] },
    {
      code: 'hanoi',
      kind: 'city',
      name: 'THADS "Hà Nội"',
      shortName: null,
      successor: null,
      aliases: [{ code: 'ha-noi' }],
    },
    { code: 'phutho', kind: 'province', name: 'THADS Phú Thọ', shortName: null, successor: null, aliases: [] },
  ],
  meta: { home },
});
let home = 'trunguong';

/** @type {string} */ let dist;
/** @type {http.Server} */ let upstream;
/** @type {http.Server} */ let site;
/** @type {string} */ let upstreamUrl;
/** @type {string} */ let siteUrl;
/** @type {Array<{ method?: string, url?: string, headers: http.IncomingHttpHeaders, body: string }>} */
const seen = [];

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'thads-site-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(
    path.join(dist, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta name="description" content="Chung" /><title>Cục THADS</title></head>${'<!-- padding -->'.repeat(100)}</html>`,
  );
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("site")');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
  // A real HTTP server stands in for the CMS: the proxy is tested on the wire.
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      const url = new URL(req.url ?? '/', 'http://cms.test');
      if (url.pathname === '/api/agencies') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify(agencyList(home)));
      }
      if (url.pathname === '/api/questions/ask') {
        res.writeHead(201, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify({ data: { trackingCode: 'HD-ABCDE-FGHJK', status: 'received' }, meta: {} }));
      }
      if (url.pathname === '/api/redirects') {
        // What the CMS knows moved: a root article of Hà Nội's, a page of the national portal.
        const path = url.searchParams.get('path') ?? '';
        const location =
          path === '/tin-tuc/bai-cu'
            ? '/hanoi/tin-tuc/bai-cu'
            : /view_detail\.aspx\?itemid=7$/i.test(path)
              ? '/hanoi/tin-tuc/bai-7'
              : null;
        res.writeHead(location ? 200 : 404, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify({ data: location ? { location, status: 301 } : null }));
      }
      res.writeHead(req.url?.startsWith('/api/missing') ? 404 : 200, {
        'Content-Type': 'application/json',
        'X-Upstream': 'cms',
      });
      const data = req.url?.includes('filters[slug][$eq]=cac-co-quan-thads&') ? [{ ...ARTICLE, agency: 'hanoi' }] : [];
      res.end(JSON.stringify({ data, path: req.url }));
    });
  });
  upstreamUrl = /** @type {string} */ (await listen(upstream));
  site = createSiteServer({ distDir: dist, cmsUrl: upstreamUrl, siteUrl: 'https://thads.example.gov.vn' });
  siteUrl = /** @type {string} */ (await listen(site));
});

afterAll(async () => {
  await new Promise((resolve) => site.close(resolve));
  await new Promise((resolve) => upstream.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

describe('site server', () => {
  it('serves the app for every page URL, uncached, compressed when asked; 404 for what does not exist', async () => {
    for (const [page, status] of /** @type {const} */ ([
      ['/', 200],
      ['/ngay/2021-03-16', 200],
      ['/so-do-cong-thong-tin', 200],
      ['/co-quan', 200],
      ['/hanoi/', 200],
      ['/hanoi/tin-tuc/cac-co-quan-thads', 200],
      ['/tin-tuc/khong-co', 404],
      ['/khong-co-trang-nay', 404],
    ])) {
      const response = await fetch(`${siteUrl}${page}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status, page).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(await response.text()).toContain('<html lang="vi">');
    }
  });

  it('tells search engines never to index the register of debtors, of any agency; every other page may be', async () => {
    for (const page of [
      '/danh-sach-chua-co-dieu-kien-thi-hanh',
      '/danh-sach-chua-co-dieu-kien-thi-hanh?q=nguyen',
      '/phutho/danh-sach-chua-co-dieu-kien-thi-hanh',
      '/phutho/danh-sach-chua-co-dieu-kien-thi-hanh/abc123',
    ]) {
      const response = await fetch(`${siteUrl}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('x-robots-tag'), page).toBe('noindex, nofollow, noarchive');
    }
    for (const page of ['/van-ban', '/phutho/thong-bao', '/thong-bao/dau-gia-xe', '/van-ban/nghi-dinh-42-2022']) {
      const response = await fetch(`${siteUrl}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('x-robots-tag'), page).toBeNull();
    }
  });

  it('sends a document page with its own title, description, canonical, OpenGraph, Twitter, JSON-LD and Dublin Core', async () => {
    const html = await (await fetch(`${siteUrl}/hanoi/tin-tuc/cac-co-quan-thads`)).text();
    // The agency's own article, its name, its prefix and its feeds.
    expect(seen.find((request) => request.url?.includes('filters[slug][$eq]=cac-co-quan-thads&'))?.url).toContain(
      'filters[agency][$eq]=hanoi',
    );
    expect(html).toContain(
      '<title>Phát động &lt;thi đua&gt; &amp; &quot;về đích&quot; | THADS &quot;Hà Nội&quot;</title>',
    );
    expect(html).not.toContain('content="Chung"');
    expect(html).toContain(
      '<link rel="canonical" href="https://thads.example.gov.vn/hanoi/tin-tuc/cac-co-quan-thads" />',
    );
    expect(html).toContain('<meta name="DC.publisher" content="THADS &quot;Hà Nội&quot;" />');
    expect(html).toContain('href="/api/feeds/rss?agency=hanoi"');
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta property="article:published_time" content="2021-03-16T00:00:00+07:00" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<meta name="DC.creator" content="Đỗ Hùng" />');
    expect(html).toContain('<meta name="DC.language" content="vi" />');
    // Text from the CMS can never close the JSON-LD block or start a script.
    expect(html).not.toContain('<script>alert(1)');
    const jsonLd = JSON.parse(
      /** @type {string} */ (html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1]),
    );
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2021-03-16T00:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Đỗ Hùng' }],
    });
    expect(jsonLd.description).toContain('</script><script>alert(1)</script>');
  });

  it('serves robots.txt and the sitemaps on the site origin: the national index, and each agency its own', async () => {
    const robots = await (await fetch(`${siteUrl}/robots.txt`)).text();
    expect(robots).toContain('Sitemap: https://thads.example.gov.vn/sitemap.xml');
    expect(robots.match(/^Disallow: .*$/gm)).toEqual([
      'Disallow: /dang-nhap',
      'Disallow: /tim-kiem',
      'Disallow: /hoi-dap/gui-cau-hoi',
      'Disallow: /hoi-dap/tra-cuu',
      'Disallow: /hanoi/dang-nhap',
      'Disallow: /hanoi/tim-kiem',
      'Disallow: /hanoi/hoi-dap/gui-cau-hoi',
      'Disallow: /hanoi/hoi-dap/tra-cuu',
      'Disallow: /phutho/dang-nhap',
      'Disallow: /phutho/tim-kiem',
      'Disallow: /phutho/hoi-dap/gui-cau-hoi',
      'Disallow: /phutho/hoi-dap/tra-cuu',
    ]);
    const proxied = async (/** @type {string} */ path) => {
      await fetch(`${siteUrl}${path}`);
      return seen.at(-1)?.url;
    };
    expect(await proxied('/sitemap.xml')).toBe('/api/sitemaps');
    expect(await proxied('/sitemaps/articles-2.xml')).toBe('/api/sitemaps/articles-2?agency=trunguong');
    expect(await proxied('/hanoi/sitemap.xml')).toBe('/api/sitemaps?agency=hanoi');
    expect(await proxied('/hanoi/sitemaps/pages.xml')).toBe('/api/sitemaps/pages?agency=hanoi');
  });

  it("answers each agency's pages at one address: 301 for /<code>, an alias code, the home agency's own code", async () => {
    const moved = async (/** @type {string} */ path) => {
      const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual' });
      return [response.status, response.headers.get('location')];
    };
    expect(await moved('/hanoi')).toEqual([301, '/hanoi/']);
    expect(await moved('/ha-noi/tim-kiem?q=thi')).toEqual([301, '/hanoi/tim-kiem?q=thi']);
    expect(await moved('/HaNoi/tin-tuc/x')).toEqual([301, '/hanoi/tin-tuc/x']);
    expect(await moved('/trunguong/tin-tuc/x')).toEqual([301, '/tin-tuc/x']);
    expect(await moved('/hanoi/co-quan')).toEqual([301, '/co-quan']);
    // The day picker without JavaScript, on an agency's page.
    expect(await moved('/hanoi/ngay?ngay=16&thang=3&nam=2021')).toEqual([303, '/hanoi/ngay/2021-03-16']);
  });

  it('moves a root address of a document the home agency no longer has, and the national portal’s pages', async () => {
    const moved = async (/** @type {string} */ path) => {
      const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual' });
      return [response.status, response.headers.get('location')];
    };
    expect(await moved('/tin-tuc/bai-cu')).toEqual([301, '/hanoi/tin-tuc/bai-cu']);
    expect(seen.at(-1)?.url).toBe('/api/redirects?path=%2Ftin-tuc%2Fbai-cu');
    expect(await moved('/vinh-phuc/noidung/tintuc/Lists/TinTuc/View_Detail.aspx?ItemID=7')).toEqual([
      301,
      '/hanoi/tin-tuc/bai-7',
    ]);
    // Nothing moved from there: the page's own answer.
    expect((await fetch(`${siteUrl}/x/View_Detail.aspx?ItemID=8`)).status).toBe(404);
    expect((await fetch(`${siteUrl}/tin-tuc/khong-co`)).status).toBe(404);
  });

  it('lets only the admin frame a draft preview page, which nobody stores, indexes or gets as a referrer', async () => {
    const preview = await fetch(`${siteUrl}/xem-truoc/articles/abc123?token=t.s`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect(preview.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(preview.headers.get('referrer-policy')).toBe('no-referrer');
    expect(preview.headers.get('x-frame-options')).toBeNull();
    // The CMS's origin, and its loopback twin (localhost and 127.0.0.1 are two origins to a browser).
    expect(preview.headers.get('content-security-policy')).toMatch(
      new RegExp(`frame-ancestors 'self' ${upstreamUrl} ${upstreamUrl.replace('127.0.0.1', 'localhost')}$`),
    );
    // Every other page stays unframeable.
    const page = await fetch(`${siteUrl}/tin-tuc/cac-co-quan-thads`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
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

    const post = await fetch(`${siteUrl}/api/auth/local`, {
      method: 'POST',
      body: '{"identifier":"a"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(post.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"identifier":"a"}' });
    expect((await fetch(`${siteUrl}/api/missing`)).status).toBe(404);
    expect((await fetch(`${siteUrl}/uploads/anh.jpg`)).headers.get('x-upstream')).toBe('cms');
  });

  it('proxies the API whatever the case of its prefix, as the CMS routes it, with dot segments resolved', async () => {
    const upper = await fetch(`${siteUrl}/API/Articles?x=1`);
    expect(upper.headers.get('x-upstream')).toBe('cms');
    expect(seen.at(-1)?.url).toBe('/API/Articles?x=1');
    const post = await rawStatus(siteUrl, '/Api/x/../Auth/Local', 'POST');
    expect(post).toBe(200);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/Api/Auth/Local' });
  });

  it('believes X-Forwarded-For and X-Forwarded-Proto only from its trusted proxies', async () => {
    await fetch(`${siteUrl}/api/articles`, {
      headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' },
    });
    expect(seen.at(-1)?.headers).toMatchObject({ 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'http' });

    const behindProxy = createSiteServer({ distDir: dist, cmsUrl: upstreamUrl, trustedProxies: ['127.0.0.1'] });
    const url = await listen(behindProxy);
    await fetch(`${url}/api/articles`, { headers: { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' } });
    expect(seen.at(-1)?.headers).toMatchObject({
      'x-forwarded-for': '203.0.113.9, 127.0.0.1',
      'x-forwarded-proto': 'https',
    });
    await new Promise((resolve) => behindProxy.close(resolve));
  });

  it('answers 504 with a clear message when the CMS hangs, within the timeout', async () => {
    /** @type {http.ServerResponse[]} */
    const held = [];
    const hung = http.createServer((_req, res) => held.push(res));
    const hungUrl = /** @type {string} */ (await listen(hung));
    const impatient = createSiteServer({ distDir: dist, cmsUrl: hungUrl, upstreamTimeoutMs: 300 });
    const url = await listen(impatient);
    const started = Date.now();
    const response = await fetch(`${url}/api/articles`);
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await response.json()).toEqual({
      data: null,
      error: { status: 504, name: 'GatewayTimeout', message: expect.stringMatching(/không trả lời.*timed out/) },
    });
    for (const res of held) res.destroy();
    await new Promise((resolve) => impatient.close(resolve));
    await new Promise((resolve) => hung.close(resolve));
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
    // Whose page a path is cannot be known without the agencies: said so, never stored.
    const page = await fetch(`${url}/tin-tuc/cac-co-quan-thads`);
    expect(page.status).toBe(502);
    expect(page.headers.get('x-cache')).toBe('BYPASS');
    await new Promise((resolve) => orphan.close(resolve));
  });

  it('keeps serving rendered pages from memory, and drops them when a new build replaces index.html', async () => {
    const built = mkdtempSync(path.join(os.tmpdir(), 'thads-build-'));
    const template = (/** @type {string} */ build) =>
      `<!doctype html><html lang="vi"><head><script type="module" src="/assets/${build}.js"></script></head><body><div id="root"></div></body></html>`;
    writeFileSync(path.join(built, 'index.html'), template('index-old'));
    /** @type {import('./site-server.mjs').RenderPage} */
    const renderPage = async () => ({ html: '<p>Bài</p>', state: '', status: 200, site: {}, head: null });
    const rendering = createSiteServer({ distDir: built, cmsUrl: upstreamUrl, renderPage, changeSecret: 'bí mật' });
    const url = await listen(rendering);
    const page = async () => {
      const response = await fetch(`${url}/`);
      return { cache: response.headers.get('x-cache'), body: await response.text() };
    };
    expect(await page()).toMatchObject({ cache: 'MISS' });
    expect(await page()).toMatchObject({ cache: 'HIT' });
    // A new build: other asset names. Files are looked at again at most once a second.
    writeFileSync(path.join(built, 'index.html'), template('index-new'));
    utimesSync(path.join(built, 'index.html'), new Date(), new Date(Date.now() + 60_000));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fresh = await page();
    expect(fresh.cache).toBe('MISS');
    expect(fresh.body).toContain('/assets/index-new.js');
    await new Promise((resolve) => rendering.close(resolve));
    rmSync(built, { recursive: true, force: true });
  });

  it("drops the template's JavaScript notice from a rendered page, and keeps the page's own <noscript>", async () => {
    const built = mkdtempSync(path.join(os.tmpdir(), 'thads-build-'));
    writeFileSync(
      path.join(built, 'index.html'),
      '<!doctype html><html lang="vi"><head></head><body><div id="root"></div><noscript>Trang này cần JavaScript</noscript></body></html>',
    );
    /** @type {import('./site-server.mjs').RenderPage} */
    const renderPage = async () => ({
      html: '<form><noscript><p>Đăng nhập cần JavaScript</p></noscript></form>',
      state: '',
      status: 200,
      site: {},
      head: null,
    });
    const rendering = createSiteServer({ distDir: built, cmsUrl: upstreamUrl, renderPage, changeSecret: 's' });
    const body = await (await fetch(`${await listen(rendering)}/dang-nhap`)).text();
    expect(body).toContain('<noscript><p>Đăng nhập cần JavaScript</p></noscript>');
    expect(body).not.toContain('Trang này cần JavaScript');
    await new Promise((resolve) => rendering.close(resolve));
    rmSync(built, { recursive: true, force: true });
  });

  it('writes the language of the page, decided from its path: <html lang="en"> on the English pages only', async () => {
    /** @type {string[]} */
    const paths = [];
    /** @type {import('./site-server.mjs').RenderPage} */
    const renderPage = async (_url, request) => {
      paths.push(request.agency.path);
      return { html: '<p>Trang</p>', state: '', status: 200, site: {}, head: null };
    };
    const rendering = createSiteServer({ distDir: dist, cmsUrl: upstreamUrl, renderPage, changeSecret: 's' });
    const url = await listen(rendering);
    const langOf = async (/** @type {string} */ path) =>
      /<html lang="([a-z]+)">/.exec(await (await fetch(`${url}${path}`)).text())?.[1];
    expect(await langOf('/en')).toBe('en');
    expect(await langOf('/en/about')).toBe('en');
    expect(await langOf('/phutho/en/contact?ward=viet+tri')).toBe('en');
    expect(await langOf('/phutho/lien-he?xa=viet+tri')).toBe('vi');
    expect(await langOf('/gioi-thieu')).toBe('vi');
    expect(await langOf('/phutho/')).toBe('vi');
    // The app is handed the same path, under the agency's prefix, to decide the same.
    expect(paths).toEqual(['/en', '/en/about', '/en/contact', '/lien-he', '/gioi-thieu', '/']);
    await new Promise((resolve) => rendering.close(resolve));
  });

  it("files rendered pages under their agency: a change of one agency's content keeps every other's warm", async () => {
    /** @type {Array<{ url: string, agency: unknown }>} */
    const rendered = [];
    /** @type {import('./site-server.mjs').RenderPage} */
    const renderPage = async (url, request) => {
      rendered.push({ url, agency: request.agency });
      return { html: `<p>${url}</p>`, state: '', status: 200, site: {}, head: null };
    };
    const rendering = createSiteServer({ distDir: dist, cmsUrl: upstreamUrl, renderPage, changeSecret: 'bí mật' });
    const url = await listen(rendering);
    const cache = async (/** @type {string} */ path) => (await fetch(`${url}${path}`)).headers.get('x-cache');
    const announce = async (/** @type {string[] | null} */ tags) => {
      const body = JSON.stringify({ at: Date.now(), tags });
      const response = await fetch(`${url}/_site/content-changed`, {
        method: 'POST',
        headers: { 'X-Thads-Signature': signChange('bí mật', body) },
        body,
      });
      expect(response.status).toBe(204);
    };
    for (const path of ['/hanoi/', '/phutho/tin-tuc/x', '/co-quan']) expect(await cache(path)).toBe('MISS');
    expect(rendered[0]).toEqual({
      url: '/hanoi/',
      agency: { kind: 'page', code: 'hanoi', prefix: '/hanoi', path: '/' },
    });
    for (const path of ['/hanoi/', '/phutho/tin-tuc/x', '/co-quan']) expect(await cache(path)).toBe('HIT');
    // A root address moved to an agency's pages: a redirect, kept like a page.
    for (const status of ['MISS', 'HIT']) {
      const response = await fetch(`${url}/tin-tuc/bai-cu`, { redirect: 'manual' });
      expect([response.status, response.headers.get('location'), response.headers.get('x-cache')]).toEqual([
        301,
        '/hanoi/tin-tuc/bai-cu',
        status,
      ]);
    }
    const directoryReads = () => seen.filter((request) => request.url?.startsWith('/api/agencies?')).length;
    const before = directoryReads();

    await announce(['phutho']);
    expect(await cache('/phutho/tin-tuc/x')).toBe('MISS');
    expect(await cache('/hanoi/')).toBe('HIT');
    expect(await cache('/co-quan')).toBe('HIT');
    // The agencies are read again after a change (one's record may have changed), once.
    expect(directoryReads()).toBe(before + 1);
    await announce(['*']);
    expect(await cache('/co-quan')).toBe('MISS');
    expect(await cache('/hanoi/')).toBe('HIT');
    await announce(null);
    expect(await cache('/hanoi/')).toBe('MISS');
    await new Promise((resolve) => rendering.close(resolve));
  });

  it('serves a province at the root when the CMS names it home, and the central department under its code', async () => {
    home = 'phutho';
    try {
      /** @type {unknown[]} */
      const agenciesRendered = [];
      /** @type {import('./site-server.mjs').RenderPage} */
      const renderPage = async (_url, request) => {
        agenciesRendered.push(request.agency);
        return { html: '<p>Trang</p>', state: '', status: 200, site: {}, head: null };
      };
      const province = createSiteServer({ distDir: dist, cmsUrl: upstreamUrl, renderPage });
      const url = await listen(province);
      expect((await fetch(`${url}/tin-tuc/x`)).status).toBe(200);
      expect((await fetch(`${url}/trunguong/tim-kiem`)).status).toBe(200);
      expect(agenciesRendered).toEqual([
        { kind: 'page', code: 'phutho', prefix: '', path: '/tin-tuc/x' },
        { kind: 'page', code: 'trunguong', prefix: '/trunguong', path: '/tim-kiem' },
      ]);
      const moved = await fetch(`${url}/phutho/tin-tuc/x`, { redirect: 'manual' });
      expect([moved.status, moved.headers.get('location')]).toEqual([301, '/tin-tuc/x']);
      await fetch(`${url}/sitemaps/pages.xml`);
      expect(seen.at(-1)?.url).toBe('/api/sitemaps/pages?agency=phutho');
      await new Promise((resolve) => province.close(resolve));
    } finally {
      home = 'trunguong';
    }
  });

  it('builds the frame rule from every configured admin origin', () => {
    expect(adminOriginsOf(['https://quantri.thads.gov.vn/admin, https://thads.gov.vn'])).toEqual([
      'https://quantri.thads.gov.vn',
      'https://thads.gov.vn',
    ]);
    expect(adminOriginsOf(['http://127.0.0.1:21337'])).toEqual(['http://127.0.0.1:21337', 'http://localhost:21337']);
  });

  it('renders a preview on the server, for nobody to keep, framed by the admin only', async () => {
    const built = mkdtempSync(path.join(os.tmpdir(), 'thads-build-'));
    writeFileSync(
      path.join(built, 'index.html'),
      '<!doctype html><html><head></head><body><div id="root"></div></body></html>',
    );
    /** @type {string[]} */
    const rendered = [];
    /** @type {import('./site-server.mjs').RenderPage} */
    const renderPage = async (url) => {
      rendered.push(url);
      return { html: '<h1>Bản nháp</h1>', state: '', status: 200, site: {}, head: null };
    };
    const rendering = createSiteServer({
      distDir: built,
      cmsUrl: upstreamUrl,
      adminOrigin: 'https://quantri.thads.gov.vn',
      renderPage,
      changeSecret: 's',
    });
    const url = await listen(rendering);
    for (let round = 0; round < 2; round += 1) {
      const preview = await fetch(`${url}/xem-truoc/articles/abc?token=t.s`);
      expect(await preview.text()).toContain('<div id="root"><h1>Bản nháp</h1></div>');
      expect(preview.headers.get('cache-control')).toBe('private, no-store');
      expect(preview.headers.get('x-cache')).toBe('BYPASS');
      expect(preview.headers.get('content-security-policy')).toMatch(
        /frame-ancestors 'self' https:\/\/quantri\.thads\.gov\.vn$/,
      );
      expect(preview.headers.get('x-frame-options')).toBeNull();
    }
    // Rendered each time: never from the shared cache.
    expect(rendered).toEqual(['/xem-truoc/articles/abc?token=t.s', '/xem-truoc/articles/abc?token=t.s']);
    await new Promise((resolve) => rendering.close(resolve));
    rmSync(built, { recursive: true, force: true });
  });

  it('takes the question form posted without JavaScript: sent on with the reader’s address, the page never kept', async () => {
    /** @type {Array<import('@thads/content').QuestionFormOutcome | undefined>} */
    const forms = [];
    /** @type {string[]} */
    const rendered = [];
    /** @type {import('./site-server.mjs').RenderPage} */
    const renderPage = async (url, request) => {
      rendered.push(url);
      if (url.includes('gui-cau-hoi')) forms.push(request.form);
      return { html: '<p>Hỏi đáp</p>', state: '', status: 200, site: {}, head: null };
    };
    const rendering = createSiteServer({ distDir: dist, cmsUrl: upstreamUrl, renderPage, changeSecret: 's' });
    const url = await listen(rendering);
    const post = (/** @type {string} */ at, /** @type {string} */ body, type = 'application/x-www-form-urlencoded') =>
      fetch(`${url}${at}`, {
        method: 'POST',
        // A client's own X-Forwarded-For is not believed: the budget is the peer's.
        headers: { 'Content-Type': type, 'X-Forwarded-For': '203.0.113.9' },
        body,
      });

    const sent = await post(
      '/phutho/hoi-dap/gui-cau-hoi',
      'agency=phutho&title=Ti%C3%AAu+%C4%91%E1%BB%81&question=%3Cscript%3E&consent=on&website=&other=x',
    );
    expect(sent.status).toBe(200);
    expect(sent.headers.get('cache-control')).toBe('private, no-store');
    expect(sent.headers.get('x-cache')).toBe('BYPASS');
    const asked = seen.at(-1);
    expect(asked?.method).toBe('POST');
    expect(asked?.url).toBe('/api/questions/ask');
    expect(asked?.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(asked?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(asked?.body ?? '')).toEqual({
      agency: 'phutho',
      title: 'Tiêu đề',
      question: '<script>',
      consent: 'on',
      website: '',
    });
    expect(forms.at(-1)).toEqual({ kind: 'received', trackingCode: 'HD-ABCDE-FGHJK' });

    // Larger than the CMS takes: not read, not sent on; the form says why.
    const before = seen.length;
    const large = await post('/phutho/hoi-dap/gui-cau-hoi', `question=${'a'.repeat(70 * 1024)}`);
    expect(large.status).toBe(200);
    expect(forms.at(-1)).toEqual({ kind: 'refused', values: {}, status: 413, message: '' });
    expect(seen.slice(before).some((request) => request.url === '/api/questions/ask')).toBe(false);

    expect((await post('/phutho/hoi-dap/gui-cau-hoi', '{}', 'application/json')).status).toBe(415);
    expect((await post('/phutho/tin-tuc/cac-co-quan-thads', 'a=1')).status).toBe(405);
    expect((await post('/hoi-dap', 'a=1')).status).toBe(405);

    // The tracking page is rendered for each reader, never from the shared cache.
    for (let round = 0; round < 2; round += 1) {
      const tracked = await fetch(`${url}/hoi-dap/tra-cuu?ma=HD-ABCDE-FGHJK`);
      expect(tracked.headers.get('cache-control')).toBe('private, no-store');
    }
    expect(rendered.filter((each) => each === '/hoi-dap/tra-cuu?ma=HD-ABCDE-FGHJK')).toHaveLength(2);
    await new Promise((resolve) => rendering.close(resolve));
  });
});
