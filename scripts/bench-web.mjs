#!/usr/bin/env node
// `pnpm bench:web [--samples 5] [--only phone|lighthouse|throughput] [--pages home,article,…]`: issues 14's and 23's
// "Measured, not asserted", in one run against a real CMS seeded with the real article.
// Five pages (the real article, the home page, its category, its day and a search that finds it) are loaded from the
// site and from a static copy of the very same page (its server-rendered HTML without scripts, its stylesheet and
// images, the site's security headers) served by a bare node:http server — the limit; the two alternate run by run.
// - phone: loaded cold on an emulated slow phone (Chromium: 150 ms per request, 1.6 Mbit/s, CPU 4× slower, 360×780).
//   Medians of the samples: text on screen, LCP, CLS, requests before the text; goals: text ≤ 1.3× static, CLS ≤ 0.05.
//   Then the reader's first taps as soon as the page has loaded, the menu button and the search field it shows: their
//   latency (Event Timing, INP per tap); goal ≤ 200 ms.
// - lighthouse: Lighthouse 12.2.3 (pinned), mobile defaults, on Debian's Chromium: performance score, Total Blocking
//   Time, LCP, CLS; goals: score ≥ 95 and TBT ≤ 150 ms (medians).
// - throughput: the site server's HTML for the article from the rendered-page cache, rendering every request, and a
//   bare node:http server sending the same bytes (the ceiling); goal: cached ≥ 0.5× bare.
// Prints figures and the goals met or missed; times are never asserted, but it stops on a wrong answer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPackages, buildWeb, compileCms } from './lib/builds.mjs';
import { startStack } from './lib/cms-process.mjs';
import { measure } from './lib/load.mjs';
import { freePort, ROOT, startService, waitForHttp } from './lib/shell.mjs';

const PARTS = ['phone', 'lighthouse', 'throughput'];
const PAGE_NAMES = ['article', 'home', 'category', 'day', 'search'];
const { values: options } = parseArgs({
  options: { samples: { type: 'string', default: '5' }, only: { type: 'string' }, pages: { type: 'string' } },
});
const SAMPLES = Number(options.samples);
if (!Number.isInteger(SAMPLES) || SAMPLES < 1)
  throw new Error(`--samples must be a whole number ≥ 1, not "${options.samples}"`);
if (options.only !== undefined && !PARTS.includes(options.only))
  throw new Error(`--only takes ${PARTS.join(', ')}, not "${options.only}"`);
const ONLY_PAGES = options.pages?.split(',') ?? PAGE_NAMES;
for (const name of ONLY_PAGES)
  if (!PAGE_NAMES.includes(name)) throw new Error(`--pages takes ${PAGE_NAMES.join(', ')}, not "${name}"`);
/** @param {string} part */
const measured = (part) => options.only === undefined || options.only === part;

const LOAD = { connections: 10, requests: 3000, maxSeconds: 15 };
const GOALS = { textRatio: 1.3, cls: 0.05, cachedRatio: 0.5, tapMs: 200, lighthouseScore: 95, tbtMs: 150 };

buildPackages();
compileCms();
buildWeb();

// The real article's address, as the seed makes it (cms/src/seed/real-article.ts): its title, the first line after the
// page furniture, slugified, on the pages of the agency the seed gives it (Vĩnh Phúc, REAL_ARTICLE_AGENCY in
// cms/src/seed/catalogue.ts), under its code while the central department is at the root.
const { slugify, vietnamDay } = await import(pathToFileURL(path.join(ROOT, 'packages/vietnamese/dist/index.js')).href);
const seedLines = readFileSync(path.join(ROOT, 'cms/seed/real-article.txt'), 'utf8')
  .normalize('NFC')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '' && line !== 'Sign In' && line !== 'Các tin đã đưa ngày:');
const AGENCY = '/vinhphuc';
const ARTICLE = `${AGENCY}/tin-tuc/${slugify(seedLines[0] ?? '')}`;
/** The body's last paragraph (the line before the byline). */
const LAST_PARAGRAPH = seedLines.at(-2) ?? '';

/** The site's page headers that a static copy of it sends too. */
const SECURITY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'permissions-policy',
];

/** @typedef {{ name: string, path: string, selector: string, mustContain: string }} Page */

