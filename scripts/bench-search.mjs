#!/usr/bin/env node
// `pnpm bench:search [sizes]`: Vietnamese search at 1,000 / 10,000 / 100,000 articles (or the sizes given, e.g.
// `pnpm bench:search 1000,10000`). For each size: p50/p95 latency and requests per second of /api/search for
// typical queries, beside the same queries through stock Strapi `filters[title][$containsi]`, measured in the
// same run on the same data. Latency is measured one request at a time (what one reader waits); requests per
// second with 10 connections (what the server sustains). Prints figures and ratios; asserts nothing.
// Generating 100,000 articles takes about half an hour on 2 cores.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STRAPI_BIN, throwawayCmsEnv } from './lib/cms-process.mjs';
import { measure } from './lib/load.mjs';
import { freePort, ROOT, run, startService, waitForHttp } from './lib/shell.mjs';
import { compileCms } from './lib/builds.mjs';

const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
const QUERIES = ['thi dua', 'vinh phuc', 'cuong che thi hanh an', '"phong trao thi dua"', 'Đỗ Hùng', 'khiếu nại tố cáo'];
const CONNECTIONS = 10;
const REQUESTS = 300;
const LATENCY_REQUESTS = 150;

const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-bench-'));
const env = { ...process.env, ...throwawayCmsEnv(), NODE_ENV: 'production', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'bench.db'), LOG_LEVEL: 'error' };
compileCms(env);

const format = (/** @type {number} */ value) => (Number.isFinite(value) ? value.toFixed(1).padStart(7) : '    n/a');
/** @type {Record<number, Record<string, number>>} */
const p95BySize = {};

try {
  for (const size of sizes) {
    console.log(`\n▶ ${size.toLocaleString('en')} articles: seeding…`);
    const seeded = Date.now();
    run('node', ['scripts/seed.mjs', '--samples', String(size)], { cwd: path.join(ROOT, 'cms'), env });
    console.log(`  seeded in ${((Date.now() - seeded) / 1000).toFixed(0)} s`);
    const port = await freePort();
    const cms = startService('cms', 'node', [STRAPI_BIN, 'start'], { cwd: path.join(ROOT, 'cms'), env: { ...env, CMS_PORT: String(port) }, quiet: true });
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/_health`, cms, 600_000);
    try {
      console.log(`  ${'query'.padEnd(26)} │ /api/search p50    p95   rps×10  hits │ $containsi p50    p95   rps×10  hits │ p95 stock÷search`);
      p95BySize[size] = {};
      for (const query of QUERIES) {
        const searchUrl = `${base}/api/search?q=${encodeURIComponent(query)}&pageSize=10`;
        const stockUrl = `${base}/api/articles?filters[title][$containsi]=${encodeURIComponent(query)}&pagination[pageSize]=10`;
        /** @typedef {{ meta?: { pagination?: { total?: number } } }} ListBody */
        /** @param {string} url @param {(body: ListBody) => number} pick */
        const hits = async (url, pick) => pick(/** @type {ListBody} */ (await (await fetch(url)).json()));
        const searchHits = await hits(searchUrl, (body) => body.meta?.pagination?.total ?? 0);
        const stockHits = await hits(stockUrl, (body) => body.meta?.pagination?.total ?? 0);
        const bench = async (/** @type {string} */ url) => {
          await measure(url, { connections: 1, requests: 30 });
          const latency = await measure(url, { connections: 1, requests: LATENCY_REQUESTS });
          const throughput = await measure(url, { connections: CONNECTIONS, requests: REQUESTS });
          return { p50: latency.p50, p95: latency.p95, rps: throughput.rps };
        };
        const search = await bench(searchUrl);
        const stock = await bench(stockUrl);
        p95BySize[size][query] = search.p95;
        console.log(
          `  ${query.padEnd(26)} │ ${format(search.p50)} ${format(search.p95)} ${format(search.rps)} ${String(searchHits).padStart(5)} │ ${format(stock.p50)} ${format(stock.p95)} ${format(stock.rps)} ${String(stockHits).padStart(5)} │ ${(stock.p95 / search.p95).toFixed(2)}× faster`,
        );
      }
    } finally {
      await cms.stop();
    }
  }
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  if (smallest !== largest) {
    console.log(`\nScaling (p95 at ${largest.toLocaleString('en')} ÷ p95 at ${smallest.toLocaleString('en')}; goal ≤ 3×):`);
    for (const query of QUERIES) console.log(`  ${query.padEnd(26)} ${((p95BySize[largest]?.[query] ?? NaN) / (p95BySize[smallest]?.[query] ?? NaN)).toFixed(2)}×`);
  }
  console.log(`\nLatency in ms, one request at a time (${LATENCY_REQUESTS} requests); rps×10: requests per second over ${CONNECTIONS} connections (${REQUESTS} requests); "hits": the total each finds.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
