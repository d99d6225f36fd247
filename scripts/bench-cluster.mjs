#!/usr/bin/env node
// `pnpm bench:cluster`: the cluster of `pnpm start:cluster` (N CMS instances on one private PostgreSQL, the site
// server, nginx in front) under mixed read load through nginx (home, articles, search, feeds, sitemaps) with an editor
// publishing through the API every few seconds, and faults on a timeline: a CMS instance killed with SIGKILL (its
// supervisor starts it again), PostgreSQL restarted, and a backup taken under load then restored into a fresh
// database and compared. Prints requests/s, p50/p99, failed reads per phase, publish visibility delays (through nginx
// and on every instance), and the backup comparison. Not a test: it records figures for docs/cluster-benchmark.md.
// Usage: pnpm bench:cluster [--duration 60] [--connections 50] [--instances 2] [--samples 200] [--keep dir]
//   --keep dir: the PostgreSQL data stays in dir (seeded on first use, e.g. by `pnpm bench:endpoints --keep dir`), so
//   100,000 articles are imported once; each run adds its editor's articles to it.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup, restoreBackup, withPg } from './lib/backup.mjs';
import { buildPackages, buildWeb, compileCms } from './lib/builds.mjs';
import {
  consecutiveFreePorts,
  editorApiToken,
  publiclyVisible,
  publishThroughApi,
  startCluster,
} from './lib/cluster.mjs';
import { throwawayCmsEnv } from './lib/cms-process.mjs';
import { NGINX } from './lib/nginx.mjs';
import { startPrivatePostgres, startTemporaryPostgres } from './lib/postgres.mjs';
import { freePort, step } from './lib/shell.mjs';
import { ensureDebianPackages, POSTGRESQL, POSTGRESQL_CLIENT } from './lib/toolchain.mjs';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    instances: { type: 'string', default: '2' },
    samples: { type: 'string', default: '200' },
    keep: { type: 'string' },
  },
});
const DURATION_MS = Number(options.duration) * 1000;
const CONNECTIONS = Number(options.connections);
const INSTANCES = Number(options.instances);
const PUBLISH_EVERY_MS = 3000;

ensureDebianPackages([POSTGRESQL, POSTGRESQL_CLIENT, NGINX]);
buildPackages();
compileCms(process.env);
buildWeb(process.env);

const work = mkdtempSync(path.join(os.tmpdir(), 'thads-bench-cluster-'));
step('Starting PostgreSQL, the CMS instances, the site and nginx');
const postgres = options.keep
  ? await startPrivatePostgres({ dir: path.resolve(options.keep), port: await freePort(), keep: true })
  : await startTemporaryPostgres();
const env = {
  ...process.env,
  ...throwawayCmsEnv(),
  ...postgres.env,
  DATABASE_NAME: 'postgres',
  LOG_LEVEL: 'error',
  SEED_ON_START: 'true',
  SEED_SAMPLE_ARTICLES: options.samples,
  PUBLIC_DIR: path.join(work, 'public'),
  // All the load comes from one address; the limiter would measure 429s.
  RATE_LIMIT_ENABLED: 'false',
  // The editor's API token is made by an administrator signed in by password: a benchmark answers no second factor.
  ADMIN_SECOND_FACTOR: 'optional',
};
mkdirSync(path.join(work, 'public', 'uploads'), { recursive: true });
const cluster = await startCluster({
  env,
  instances: INSTANCES,
  nginxPort: await freePort(),
  cmsPort: await consecutiveFreePorts(INSTANCES),
  webPort: await freePort(),
  stateDir: path.join(work, 'nginx'),
  quiet: true,
});

/** @param {string} url */
const getJson = async (url) => /** @type {any} */ (await (await fetch(url)).json());
const articles = /** @type {Array<{ slug: string }>} */ (
  (await getJson(`${cluster.siteUrl}/api/articles?pagination[pageSize]=50&fields[0]=slug`)).data
);
const paths = [
  '/',
  '/api/articles?pagination[pageSize]=10&sort=date:desc',
  ...articles.slice(0, 20).map((article) => `/api/articles?filters[slug][$eq]=${article.slug}&populate=*`),
  '/api/search?q=thi%20h%C3%A0nh%20%C3%A1n',
  '/api/search?q=%C4%91%E1%BA%A5u%20gi%C3%A1',
  '/api/feeds/rss',
  '/api/feeds/atom',
  '/api/sitemaps',
];
/** @type {string} */
let token;
try {
  token = await editorApiToken(cluster.siteUrl);
} catch (error) {
  // Nothing of the cluster may outlive a failed start (a kept PostgreSQL folder would stay locked).
  await cluster.stop();
  postgres.stop();
  throw error;
}