/**
 * The pages measured, the element whose last match is "the text" of each, and what its HTML must carry: the real
 * article, and the lists that show it (home, its category, its day, a search for its words).
 * @param {string} cmsUrl
 * @returns {Promise<Page[]>}
 */
async function pagesToMeasure(cmsUrl) {
  const slug = ARTICLE.slice(`${AGENCY}/tin-tuc/`.length);
  const { data } = await (
    await get(
      `${cmsUrl}/api/articles?filters[slug][$eq]=${slug}&filters[agency][$eq]=${AGENCY.slice(1)}&populate[category][fields][0]=slug`,
    )
  ).json();
  /** @type {{ date: string, category: { slug: string } | null } | undefined} */
  const article = data[0];
  if (!article?.category) throw new Error(`The real article (${slug}) is missing, or has no category`);
  const title = seedLines[0] ?? '';
  const cards = 'main .article-card__title';
  /** @type {Page[]} */
  const pages = [
    { name: 'article', path: ARTICLE, selector: '.article__body p', mustContain: LAST_PARAGRAPH.slice(0, 80) },
    { name: 'home', path: `${AGENCY}/`, selector: cards, mustContain: title },
    { name: 'category', path: `${AGENCY}/chuyen-muc/${article.category.slug}`, selector: cards, mustContain: title },
    { name: 'day', path: `${AGENCY}/ngay/${vietnamDay(article.date)}`, selector: cards, mustContain: title },
    { name: 'search', path: `${AGENCY}/tim-kiem?q=thi+dua`, selector: cards, mustContain: 'Tìm thấy' },
  ];
  return pages.filter((page) => ONLY_PAGES.includes(page.name));
}

/** @type {Array<{ stop: () => Promise<unknown> }>} */
const toStop = [];
const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-bench-web-'));

/** @param {string} url */
async function get(url) {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return {
    headers: response.headers,
    type: response.headers.get('content-type') ?? 'application/octet-stream',
    body,
    json: async () => JSON.parse(body.toString('utf8')),
  };
}

/**
 * The limit: each page's server-rendered HTML as a static file, without scripts (the entry, module preloads and
 * prefetches, the dehydrated data) but with its stylesheets, icons and images, served at the same paths by a bare
 * node:http server (which ignores the query string: one page per path).
 * @param {string} siteUrl
 * @param {Page[]} pages
 * @returns {Promise<string>} the static server's URL
 */
async function startStaticCopy(siteUrl, pages) {
  /** @type {Record<string, { file: string, type: string, headers?: Record<string, string> }>} */
  const site = {};
  /**
   * @param {string} pathname @param {string} type @param {Buffer | string} body
   * @param {Record<string, string>} [headers]
   */
  const save = (pathname, type, body, headers) => {
    const file = path.join(dir, `static-${Object.keys(site).length}`);
    writeFileSync(file, body);
    site[pathname] = { file, type, headers };
  };
  for (const page of pages) {
    const { body, headers } = await get(`${siteUrl}${page.path}`);
    const html = body
      .toString('utf8')
      .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link\b[^>]*rel="(?:modulepreload|prefetch)"[^>]*>/g, '');
    if (!html.includes(page.mustContain))
      throw new Error(`${page.path}: the server-rendered HTML does not carry "${page.mustContain}"`);
    // With the site's security headers, which any deployment of it sends: Cross-Origin-Opener-Policy alone costs a
    // fresh tab a browsing-context swap (docs/site-rendering.md), which is no part of rendering.
    const policies = Object.fromEntries(
      SECURITY_HEADERS.flatMap((name) => {
        const value = headers.get(name);
        return value === null ? [] : [[name, value]];
      }),
    );
    save(new URL(page.path, siteUrl).pathname, 'text/html; charset=utf-8', html, policies);
    const linked = [
      ...html.matchAll(/<link\b[^>]*rel="(?:stylesheet|icon)"[^>]*href="([^"]+)"/g),
      ...html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g),
    ].map((match) => match[1] ?? '');
    const candidates = [...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) =>
      (match[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
    );
    for (const url of [...linked, ...candidates]) {
      const pathname = new URL(url.replaceAll('&amp;', '&'), siteUrl).pathname;
      if (site[pathname] || !pathname.startsWith('/')) continue;
      const file = await get(`${siteUrl}${pathname}`);
      save(pathname, file.type, file.body);
    }
  }
  const manifest = path.join(dir, 'static-site.json');
  writeFileSync(manifest, JSON.stringify(site));
  const port = await freePort();
  const service = startService(
    'static',
    'node',
    [path.join(ROOT, 'scripts/lib/bare-server.mjs'), String(port), manifest],
    {
      quiet: true,
    },
  );
  toStop.push(service);
  await waitForHttp(`http://127.0.0.1:${port}/`, service);
  return `http://127.0.0.1:${port}`;
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** As web/scripts/slow-phone.mjs measures (the root's type check does not look into web's browser code). @typedef {{ textMs: number, lcpMs: number, cls: number, requests: number, finished: number, bytes: number }} PhoneSample */

