#!/usr/bin/env node
// `pnpm bench:endpoints`: each public read the cluster benchmark's load makes and the site's pages ask (the exact URLs
// of the site's content client), timed alone on one CMS instance on a private PostgreSQL with many sample articles.
// Per endpoint: p50/p95/p99 one request at a time, requests/s over a few connections, answer size, and p95 against
// its goal (issue 19: a public list's first page ≤ 50 ms, a search ≤ 20 ms, an editor's admin list ≤ 300 ms) and
// against the CMS's bare round trip (`/_health`) measured in the same run. Nationally and for one agency
// (`--agency`, default hanoi, a large city), as the site asks for each. Measures the work of answering: the response
// cache and the rate limiter are off, any non-2xx answer stops the run. PostgreSQL logs every
// statement slower than `--slow-ms` into its server log; the slowest are printed at the end, to be EXPLAINed.
// Not a test: it records figures for docs/cluster-benchmark.md.
// Usage: pnpm bench:endpoints [--samples 100000] [--requests 60] [--connections 4] [--slow-ms 50] [--keep dir] [--only text]
//   [--agency code]
//   --keep dir: the PostgreSQL data stays in dir (seeded on first use), so the next run starts at once.
//   --only text: only the endpoints whose name contains it (e.g. --only sitemap).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileCms } from './lib/builds.mjs';
import { STRAPI_BIN, throwawayCmsEnv } from './lib/cms-process.mjs';
import { agencyEditorSession } from './lib/cluster.mjs';
import { measure, middle } from './lib/load.mjs';
import { startPrivatePostgres } from './lib/postgres.mjs';
import { freePort, ROOT, run, startService, step, waitForHttp } from './lib/shell.mjs';
import { siteQuery } from './lib/site-queries.mjs';
import { ensureDebianPackages, POSTGRESQL, POSTGRESQL_CLIENT } from './lib/toolchain.mjs';

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '60' },
    connections: { type: 'string', default: '4' },
    'slow-ms': { type: 'string', default: '50' },
    keep: { type: 'string' },
    only: { type: 'string' },
    agency: { type: 'string', default: 'hanoi' },
  },
});
const REQUESTS = Number(options.requests);
const CONNECTIONS = Number(options.connections);

ensureDebianPackages([POSTGRESQL, POSTGRESQL_CLIENT]);
compileCms(process.env);
const dir = options.keep ? path.resolve(options.keep) : mkdtempSync(path.join(os.tmpdir(), 'thads-bench-pg-'));
mkdirSync(dir, { recursive: true });
const postgres = await startPrivatePostgres({ dir, port: await freePort(), keep: Boolean(options.keep) });
const logFile = path.join(dir, 'server.log');
const env = {
  ...process.env,
  ...throwawayCmsEnv(),
  ...postgres.env,
  DATABASE_NAME: 'postgres',
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  RATE_LIMIT_ENABLED: 'false',
  RESPONSE_CACHE_ENABLED: 'false',
  // The editor's admin list is read with a session opened by password: a benchmark answers no second factor.
  ADMIN_SECOND_FACTOR: 'optional',
};
/** Each statement on its own (ALTER SYSTEM refuses a transaction). @param {string[]} statements */
const psql = (...statements) =>
  run(
    'psql',
    [
      '-h',
      '127.0.0.1',
      '-p',
      postgres.env.DATABASE_PORT ?? '',
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-qAt',
      ...statements.flatMap((sql) => ['-c', sql]),
    ],
    { env },
  );

