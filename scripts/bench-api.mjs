#!/usr/bin/env node
// `pnpm bench`: the public content API under load, with autocannon at 10 and 50 connections, for the site's own
// queries (the exact URLs its content client sends, explicit fields and populate): the home list, an article by slug
// and a campaign theme with its articles. Each is measured (a) uncached (response cache off), (b) cached, (c) from a
// bare node:http server sending the same bytes (the ceiling), and (d) the same query on an instance with this
// project's read optimisations off from boot (LEAN_READS=false): stock Strapi answering the same question.
// Prints requests/s, p50, p99, the serving process's CPU time per request, and the ratios the goals are stated in
// (cached ÷ ceiling ≥ 50 %, uncached ÷ stock ≥ 1.5×), all measured in this one run; asserts no timing. It does check
// what it measures: any non-2xx answer stops the run with an error (the rate limiter is off), every answer of the
// cached variant must be a cache hit (`X-Cache: HIT`) and no answer of the uncached and stock variants may be one.
// Usage: pnpm bench [--duration 5] [--samples 1000]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { STRAPI_BIN, throwawayCmsEnv } from './lib/cms-process.mjs';
import { capture, freePort, ROOT, run, startService, waitForHttp } from './lib/shell.mjs';
import { compileCms } from './lib/builds.mjs';
import { middle } from './lib/load.mjs';
import { siteQuery } from './lib/site-queries.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
/** @type {typeof import('autocannon')} */
const autocannon = require('autocannon');
const { values: options } = parseArgs({
  options: { duration: { type: 'string', default: '5' }, samples: { type: 'string', default: '1000' } },
});
const DURATION = Number(options.duration);
const CONNECTIONS = [10, 50];
const THEME = 'thi-dua-2021-thads-vinh-phuc';
const THEME_ARTICLES = 60;
const ROUNDS = 5;
const WARM_UP_REQUESTS = 3000;
/** The four ways of answering one query, in the order they take turns. */
const VARIANTS = /** @type {const} */ (['uncached', 'cached', 'ceiling', 'stock']);

/** @typedef {(typeof VARIANTS)[number]} Variant */
/** @typedef {{ url: string, pid: number }} Target */
/** @typedef {import('autocannon').Result & { cache: Record<string, number> }} LoadResult */
/** @typedef {{ rps: number, p50: number, p99: number, cpu: number, hits: number, answers: number }} Run */

const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-bench-api-'));
const database = path.join(dir, 'bench.db');
const baseEnv = {
  ...process.env,
  ...throwawayCmsEnv(),
  NODE_ENV: 'production',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: database,
  LOG_LEVEL: 'error',
  // One client hammering the API is exactly what the limiter exists to stop; it would measure 429s.
  RATE_LIMIT_ENABLED: 'false',
};

/** Links published sample articles to the campaign theme so that "a theme with its articles" carries some. */
function linkSamplesToTheme() {
  const Database = require(require.resolve('better-sqlite3', { paths: [path.join(ROOT, 'cms')] }));
  const db = new Database(database);
  try {
    /** @type {{ id: number } | undefined} */
    const theme = db.prepare('select id from campaign_themes where slug = ? and published_at is not null').get(THEME);
    if (!theme) throw new Error(`the seed has no published campaign theme ${THEME}`);
    /** @type {{ id: number }[]} */
    const articles = db
      .prepare("select id from articles where published_at is not null and slug like 'bai-mau-%' order by id limit ?")
      .all(THEME_ARTICLES);
    const insert = db.prepare(
      'insert into articles_campaign_themes_lnk (article_id, campaign_theme_id, campaign_theme_ord, article_ord) values (?, ?, 1, ?)',
    );
    db.transaction(() => articles.forEach((article, index) => insert.run(article.id, theme.id, index + 1)))();
  } finally {
    db.close();
  }
}

/**
 * The address and process of a started service, which must have a process id to be measured.
 * @param {import('./lib/shell.mjs').Service} service
 * @param {number} port
 */
function served(service, port) {
  const pid = service.child.pid;
  if (pid === undefined) throw new Error(`${service.name} did not start`);
  return { base: `http://127.0.0.1:${port}`, pid, stop: () => service.stop() };
}

/** @param {Record<string, string>} extraEnv */
async function startCms(extraEnv) {
  const port = await freePort();
  const service = startService('cms', 'node', [STRAPI_BIN, 'start'], {
    cwd: path.join(ROOT, 'cms'),
    env: { ...baseEnv, ...extraEnv, CMS_PORT: String(port) },
    quiet: true,
  });
  await waitForHttp(`http://127.0.0.1:${port}/_health`, service, 300_000);
  return served(service, port);
}

/**
 * @param {Buffer} body
 * @param {string} type
 */