/**
 * `samples` of the site and of the static copy, alternating, each going first in turn: what one load leaves running
 * (hydration, clean-up) must not favour one side.
 * @template T
 * @param {(kind: 'site' | 'static') => Promise<T>} sample
 * @returns {Promise<Record<'site' | 'static', T[]>>}
 */
async function alternate(sample) {
  /** @type {Record<'site' | 'static', T[]>} */
  const samples = { site: [], static: [] };
  for (let index = 0; index < SAMPLES; index += 1) {
    const order = index % 2 ? /** @type {const} */ (['static', 'site']) : /** @type {const} */ (['site', 'static']);
    for (const kind of order) samples[kind].push(await sample(kind));
  }
  return samples;
}

/** @param {string} label @param {Record<'site' | 'static', string>} figures */
const printSides = (label, figures) => {
  console.log(`  ${label}`);
  console.log(`    site         ${figures.site}`);
  console.log(`    static copy  ${figures.static}`);
};

/** @param {string} siteUrl @param {string} staticUrl @param {Page[]} pages */
async function phone(siteUrl, staticUrl, pages) {
  const { launchChromium } = await import(pathToFileURL(path.join(ROOT, 'web/e2e/chromium.mjs')).href);
  const { loadOnSlowPhone, firstTapsOnSlowPhone, FIRST_TAPS, SLOW_PHONE } = await import(
    pathToFileURL(path.join(ROOT, 'web/scripts/slow-phone.mjs')).href
  );
  const browser = await launchChromium();
  toStop.push({ stop: () => browser.close() });
  console.log(
    `\nSlow phone: ${SLOW_PHONE.latencyMs} ms per request, ${(SLOW_PHONE.downloadBytesPerSecond * 8) / 1e6} Mbit/s down, ` +
      `CPU ${SLOW_PHONE.cpuSlowdown}× slower, ${SLOW_PHONE.viewport.width}×${SLOW_PHONE.viewport.height}, cold cache; ` +
      `median of ${SAMPLES} samples each (site and static copy alternate, each first in turn)`,
  );
  let met = true;
  for (const page of pages) {
    /** @param {'site' | 'static'} kind */
    const url = (kind) => `${kind === 'site' ? siteUrl : staticUrl}${page.path}`;
    /** @type {Record<'site' | 'static', PhoneSample[]>} */
    const samples = await alternate((kind) => loadOnSlowPhone(browser, url(kind), page.selector));
    /** @param {'site' | 'static'} kind */
    const summary = (kind) => ({
      text: median(samples[kind].map((sample) => sample.textMs)),
      lcp: median(samples[kind].map((sample) => sample.lcpMs)),
      cls: median(samples[kind].map((sample) => sample.cls)),
      worstCls: Math.max(...samples[kind].map((sample) => sample.cls)),
      requests: median(samples[kind].map((sample) => sample.requests)),
      finished: median(samples[kind].map((sample) => sample.finished)),
      kB: median(samples[kind].map((sample) => sample.bytes)) / 1000,
    });
    const site = summary('site');
    const limit = summary('static');
    console.log(`\n${page.name} (${page.path}); text = last "${page.selector}"`);
    for (const [name, figures] of /** @type {const} */ ([
      ['site', site],
      ['static copy', limit],
    ]))
      console.log(
        `  ${name.padEnd(11)} text on screen ${figures.text.toFixed(0)} ms, LCP ${figures.lcp.toFixed(0)} ms, ` +
          `CLS ${figures.cls.toFixed(3)} (worst ${figures.worstCls.toFixed(3)}), ` +
          `requests before the text: ${figures.requests} started, ${figures.finished} finished (${figures.kB.toFixed(1)} kB)`,
      );
    const textRatio = site.text / limit.text;
    const textOk = textRatio <= GOALS.textRatio;
    const clsOk = site.worstCls <= GOALS.cls;
    console.log(
      `  site ÷ static: text ${textRatio.toFixed(2)} (goal ≤ ${GOALS.textRatio}: ${textOk ? 'met' : 'MISSED'}), ` +
        `LCP ${(site.lcp / limit.lcp).toFixed(2)}; site CLS ≤ ${GOALS.cls} in every sample: ${clsOk ? 'met' : 'MISSED'}`,
    );

    /** @type {Record<'site' | 'static', Array<Record<string, number>>>} */
    const taps = await alternate((kind) => firstTapsOnSlowPhone(browser, url(kind)));
    /** @type {Record<'site' | 'static', string>} */
    const tapFigures = { site: '', static: '' };
    let tapsOk = true;
    for (const kind of /** @type {const} */ (['site', 'static']))
      tapFigures[kind] = FIRST_TAPS.map((/** @type {{ name: string }} */ { name }) => {
        const values = taps[kind].map((sample) => sample[name] ?? Number.NaN);
        const middle = median(values);
        if (kind === 'site') tapsOk &&= middle <= GOALS.tapMs;
        return `${name} ${middle.toFixed(0)} ms (worst ${Math.max(...values).toFixed(0)})`;
      }).join(', ');
    printSides(`first taps after load (INP of each; 16 = no more than 16 ms):`, tapFigures);
    console.log(`  first taps ≤ ${GOALS.tapMs} ms on the site: ${tapsOk ? 'met' : 'MISSED'}`);
    met &&= textOk && clsOk && tapsOk;
  }
  console.log(`\nSlow-phone goals: ${met ? 'all met' : 'NOT all met'}`);
}