/** @typedef {{ name: string, from: number, latencies: number[], failed: number, failures: Record<string, number> }} Phase */
/** @type {Phase[]} */
const phases = [];
/** @param {string} name */
const beginPhase = (name) => {
  phases.push({ name, from: Date.now(), latencies: [], failed: 0, failures: {} });
  console.log(`  ${new Date().toISOString().slice(11, 19)} ${name}`);
};
const current = () => /** @type {Phase} */ (phases[phases.length - 1]);
let running = true;
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const target = new URL(cluster.siteUrl);

/** One GET through nginx: resolves to the status, or an error code when the connection failed. @param {string} p */
const get = (/** @type {string} */ p) =>
  new Promise((resolve) => {
    const request = http.get(
      { agent, hostname: target.hostname, port: target.port, path: p, timeout: 30_000 },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(String(res.statusCode)));
        res.on('error', () => resolve('cut off'));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => resolve(/** @type {NodeJS.ErrnoException} */ (error).code ?? error.message));
  });

const reader = async (/** @type {number} */ id) => {
  for (let n = id; running; n += 1) {
    const started = performance.now();
    const outcome = await get(paths[n % paths.length] ?? '/');
    const phase = current();
    phase.latencies.push(performance.now() - started);
    if (outcome !== '200') {
      phase.failed += 1;
      phase.failures[outcome] = (phase.failures[outcome] ?? 0) + 1;
    }
  }
};

/** @typedef {{ title: string, phase: string, ok: boolean, nginxMs?: number, instancesMs?: number[], error?: string }} Publish */
/** @type {Publish[]} */
const publishes = [];
/** @type {Promise<unknown>[]} */
const watching = [];
let editorPaused = false;

/** Milliseconds until the public sees the article at `base` (Infinity after 30 s). @param {string} base @param {string} slug @param {number} since */
const seenAfter = async (base, slug, since) => {
  while (!(await publiclyVisible(base, slug).catch(() => false))) {
    if (Date.now() - since > 30_000) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - since;
};

// Publishes every few seconds through nginx, and watches each publish reach nginx and every instance meanwhile.
const editor = async () => {
  while (running) {
    await new Promise((resolve) => setTimeout(resolve, PUBLISH_EVERY_MS));
    if (!running || editorPaused) continue;
    /** @type {Publish} */
    const publish = { title: `Thông báo kiểm tra tải ${Date.now()}`, phase: current().name, ok: false };
    publishes.push(publish);
    try {
      const slug = await publishThroughApi(cluster.siteUrl, token, publish.title);
      const publishedAt = Date.now();
      publish.ok = true;
      watching.push(
        Promise.all([cluster.siteUrl, ...cluster.cmsUrls].map((base) => seenAfter(base, slug, publishedAt))).then(
          ([nginxMs, ...instancesMs]) => Object.assign(publish, { nginxMs, instancesMs }),
        ),
      );
    } catch (error) {
      publish.error = error instanceof Error ? error.message.slice(0, 80) : String(error);
    }
  }
};

/** Rows (draft and published) and published rows of an article, by title: 2/1 done, 0/0 not done. @param {string} title */
const articleRows = (title) =>
  withPg(env, async (client) => {
    const { rows } = await client.query(
      'select count(*) as n, count(published_at) as published from articles where title = $1',
      [title],
    );
    return `${rows[0]?.n}/${rows[0]?.published}`;
  });

/** Every article row, all fields, hashed; and the count. @param {NodeJS.ProcessEnv} database */
const articlesHash = (database) =>
  withPg(database, async (client) => {
    const rows = (await client.query('select * from articles order by id')).rows;
    return { count: rows.length, hash: createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16) };
  });

