#!/usr/bin/env node
// `pnpm bench:search [--sizes 1000,10000,100000] [--rounds 3] [--database file.db|postgres]`: Vietnamese search at each size
// of sample articles. For each size: p50/p95 latency and requests per second of /api/search for typical queries,
// beside the same queries through stock Strapi `filters[title][$containsi]`, measured in the same run on the same
// data. Latency is measured one request at a time (what one reader waits), `--rounds` times, the median round kept;
// requests per second with 10 connections (what the server sustains).
// What it measures: the work of answering, so the rate limiter and the response cache are off — every answer is a
// cache miss (checked: no answer may carry `X-Cache: HIT`), and any non-2xx answer stops the run with an error.
// The search's hit counts are checked too (every query finds something; "thi hành án" finds every article).
// Each query is timed for the whole installation and within one agency (`agency=phutho`: Phú Thọ and the agencies
// merged into it), beside stock Strapi filtered to that agency.
// `--database` keeps the seeded SQLite file for the next run (seeded only when it does not exist yet; one size).
// `--database postgres` runs on a private PostgreSQL server instead (thrown away at the end; each size adds the
// sample articles it lacks to the previous one's, smallest first).
// Prints figures and ratios; asserts no timing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { STRAPI_BIN, throwawayCmsEnv } from './lib/cms-process.mjs';
import { measure, middle } from './lib/load.mjs';
import { freePort, ROOT, run, startService, waitForHttp } from './lib/shell.mjs';
import { compileCms } from './lib/builds.mjs';
import { startTemporaryPostgres } from './lib/postgres.mjs';
import { ensureDebianPackages, POSTGRESQL } from './lib/toolchain.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { sizes: { type: 'string' }, rounds: { type: 'string', default: '3' }, database: { type: 'string' } },
});
const sizes = (options.sizes ?? positionals[0] ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const ROUNDS = Number(options.rounds);
const onPostgres = options.database === 'postgres';
const sqliteFile = onPostgres ? undefined : options.database;
if (sqliteFile && sizes.length !== 1)
  throw new Error('--database keeps one seeded database: give one size (--sizes 100000)');
const QUERIES = [
  'thi dua',
  'vinh phuc',
  'cuong che thi hanh an',
  '"phong trao thi dua"',
  'Đỗ Hùng',
  'khiếu nại tố cáo',
  'thi hành án',
];
/** In the lead of every sample article and in the real one. */
const EVERYWHERE = 'thi hành án';
/** The agency of the per-agency runs: a province with two agencies merged into it (Vĩnh Phúc, Hòa Bình). */
const AGENCY = 'phutho';
const GOAL_P95_MS = 20;
const CONNECTIONS = 10;
const REQUESTS = 300;
const LATENCY_REQUESTS = 150;

const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-bench-'));
if (onPostgres) ensureDebianPackages([POSTGRESQL]);
const postgres = onPostgres ? await startTemporaryPostgres() : undefined;
const env = {
  ...process.env,
  ...throwawayCmsEnv(),
  NODE_ENV: 'production',
  ...(postgres ? { ...postgres.env, DATABASE_NAME: 'postgres' } : { DATABASE_CLIENT: 'sqlite' }),
  LOG_LEVEL: 'error',
  // One client asking hundreds of times is what the limiter stops, and the same question again is what the cache
  // answers: with either on, this would time 429s and cache hits rather than searches.
  RATE_LIMIT_ENABLED: 'false',
  RESPONSE_CACHE_ENABLED: 'false',
};
compileCms(env);

const format = (/** @type {number} */ value) => (Number.isFinite(value) ? value.toFixed(1).padStart(7) : '    n/a');
/** @type {Map<number, Map<string, number>>} */
const p95BySize = new Map();
const p95Of = (/** @type {number} */ size, /** @type {string} */ query) => p95BySize.get(size)?.get(query) ?? NaN;

/**
 * Timing of one URL: warm-up, then ROUNDS latency rounds (median kept, range shown) and one throughput run.
 * @param {string} url
 */
async function bench(url, rounds = ROUNDS) {
  await measure(url, { connections: 1, requests: 30 });
  const results = [];
  for (let round = 0; round < rounds; round += 1)
    results.push(await measure(url, { connections: 1, requests: LATENCY_REQUESTS }));
  const throughput = await measure(url, { connections: CONNECTIONS, requests: REQUESTS });
  const hits = [...results, throughput].reduce((sum, result) => sum + (result.cache.HIT ?? 0), 0);
  if (hits > 0) throw new Error(`${url}: ${hits} answers came from the response cache; this benchmark measures misses`);
  const p95s = results.map((result) => result.p95);
  return {
    p50: middle(results.map((result) => result.p50)),
    p95: middle(p95s),
    p95Range: [Math.min(...p95s), Math.max(...p95s)],
    rps: throughput.rps,
  };
}

/**
 * The number of matches a list answer reports, and whether it is PostgreSQL's estimate (above 10,000 matches).
 * @param {string} url
 */
async function totalOf(url) {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const body = await response.json();
  const meta = typeof body === 'object' && body !== null && 'meta' in body ? body.meta : undefined;
  const pagination = typeof meta === 'object' && meta !== null && 'pagination' in meta ? meta.pagination : undefined;
  const total =
    typeof pagination === 'object' && pagination !== null && 'total' in pagination ? pagination.total : undefined;
  if (typeof total !== 'number') throw new Error(`${url}: the answer has no meta.pagination.total`);
  const estimated = typeof pagination === 'object' && pagination !== null && 'estimated' in pagination;
  return { total, estimated };
}

/** @param {{ total: number, estimated: boolean }} count */
const shown = (count) => `${count.estimated ? '≈' : ''}${count.total}`;

try {
  for (const size of sizes) {
    const database = sqliteFile ? path.resolve(sqliteFile) : path.join(dir, `bench-${size}.db`);
    const sizeEnv = postgres ? env : { ...env, DATABASE_FILENAME: database };
    if (!postgres && existsSync(database))
      console.log(`\n▶ ${size.toLocaleString('en')} articles: reusing ${database}`);
    else {
      console.log(
        `\n▶ ${size.toLocaleString('en')} articles${postgres ? ' on PostgreSQL' : ''}: seeding${sqliteFile ? ` ${database} (kept for the next run)` : ''}…`,
      );
      const seeded = Date.now();
      run('node', ['scripts/seed.mjs', '--samples', String(size)], { cwd: path.join(ROOT, 'cms'), env: sizeEnv });
      console.log(`  seeded in ${((Date.now() - seeded) / 1000).toFixed(0)} s`);
    }
    const port = await freePort();
    const cms = startService('cms', 'node', [STRAPI_BIN, 'start'], {
      cwd: path.join(ROOT, 'cms'),
      env: { ...sizeEnv, CMS_PORT: String(port) },
      quiet: true,
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/_health`, cms, 600_000);
    try {
      const published = await totalOf(`${base}/api/articles?pagination[pageSize]=1`);
      console.log(
        `  ${published.estimated ? 'about ' : ''}${published.total.toLocaleString('en')} published articles; cache misses only (response cache and rate limiter off); p95: median of ${ROUNDS} rounds [lowest–highest]`,
      );
      console.log(
        `  ${'query'.padEnd(24)} │ /api/search p50    p95 [ range ]     rps×10   hits │ $containsi p50    p95   rps×10  hits │ p95 stock÷search`,
      );
      /** @type {Map<string, number>} */
      const p95s = new Map();
      p95BySize.set(size, p95s);
      for (const query of QUERIES) {
        for (const agency of [undefined, AGENCY]) {
          const label = agency ? `  ${agency}` : query;
          const searchUrl = `${base}/api/search?q=${encodeURIComponent(query)}&pageSize=10${agency ? `&agency=${agency}` : ''}`;
          const stockUrl = `${base}/api/articles?filters[title][$containsi]=${encodeURIComponent(query)}${agency ? `&filters[agency][$eq]=${agency}` : ''}&pagination[pageSize]=10`;
          const searchHits = await totalOf(searchUrl);
          const stockHits = await totalOf(stockUrl);
          if (searchHits.total === 0)
            throw new Error(`/api/search finds nothing for "${query}": the figures would time an empty answer`);
          // Exact totals only: estimates (PostgreSQL, above 10,000) of two different queries need not agree.
          if (query === EVERYWHERE && !agency && !searchHits.estimated && !published.estimated)
            if (searchHits.total !== published.total)
              throw new Error(
                `/api/search finds ${searchHits.total} articles for "${query}", not all ${published.total}`,
              );
          const search = await bench(searchUrl);
          // Stock answers take half a second at 100,000 articles: one round is enough for a reference.
          const stock = await bench(stockUrl, 1);
          p95s.set(`${query}${agency ? ` (${agency})` : ''}`, search.p95);
          const range = `[${search.p95Range.map((value) => value.toFixed(1)).join('–')}]`.padEnd(13);
          console.log(
            `  ${label.padEnd(24)} │ ${format(search.p50)} ${format(search.p95)} ${range} ${format(search.rps)} ${shown(searchHits).padStart(7)} │ ${format(stock.p50)} ${format(stock.p95)} ${format(stock.rps)} ${shown(stockHits).padStart(6)} │ ${(stock.p95 / search.p95).toFixed(2)}× faster`,
          );
        }
      }
      const over = [...p95s].filter(([, p95]) => p95 > GOAL_P95_MS).map(([query]) => query);
      console.log(
        `  search p95 ≤ ${GOAL_P95_MS} ms: ${over.length === 0 ? `all ${p95s.size} (${QUERIES.length} queries, nationally and in ${AGENCY})` : `not for ${over.join(', ')}`}`,
      );
    } finally {
      await cms.stop();
    }
  }
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  if (smallest !== largest) {
    console.log(
      `\nScaling (p95 at ${largest.toLocaleString('en')} ÷ p95 at ${smallest.toLocaleString('en')}; goal ≤ 3×):`,
    );
    for (const query of p95BySize.get(largest)?.keys() ?? [])
      console.log(`  ${query.padEnd(34)} ${(p95Of(largest, query) / p95Of(smallest, query)).toFixed(2)}×`);
  }
  console.log(
    `\nLatency in ms, one request at a time (${LATENCY_REQUESTS} requests per round); rps×10: requests per second over ${CONNECTIONS} connections (${REQUESTS} requests); "hits": the total each finds, ≈ for PostgreSQL's estimate above 10,000 (on SQLite, stock $containsi finds none: its lower() folds only ASCII).`,
  );
} finally {
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}