/** @param {string} siteUrl @param {string} staticUrl @param {Page[]} pages */
async function lighthouseRuns(siteUrl, staticUrl, pages) {
  const { startLighthouseBrowser, LIGHTHOUSE_VERSION } = await import('./lib/lighthouse.mjs');
  const browser = await startLighthouseBrowser();
  toStop.push(browser);
  console.log(
    `\nLighthouse ${LIGHTHOUSE_VERSION}, mobile defaults (simulated throttling), Debian's Chromium; median of ` +
      `${SAMPLES} runs each (site and static copy alternate, each first in turn)`,
  );
  let met = true;
  for (const page of pages) {
    const runs = await alternate((kind) => browser.run(`${kind === 'site' ? siteUrl : staticUrl}${page.path}`));
    /** @param {'site' | 'static'} kind */
    const summary = (kind) => {
      /** @param {(run: import('./lib/lighthouse.mjs').LighthouseRun) => number} of */
      const middle = (of) => median(runs[kind].map(of));
      return {
        score: middle((run) => run.score),
        scores: runs[kind].map((run) => run.score),
        tbt: middle((run) => run.tbtMs),
        lcp: middle((run) => run.lcpMs),
        fcp: middle((run) => run.fcpMs),
        cls: middle((run) => run.cls),
        worstCls: Math.max(...runs[kind].map((run) => run.cls)),
      };
    };
    const site = summary('site');
    const limit = summary('static');
    /** @param {ReturnType<typeof summary>} figures */
    const line = (figures) =>
      `performance ${figures.score} (runs ${figures.scores.join(', ')}), TBT ${figures.tbt.toFixed(0)} ms, ` +
      `LCP ${figures.lcp.toFixed(0)} ms, FCP ${figures.fcp.toFixed(0)} ms, CLS ${figures.cls.toFixed(3)} (worst ${figures.worstCls.toFixed(3)})`;
    console.log(`\n${page.name} (${page.path})`);
    printSides('Lighthouse:', { site: line(site), static: line(limit) });
    const scoreOk = site.score >= GOALS.lighthouseScore;
    const tbtOk = site.tbt <= GOALS.tbtMs;
    met &&= scoreOk && tbtOk;
    console.log(
      `  site: performance ≥ ${GOALS.lighthouseScore} ${scoreOk ? 'met' : 'MISSED'}, TBT ≤ ${GOALS.tbtMs} ms ${tbtOk ? 'met' : 'MISSED'}; ` +
        `site ÷ static: LCP ${(site.lcp / limit.lcp).toFixed(2)}, TBT ${(site.tbt - limit.tbt).toFixed(0)} ms more`,
    );
  }
  console.log(`\nLighthouse goals: ${met ? 'all met' : 'NOT all met'}`);
}