async function startCeiling(body, type) {
  const port = await freePort();
  const file = path.join(dir, `ceiling-${port}`);
  writeFileSync(file, body);
  const service = startService(
    'bare',
    'node',
    [path.join(ROOT, 'scripts/lib/bare-server.mjs'), String(port), file, type],
    { quiet: true },
  );
  await waitForHttp(`http://127.0.0.1:${port}/`, service);
  return served(service, port);
}

/**
 * Load for DURATION seconds, or for a number of requests; counts the answers' X-Cache values into `result.cache`.
 * @param {string} url
 * @param {number} connections
 * @param {{ amount?: number }} [options]
 * @returns {Promise<LoadResult>}
 */
function load(url, connections, { amount } = {}) {
  const length = amount === undefined ? { duration: DURATION } : { amount };
  /** @type {Record<string, number>} */
  const cache = {};
  const setupClient = (/** @type {import('autocannon').Client} */ client) =>
    client.on('headers', (reply) => {
      // autocannon passes the parser's reply, its `headers` raw (name, value, name, …), not the headers its typings say.
      const headers = reply.headers;
      if (!Array.isArray(headers)) throw new Error('autocannon gave no raw headers: X-Cache would go uncounted');
      const at = headers.findIndex((name, index) => index % 2 === 0 && String(name).toLowerCase() === 'x-cache');
      const status = at >= 0 ? String(headers[at + 1]) : 'none';
      cache[status] = (cache[status] ?? 0) + 1;
    });
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, pipelining: 1, setupClient, ...length }, (error, result) =>
      error ? reject(error) : resolve({ ...result, cache }),
    );
  });
}

/** A timing of refusals or of the wrong cache path is no timing: stop the run (a warm-up fills the cache: any path). */
/**
 * @param {Variant} variant
 * @param {string} url
 * @param {LoadResult} result
 * @param {{ warmUp?: boolean }} [options]
 */