const at = (/** @type {number} */ fraction) => new Promise((resolve) => setTimeout(resolve, DURATION_MS * fraction));
step(
  `Load: ${CONNECTIONS} connections for ${DURATION_MS / 1000} s through nginx, an editor publishing every ${PUBLISH_EVERY_MS / 1000} s`,
);
beginPhase('steady');
const loadDone = Promise.all([...Array.from({ length: CONNECTIONS }, (_, id) => reader(id)), editor()]);
/** @type {{ before: Awaited<ReturnType<typeof articlesHash>>, after: Awaited<ReturnType<typeof articlesHash>>, restored: Awaited<ReturnType<typeof articlesHash>> | null, archive: string } | null} */
let backup = null;
let pgOutageMs = 0;
try {
  await at(0.25);
  beginPhase('cms-2 killed with SIGKILL, restarted by its supervisor');
  cluster.process('cms-2')?.child.kill('SIGKILL');
  await at(0.2);
  beginPhase('steady after the kill');
  await at(0.1);
  beginPhase('PostgreSQL restarted (down 3 s)');
  const restartedAt = Date.now();
  await postgres.restart(3000);
  pgOutageMs = Date.now() - restartedAt;
  await at(0.15);
  beginPhase('backup under load (editor paused)');
  editorPaused = true;
  await new Promise((resolve) => setTimeout(resolve, PUBLISH_EVERY_MS + 2000));
  const before = await articlesHash(env);
  const { archive } = await createBackup({ env, outDir: work });
  const after = await articlesHash(env);
  editorPaused = false;
  backup = { before, after, restored: null, archive };
  beginPhase('steady to the end');
  await at(0.1);
} finally {
  running = false;
  await loadDone;
  await Promise.all(watching);
  agent.destroy();
}
const failedPublishes = await Promise.all(
  publishes
    .filter((publish) => !publish.ok)
    .map(async (publish) => `${publish.phase}: ${publish.error} → rows/published ${await articleRows(publish.title)}`),
);

if (backup) {
  step('Restoring the backup into a fresh database');
  await withPg({ ...env, DATABASE_NAME: 'postgres' }, async (client) => {
    // A kept server still holds the previous run's.
    await client.query('drop database if exists thads_restored');
    await client.query('create database thads_restored');
  });
  const restoredEnv = { ...env, DATABASE_NAME: 'thads_restored', PUBLIC_DIR: path.join(work, 'restored-public') };
  mkdirSync(path.join(work, 'restored-public', 'uploads'), { recursive: true });
  await restoreBackup({ archive: backup.archive, env: restoredEnv });
  backup.restored = await articlesHash(restoredEnv);
}

await cluster.stop();
postgres.stop();
rmSync(work, { recursive: true, force: true });

const percentile = (/** @type {number[]} */ sorted, /** @type {number} */ q) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const all = phases.flatMap((phase) => phase.latencies).sort((a, b) => a - b);
const seconds = DURATION_MS / 1000;
console.log(
  `\nCluster: ${INSTANCES} CMS instances, ${options.samples} sample articles, ${CONNECTIONS} connections, ${seconds} s`,
);
console.log(
  `All reads: ${all.length} (${(all.length / seconds).toFixed(0)} req/s), p50 ${percentile(all, 0.5).toFixed(1)} ms, p99 ${percentile(all, 0.99).toFixed(1)} ms`,
);
console.log('\n| Phase | Reads | Failed | p50 ms | p99 ms | Failures |\n|---|---|---|---|---|---|');
for (const phase of phases) {
  const sorted = [...phase.latencies].sort((a, b) => a - b);
  console.log(
    `| ${phase.name} | ${sorted.length} | ${phase.failed} | ${percentile(sorted, 0.5).toFixed(1)} | ${percentile(sorted, 0.99).toFixed(1)} | ${JSON.stringify(phase.failures)} |`,
  );
}
console.log(`\nPostgreSQL restart (stop, 3 s down, start): ${(pgOutageMs / 1000).toFixed(1)} s`);
const done = publishes.filter((publish) => publish.ok);
const max = (/** @type {number[]} */ values) => (values.length ? Math.max(...values) : NaN);
console.log(`Publishes: ${done.length} done, ${failedPublishes.length} failed`);
for (const failure of failedPublishes) console.log(`  failed: ${failure}`);
console.log('\n| Publish during | Visible through nginx (ms) | On each instance (ms) |\n|---|---|---|');
for (const publish of done)
  console.log(`| ${publish.phase} | ${publish.nginxMs} | ${(publish.instancesMs ?? []).join(', ')} |`);
console.log(
  `Max: through nginx ${max(done.map((publish) => publish.nginxMs ?? NaN))} ms, on an instance ${max(done.flatMap((publish) => publish.instancesMs ?? []))} ms`,
);
if (backup)
  console.log(
    `Backup under load: before ${JSON.stringify(backup.before)}, after ${JSON.stringify(backup.after)}, restored ${JSON.stringify(backup.restored)} → ${backup.restored?.hash === backup.before.hash ? 'identical' : 'DIFFERENT'}`,
  );