/** @param {string} cmsUrl */
async function throughput(cmsUrl) {
  const { createSiteServer } = await import(pathToFileURL(path.join(ROOT, 'web/server/site-server.mjs')).href);
  const { render } = await import(pathToFileURL(path.join(ROOT, 'web/dist-server/entry-server.js')).href);
  /** @param {http.Server} server @returns {Promise<string>} */
  const listen = (server) => {
    toStop.push({ stop: () => new Promise((resolve) => server.close(resolve)) });
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () =>
        resolve(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`),
      ),
    );
  };
  const distDir = path.join(ROOT, 'web/dist');
  const cachedUrl = await listen(createSiteServer({ distDir, cmsUrl, renderPage: render, changeSecret: 'bench' }));
  const renderingUrl = await listen(createSiteServer({ distDir, cmsUrl, renderPage: render }));
  const { body, headers } = await get(`${cachedUrl}${ARTICLE}`);
  // The same answer, headers included (the site's security headers are most of its header bytes), minus what
  // belongs to one connection or to the compressed form fetch() asked for, and the site's own X-Cache.
  const PER_CONNECTION = new Set([
    'x-cache',
    'content-encoding',
    'content-length',
    'transfer-encoding',
    'connection',
    'keep-alive',
    'date',
  ]);
  /** @type {Record<string, string | number>} */
  const sameHeaders = { 'Content-Length': body.length };
  for (const [name, value] of headers) if (!PER_CONNECTION.has(name)) sameHeaders[name] = value;
  const bareUrl = await listen(
    http.createServer((_req, res) => {
      res.writeHead(200, sameHeaders);
      res.end(body);
    }),
  );
  /** @type {Array<[string, string, { connections: number, requests: number, maxSeconds: number }, string]>} */
  const variants = [
    ['rendered-page cache', cachedUrl, LOAD, 'HIT'],
    ['rendering every request', renderingUrl, { ...LOAD, requests: 300 }, 'BYPASS'],
    ['bare node:http, same bytes', bareUrl, LOAD, 'none'],
  ];
  console.log(
    `\nHTML throughput of ${ARTICLE} (${body.length} bytes, not compressed), ${LOAD.connections} connections`,
  );
  /** @type {Record<string, number>} */
  const rps = {};
  for (const [name, url, load, expected] of variants) {
    const result = await measure(`${url}${ARTICLE}`, load);
    if (result.errors || Object.keys(result.statuses).some((status) => status !== '200'))
      throw new Error(`${name}: answers other than 200: ${JSON.stringify(result.statuses)}`);
    if (Object.keys(result.cache).some((status) => status !== expected))
      throw new Error(`${name}: X-Cache other than ${expected}: ${JSON.stringify(result.cache)}`);
    rps[name] = result.rps;
    console.log(
      `  ${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ` +
        `X-Cache ${JSON.stringify(result.cache)}`,
    );
  }
  const ratio = (rps['rendered-page cache'] ?? 0) / (rps['bare node:http, same bytes'] ?? 1);
  console.log(
    `  cached HTML ÷ bare server: ${ratio.toFixed(2)} (goal ≥ ${GOALS.cachedRatio}: ${ratio >= GOALS.cachedRatio ? 'met' : 'MISSED'})`,
  );
}

const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
const started = await startStack();
try {
  console.log(`Load average before the run: ${loadAverage()}`);
  if (measured('phone') || measured('lighthouse')) {
    const pages = await pagesToMeasure(started.cmsUrl);
    const staticUrl = await startStaticCopy(started.siteUrl, pages);
    // Readers get pages from the rendered-page cache: one visit puts each there.
    for (const page of pages) await get(`${started.siteUrl}${page.path}`);
    if (measured('phone')) await phone(started.siteUrl, staticUrl, pages);
    if (measured('lighthouse')) await lighthouseRuns(started.siteUrl, staticUrl, pages);
    console.log(`Load average now: ${loadAverage()}`);
  }
  if (measured('throughput')) await throughput(started.cmsUrl);
  console.log(`Load average after the run: ${loadAverage()}`);
} finally {
  for (const service of toStop) await service.stop();
  await started.stop();
  rmSync(dir, { recursive: true, force: true });
}