/** @type {ReturnType<typeof startService> | undefined} */
let cms;
try {
  step(`Seeding ${Number(options.samples).toLocaleString('en')} sample articles (quick when they exist)`);
  const seeded = Date.now();
  run('node', ['scripts/seed.mjs', '--samples', options.samples], { cwd: path.join(ROOT, 'cms'), env });
  console.log(`  ${((Date.now() - seeded) / 1000).toFixed(0)} s`);
  psql('ANALYZE');
  const port = await freePort();
  cms = startService('cms', 'node', [STRAPI_BIN, 'start'], {
    cwd: path.join(ROOT, 'cms'),
    env: { ...env, CMS_PORT: String(port) },
    quiet: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/_health`, cms, 600_000);

  /** @param {string} url */
  const getJson = async (url) => {
    const response = await fetch(`${base}${url}`);
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    return /** @type {any} */ (await response.json());
  };
  const newest = (await getJson('/api/articles?pagination[pageSize]=1&sort=date:desc&populate=*')).data[0];
  // Related articles are those of the same category or themes: asked for the newest article that has a category.
  const categorised = (
    await getJson(
      '/api/articles?filters[category][slug][$notNull]=true&pagination[pageSize]=1&sort=date:desc&populate=*',
    )
  ).data[0];
  const real = (await getJson('/api/articles?filters[authors][slug][$notNull]=true&pagination[pageSize]=1&populate=*'))
    .data[0];
  const category = (await getJson('/api/categories?pagination[pageSize]=1')).data[0].slug;
  const author = real?.authors?.[0]?.slug;
  const theme = real?.campaignThemes?.[0]?.slug;
  // The Vietnam calendar day of the newest article.
  const day = new Date(Date.parse(newest.date) + 7 * 3_600_000).toISOString().slice(0, 10);
  const [year = NaN, month = NaN] = day.split('-').map(Number);

  const agency = options.agency ?? 'hanoi';
  const ofAgency = `filters[agency][$eq]=${agency}&agency=${agency}`;
  const own = (await getJson(`/api/articles?${ofAgency}&pagination[pageSize]=1&sort=date:desc`)).data[0];
  if (!own) throw new Error(`${agency} has no published article: seed more samples, or name another --agency`);
  const ownDay = new Date(Date.parse(own.date) + 7 * 3_600_000).toISOString().slice(0, 10);

  /** Goals (p95, ms) of issue 19. */
  const LIST = 50;
  const SEARCH = 20;
  const ADMIN_LIST = 300;
  /** @typedef {{ name: string, path: string, goal?: number, headers?: Record<string, string> }} Endpoint */
  /** @type {Endpoint[]} */
  const endpoints = [
    { name: 'home list (site)', goal: LIST, path: await siteQuery((client) => client.listArticles({ pageSize: 10 })) },
    {
      name: 'home featured (site)',
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ featured: true, pageSize: 4 })),
    },
    { name: 'newest 10 (cluster load)', goal: LIST, path: '/api/articles?pagination[pageSize]=10&sort=date:desc' },
    { name: 'article by slug, populate=*', path: `/api/articles?filters[slug][$eq]=${newest.slug}&populate=*` },
    { name: 'article page (site)', path: await siteQuery((client) => client.getArticle(newest.slug)) },
    { name: 'related articles (site)', path: await siteQuery((client) => client.listRelatedArticles(categorised)) },
    { name: 'search "thi hành án"', goal: SEARCH, path: '/api/search?q=thi%20h%C3%A0nh%20%C3%A1n' },
    { name: 'search "đấu giá"', goal: SEARCH, path: '/api/search?q=%C4%91%E1%BA%A5u%20gi%C3%A1' },
    { name: 'search "vinh phuc" (all)', goal: SEARCH, path: '/api/search?q=vinh%20phuc' },
    { name: 'RSS', path: '/api/feeds/rss' },
    { name: 'Atom', path: '/api/feeds/atom' },
    { name: 'sitemap index', path: '/api/sitemaps' },
    { name: 'articles sitemap 1', path: '/api/sitemaps/articles-1.xml' },
    {
      name: 'category page (site)',
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ categorySlug: category, pageSize: 10 })),
    },
    {
      name: 'day page (site)',
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ day, pageSize: 10 })),
    },
    { name: 'archive month (site)', path: await siteQuery((client) => client.getArchiveMonth(year, month)) },
    // One agency's pages, as the site asks for them under /<code>/.
    {
      name: `${agency}: home list (site)`,
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ agency, pageSize: 10 })),
    },
    {
      name: `${agency}: category page (site)`,
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ agency, categorySlug: category, pageSize: 10 })),
    },
    {
      name: `${agency}: day page (site)`,
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ agency, day: ownDay, pageSize: 10 })),
    },
    {
      name: `${agency}: article page (site)`,
      path: await siteQuery((client) => client.getArticle(own.slug, { agency })),
    },
    {
      name: `${agency}: search "thi hành án" (site)`,
      goal: SEARCH,
      path: await siteQuery((client) => client.search({ q: 'thi hành án', agency })),
    },
    {
      name: `${agency}: search "đấu giá" (site)`,
      goal: SEARCH,
      path: await siteQuery((client) => client.search({ q: 'đấu giá', agency })),
    },
    { name: `${agency}: RSS`, path: `/api/feeds/rss?agency=${agency}` },
    {
      name: `${agency}: editor's admin list, newest first`,
      goal: ADMIN_LIST,
      path: '/content-manager/collection-types/api::article.article?page=1&pageSize=10&sort=date:DESC',
      headers: { Authorization: `Bearer ${await agencyEditorSession(base, agency)}` },
    },
  ];
  if (author)
    endpoints.push({
      name: 'author page (site)',
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ authorSlug: author, pageSize: 10 })),
    });
  if (theme)
    endpoints.push({
      name: 'theme page (site)',
      goal: LIST,
      path: await siteQuery((client) => client.listArticles({ campaignThemeSlug: theme, pageSize: 10 })),
    });

  // Only the measured requests from here on reach the slow-statement log.
  psql(`ALTER SYSTEM SET log_min_duration_statement = ${Number(options['slow-ms'])}`, 'SELECT pg_reload_conf()');
  const logStart = readFileSync(logFile).length;

  const published = (await getJson('/api/articles?pagination[pageSize]=1')).meta.pagination.total;
  console.log(
    `\n${published.toLocaleString('en')} published articles, PostgreSQL, one instance, response cache and rate limiter off.` +
      `\nlatency: ${REQUESTS} requests one at a time (after 5 to warm up); req/s: ${REQUESTS * 2} requests over ${CONNECTIONS} connections\n`,
  );
  // The baseline of this run: the CMS's bare round trip (no database), on this machine at this moment.
  await measure(`${base}/_health`, { connections: 1, requests: 5 });
  const baseline = await measure(`${base}/_health`, { connections: 1, requests: REQUESTS, maxSeconds: 60 });
  console.log(`baseline /_health: p50 ${baseline.p50.toFixed(1)} ms, p95 ${baseline.p95.toFixed(1)} ms\n`);
  console.log(
    `| Endpoint | p50 ms | p95 ms | p99 ms | p95 ÷ /_health | goal p95 | req/s | KB |\n|---|---|---|---|---|---|---|---|`,
  );
  /** @type {string[]} */
  const missed = [];
  for (const { name, path: url, goal, headers = {} } of endpoints.filter(({ name }) =>
    name.includes(options.only ?? ''),
  )) {
    const full = `${base}${url}`;
    const first = await fetch(full, { headers });
    if (first.status !== 200) throw new Error(`${name} (${url}) answered ${first.status}: ${await first.text()}`);
    const size = (await first.arrayBuffer()).byteLength;
    await measure(full, { connections: 1, requests: 5, headers });
    const latency = await measure(full, { connections: 1, requests: REQUESTS, maxSeconds: 60, headers });
    const throughput = await measure(full, {
      connections: CONNECTIONS,
      requests: REQUESTS * 2,
      maxSeconds: 60,
      headers,
    });
    const verdict = goal === undefined ? '–' : `${goal} ${latency.p95 <= goal ? 'met' : 'MISSED'}`;
    if (goal !== undefined && latency.p95 > goal) missed.push(`${name} (p95 ${latency.p95.toFixed(1)} > ${goal} ms)`);
    console.log(
      `| ${name} | ${latency.p50.toFixed(1)} | ${latency.p95.toFixed(1)} | ${latency.p99.toFixed(1)} | ${(latency.p95 / baseline.p95).toFixed(1)}× | ${verdict} | ${throughput.rps.toFixed(0)} | ${(size / 1024).toFixed(1)} |`,
    );
  }
  console.log(
    missed.length === 0
      ? '\nEvery goal met.'
      : `\nGoals missed on this run:\n${missed.map((m) => `  ${m}`).join('\n')}`,
  );
  console.log(`\nPaths:\n${endpoints.map(({ name, path: url }) => `  ${name}: ${url}`).join('\n')}`);
  psql('ALTER SYSTEM RESET log_min_duration_statement', 'SELECT pg_reload_conf()');

  /** @type {Map<string, number[]>} */
  const slow = new Map();
  const log = readFileSync(logFile).subarray(logStart).toString('utf8');
  for (const match of log.matchAll(/duration: ([\d.]+) ms {2}(?:statement|execute [^:]*): ([^\n]*)/g)) {
    const statement = (match[2] ?? '').slice(0, 400);
    slow.set(statement, [...(slow.get(statement) ?? []), Number(match[1])]);
  }
  const rows = [...slow.entries()].sort((a, b) => b[1].length * middle(b[1]) - a[1].length * middle(a[1]));
  console.log(`\nStatements slower than ${options['slow-ms']} ms (count × median ms), most time first:`);
  for (const [statement, durations] of rows.slice(0, 12))
    console.log(`  ${durations.length} × ${middle(durations).toFixed(0)} ms  ${statement}`);
  if (rows.length === 0) console.log('  none');
} finally {
  await cms?.stop();
  postgres.stop();
}
