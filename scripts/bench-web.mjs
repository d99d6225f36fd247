#!/usr/bin/env node
// `pnpm bench:web`: the site server's HTML throughput for the real article's page, measured in one run against a
// real CMS: (a) from the rendered-page cache, (b) rendering every request (no cache), (c) a bare node:http server
// sending the same bytes (the ceiling). Prints requests/s, p50, p95 and the X-Cache counts; asserts no timing, but
// stops on any non-200 answer or a cached variant that misses. Not yet here: the slow-phone emulation (CDP) of the
// issue's "Measured, not asserted" section.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPackages, buildWeb, compileCms } from './lib/builds.mjs';
import { startStack } from './lib/cms-process.mjs';
import { measure } from './lib/load.mjs';
import { ROOT } from './lib/shell.mjs';

const PAGE = '/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const LOAD = { connections: 10, requests: 3000, maxSeconds: 15 };

buildPackages();
compileCms();
buildWeb();
const { createSiteServer } = await import(pathToFileURL(path.join(ROOT, 'web/server/site-server.mjs')).href);
const { render } = await import(pathToFileURL(path.join(ROOT, 'web/dist-server/entry-server.js')).href);
const stack = await startStack();
/** @param {http.Server} server @returns {Promise<string>} */
const listen = (server) =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`),
    ),
  );
const distDir = path.join(ROOT, 'web/dist');
const servers = [
  createSiteServer({ distDir, cmsUrl: stack.cmsUrl, renderPage: render, changeSecret: 'bench' }),
  createSiteServer({ distDir, cmsUrl: stack.cmsUrl, renderPage: render }),
];
try {
  const [cachedUrl, renderingUrl] = await Promise.all(servers.map(listen));
  if (!cachedUrl || !renderingUrl) throw new Error('the site servers did not start');
  const body = Buffer.from(await (await fetch(`${cachedUrl}${PAGE}`)).arrayBuffer());
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  servers.push(bare);
  const bareUrl = await listen(bare);
  /** @type {Array<[string, string, { connections: number, requests: number, maxSeconds: number }, string]>} */
  const variants = [
    ['rendered-page cache', cachedUrl, LOAD, 'HIT'],
    ['rendering every request', renderingUrl, { ...LOAD, requests: 300 }, 'BYPASS'],
    ['bare node:http, same bytes', bareUrl, LOAD, 'none'],
  ];
  /** @type {Record<string, number>} */
  const rps = {};
  for (const [name, url, load, expected] of variants) {
    const result = await measure(`${url}${PAGE}`, load);
    if (result.errors || Object.keys(result.statuses).some((status) => status !== '200'))
      throw new Error(`${name}: answers other than 200: ${JSON.stringify(result.statuses)}`);
    if (Object.keys(result.cache).some((status) => status !== expected))
      throw new Error(`${name}: X-Cache other than ${expected}: ${JSON.stringify(result.cache)}`);
    rps[name] = result.rps;
    console.log(
      `${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${body.length} bytes)`,
    );
  }
  const ratio = (rps['rendered-page cache'] ?? 0) / (rps['bare node:http, same bytes'] ?? 1);
  console.log(`Cached HTML ÷ bare server: ${ratio.toFixed(2)} (goal ≥ 0.5)`);
} finally {
  for (const server of servers) server.close();
  await stack.stop();
}