function check(variant, url, result, { warmUp = false } = {}) {
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0)
    throw new Error(
      `${variant} ${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  if (warmUp) return;
  const hits = result.cache.HIT ?? 0;
  const answers = Object.values(result.cache).reduce((sum, count) => sum + count, 0);
  if (variant === 'cached' && hits !== answers)
    throw new Error(`${variant} ${url}: ${answers - hits} of ${answers} answers were not cache hits`);
  if (variant !== 'cached' && hits > 0)
    throw new Error(`${variant} ${url}: ${hits} answers were cache hits; this variant measures misses`);
}

const CLOCK_TICKS_PER_SECOND = Number(capture('getconf', ['CLK_TCK'])?.trim()) || 100;

/**
 * CPU time (user + system, ms) a process has used so far: what a request costs, whatever else the machine does.
 * @param {number} pid
 */
function cpuMs(pid) {
  const [, afterName] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ');
  if (afterName === undefined) throw new Error(`/proc/${pid}/stat: no fields after the command name`);
  const fields = afterName.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * One measured run, checked (see `check`).
 * @param {Variant} variant
 * @param {Target} target
 * @param {number} connections
 * @returns {Promise<Run>}
 */
async function runOnce(variant, { url, pid }, connections) {
  const before = cpuMs(pid);
  const result = await load(url, connections);
  const cpu = (cpuMs(pid) - before) / Math.max(1, result.requests.total);
  check(variant, url, result);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu,
    hits: result.cache.HIT ?? 0,
    answers: result.requests.total,
  };
}

/**
 * The median run by requests/s, with the median CPU time per request of all runs.
 * @param {Run[]} runs
 * @returns {Run}
 */
function median(runs) {
  const run = runs.find((each) => each.rps === middle(runs.map((other) => other.rps)));
  if (!run) throw new Error('no runs to take the median of');
  return { ...run, cpu: middle(runs.map((each) => each.cpu)) };
}

/**
 * Each variant is warmed up (the uncached ones with WARM_UP_REQUESTS: V8 takes a thousand or more requests to settle
 * on a read path, which stock Strapi needs twice as long as this project's to serve), then measured five times, the
 * four variants taking turns, keeping each one's median run: on a shared 2-core machine the same endpoint moves by a
 * third between runs, and taking turns spreads that over all variants alike.
 */
/**
 * @param {Record<Variant, Target>} urls
 * @param {number} connections
 */
async function measureAll(urls, connections) {
  for (const variant of VARIANTS) {
    const target = urls[variant];
    const warmUp = variant === 'uncached' || variant === 'stock' ? { amount: WARM_UP_REQUESTS } : {};
    check(variant, target.url, await load(target.url, connections, warmUp), { warmUp: true });
  }
  /** @type {Record<Variant, Run[]>} */
  const runs = { uncached: [], cached: [], ceiling: [], stock: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const variant of VARIANTS) runs[variant].push(await runOnce(variant, urls[variant], connections));
  }
  return {
    uncached: median(runs.uncached),
    cached: median(runs.cached),
    'ceiling (bare)': median(runs.ceiling),
    'stock (same query)': median(runs.stock),
  };
}

// The campaign theme page's heaviest read: its articles as cards (60 of them here, in one page).
const ENDPOINTS = [
  { name: 'home list', path: await siteQuery((client) => client.listArticles({ page: 1, pageSize: 10 })) },
  {
    name: 'article by slug',
    path: await siteQuery((client) =>
      client.getArticle('cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua'),
    ),
  },
  {
    name: 'theme articles',
    path: await siteQuery((client) => client.listArticles({ campaignThemeSlug: THEME, pageSize: THEME_ARTICLES })),
  },
];

const fixed = (/** @type {number} */ value, digits = 0) => value.toFixed(digits).padStart(8);
/** @type {{ stop: () => Promise<void> }[]} */
const services = [];
try {
  compileCms(baseEnv);
  console.log(`Seeding ${options.samples} sample articles and the real article…`);
  run('node', ['scripts/seed.mjs', '--samples', options.samples], { cwd: path.join(ROOT, 'cms'), env: baseEnv });
  linkSamplesToTheme();

  // Entries outlive the whole run, so that every answer of the cached variant is a hit.
  const cached = await startCms({ RESPONSE_CACHE_TTL_SECONDS: '86400' });
  services.push(cached);
  const uncached = await startCms({ RESPONSE_CACHE_ENABLED: 'false' });
  services.push(uncached);
  const stock = await startCms({ RESPONSE_CACHE_ENABLED: 'false', LEAN_READS: 'false' });
  services.push(stock);

  console.log(
    `\nautocannon, ${DURATION} s per run after a ${DURATION} s warm-up (uncached and stock: ${WARM_UP_REQUESTS} requests); median of ${ROUNDS} runs, variants taking turns; requests/s, latency p50 / p99 in ms, CPU time of the serving process per request in ms\n`,
  );
  console.log(
    `${'endpoint'.padEnd(17)} conns │ ${'variant'.padEnd(18)} ${'req/s'.padStart(8)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'cpu/req'.padStart(8)}  cache hits`,
  );
  const summary = [];
  for (const endpoint of ENDPOINTS) {
    const sample = await fetch(`${cached.base}${endpoint.path}`);
    const body = Buffer.from(await sample.arrayBuffer());
    if (sample.status !== 200) throw new Error(`${endpoint.name}: ${sample.status} ${body}`);
    const ceiling = await startCeiling(body, sample.headers.get('content-type') ?? 'application/json');
    services.push(ceiling);
    for (const connections of CONNECTIONS) {
      const variants = await measureAll(
        {
          uncached: { url: `${uncached.base}${endpoint.path}`, pid: uncached.pid },
          cached: { url: `${cached.base}${endpoint.path}`, pid: cached.pid },
          ceiling: { url: `${ceiling.base}/`, pid: ceiling.pid },
          stock: { url: `${stock.base}${endpoint.path}`, pid: stock.pid },
        },
        connections,
      );
      for (const [variant, figures] of Object.entries(variants)) {
        console.log(
          `${endpoint.name.padEnd(17)} ${String(connections).padStart(5)} │ ${variant.padEnd(18)} ${fixed(figures.rps)} ${fixed(figures.p50, 1)} ${fixed(figures.p99, 1)} ${fixed(figures.cpu, 2)}  ${figures.hits}/${figures.answers}`,
        );
      }
      summary.push({
        endpoint: endpoint.name,
        connections,
        cachedOfCeiling: variants.cached.rps / variants['ceiling (bare)'].rps,
        uncachedOverStock: variants.uncached.rps / variants['stock (same query)'].rps,
        stockCpuOverUncached: variants['stock (same query)'].cpu / variants.uncached.cpu,
        cachedOverUncached: variants.cached.rps / variants.uncached.rps,
      });
    }
    await ceiling.stop();
    services.splice(services.indexOf(ceiling), 1);
    console.log(`  (${endpoint.name}: ${body.length.toLocaleString('en')} bytes per response)`);
  }

  console.log(`\nRatios (goals: cached ≥ 50 % of the ceiling; uncached ≥ 1.5× stock, same query)`);
  for (const row of summary) {
    console.log(
      `${row.endpoint.padEnd(17)} ${String(row.connections).padStart(3)} conns: cached = ${(row.cachedOfCeiling * 100).toFixed(0).padStart(3)} % of ceiling · uncached = ${row.uncachedOverStock.toFixed(2)}× stock (CPU per request ÷ ${row.stockCpuOverUncached.toFixed(2)}) · cached = ${row.cachedOverUncached.toFixed(1)}× uncached`,
    );
  }
} finally {
  await Promise.all(services.map((service) => service.stop()));
  rmSync(dir, { recursive: true, force: true });
}
