#!/usr/bin/env node
// The project's entry points: `pnpm start`, `pnpm test`, `pnpm dev`, `pnpm build`, `pnpm seed`.
// Each one first makes sure the machine has what it needs (pnpm, packages, native builds, Debian packages).
import path from 'node:path';
import { createBackup, restoreBackup } from './lib/backup.mjs';
import { buildCms, buildPackages, buildWeb, compileCms } from './lib/builds.mjs';
import { ENV_FILE, productEnv } from './lib/env-file.mjs';
import { portInUse, ROOT, run, startService, step, waitForHttp } from './lib/shell.mjs';
import { runTests } from './lib/test-suite.mjs';
import { ensureDebianPackages, ensureDependencies, ensureNode, ensurePnpm, POSTGRESQL } from './lib/toolchain.mjs';
import { startCluster } from './lib/cluster.mjs';
import { NGINX } from './lib/nginx.mjs';
import { startPrivatePostgres } from './lib/postgres.mjs';

import { STRAPI_BIN } from './lib/cms-process.mjs';
import { supervise } from './lib/supervisor.mjs';

function prepare() {
  ensureNode();
  ensurePnpm();
  ensureDependencies();
  buildPackages();
}

/**
 * Starts the services and keeps them running (one that dies is started again, with back-off); Ctrl-C or SIGTERM
 * stops them all.
 * @param {import('./lib/supervisor.mjs').Supervised[]} services
 */
async function runSupervised(services) {
  const supervisor = await supervise(services);
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    await supervisor.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll());
}

/** @param {Array<[name: string, port: string]>} ports */
async function assertPortsFree(ports) {
  for (const [name, port] of ports) {
    if (await portInUse(Number(port)))
      throw new Error(`Port ${port} (${name}) is already in use: stop what runs there, or set ${name} in ${ENV_FILE}.`);
  }
}

/**
 * The name of the agency the site's root serves, as the CMS says (`SITE_HOME_AGENCY`), for the start banner.
 * @param {string} cmsUrl
 */
async function homeAgencyName(cmsUrl) {
  try {
    const response = await fetch(`${cmsUrl}/api/site-setting`);
    const body = /** @type {{ data?: { siteName?: unknown } }} */ (await response.json());
    return typeof body.data?.siteName === 'string' ? body.data.siteName : 'SITE_HOME_AGENCY';
  } catch {
    return 'SITE_HOME_AGENCY';
  }
}

async function start() {
  prepare();
  const env = productEnv();
  const cmsPort = env.CMS_PORT || '1337';
  const webPort = env.WEB_PORT || '8080';
  const cmsUrl = env.CMS_URL || `http://127.0.0.1:${cmsPort}`;
  buildCms(env);
  buildWeb(env);
  await assertPortsFree([
    ['CMS_PORT', cmsPort],
    ['WEB_PORT', webPort],
  ]);

  step('Starting the CMS (seeding the real article on first start), then the site');
  await runSupervised([
    {
      name: 'cms',
      start: () =>
        startService('cms', 'node', [STRAPI_BIN, 'start'], {
          cwd: `${ROOT}/cms`,
          env: {
            ...env,
            NODE_ENV: 'production',
            // Content changes empty the site server's rendered pages.
            SITE_CHANGE_HOOK_URL: env.SITE_CHANGE_HOOK_URL ?? `http://127.0.0.1:${webPort}/_site/content-changed`,
          },
        }),
      ready: (service) => waitForHttp(`${cmsUrl}/_health`, service),
    },
    {
      name: 'site',
      start: () =>
        startService('site', 'node', ['server/index.mjs'], {
          cwd: `${ROOT}/web`,
          env: { ...env, CMS_URL: cmsUrl, WEB_PORT: webPort },
        }),
      ready: (service) => waitForHttp(`http://127.0.0.1:${webPort}/`, service),
    },
  ]);

  const home = await homeAgencyName(cmsUrl);
  console.log(`
┌──────────────────────────────────────────────────────────────
│ Cổng thông tin Thi hành án dân sự is running
│   Site:   http://localhost:${webPort}   (the root: ${home}; every other agency at /<code>/, the list at /co-quan)
│   Admin:  http://localhost:${cmsPort}/admin   (first visit: create the first administrator)
│   API:    http://localhost:${cmsPort}/api     (e.g. /api/articles)
│ Settings: ${ENV_FILE}   Stop: Ctrl-C
└──────────────────────────────────────────────────────────────`);
}

/**
 * `pnpm start:cluster [--instances N]`: a private PostgreSQL (data kept in .state/cluster/postgres), N production CMS
 * instances on consecutive ports from CMS_PORT, the site server and nginx in front on CLUSTER_PORT.
 * @param {string[]} args
 */
async function startClusterTask(args) {
  prepare();
  ensureDebianPackages([POSTGRESQL, NGINX]);
  const env = productEnv();
  const index = args.indexOf('--instances');
  const instances = index >= 0 ? Number(args[index + 1]) : 2;
  if (!Number.isInteger(instances) || instances < 1) throw new Error('--instances wants a whole number, 1 or more');
  const nginxPort = Number(env.CLUSTER_PORT || 8080);
  const cmsPort = Number(env.CMS_PORT || 1337);
  const webPort = Number(env.CLUSTER_WEB_PORT || 3000);
  const pgPort = Number(env.CLUSTER_DATABASE_PORT || 5433);
  buildCms(env);
  buildWeb(env);
  await assertPortsFree([
    ['CLUSTER_PORT', String(nginxPort)],
    ['CLUSTER_WEB_PORT', String(webPort)],
    ['CLUSTER_DATABASE_PORT', String(pgPort)],
    ...Array.from({ length: instances }, (_, n) => /** @type {[string, string]} */ (['CMS_PORT', String(cmsPort + n)])),
  ]);
  const stateDir = path.join(ROOT, '.state', 'cluster');
  step(`Starting PostgreSQL (data in ${stateDir}/postgres), ${instances} CMS instances, the site and nginx`);
  const postgres = await startPrivatePostgres({ dir: path.join(stateDir, 'postgres'), port: pgPort, keep: true });
  const cluster = await startCluster({
    env: { ...env, ...postgres.env, DATABASE_NAME: 'postgres' },
    instances,
    nginxPort,
    cmsPort,
    webPort,
    stateDir: path.join(stateDir, 'nginx'),
  }).catch((error) => {
    postgres.stop();
    throw error;
  });
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    await cluster.stop();
    postgres.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll());
  console.log(`
┌──────────────────────────────────────────────────────────────
│ The cluster is running: nginx → ${instances} CMS instances + the site, PostgreSQL on port ${pgPort}
│   Site:   http://localhost:${nginxPort}
│   Admin:  http://localhost:${nginxPort}/admin
│   API:    http://localhost:${nginxPort}/api
│   CMS instances: ${cluster.cmsUrls.join(', ')}   Site server: http://127.0.0.1:${webPort}
│ Stop: Ctrl-C
└──────────────────────────────────────────────────────────────`);
}

async function dev() {
  prepare();
  const env = productEnv();
  const cmsPort = env.CMS_PORT || '1337';
  const devPort = env.WEB_DEV_PORT || '5173';
  await assertPortsFree([
    ['CMS_PORT', cmsPort],
    ['WEB_DEV_PORT', devPort],
  ]);
  await runSupervised([
    {
      name: 'cms',
      start: () =>
        startService('cms', 'node', [STRAPI_BIN, 'develop'], {
          cwd: `${ROOT}/cms`,
          env: { ...env, NODE_ENV: 'development' },
        }),
      ready: (service) => waitForHttp(`http://127.0.0.1:${cmsPort}/_health`, service, 300_000),
    },
    {
      name: 'vite',
      start: () =>
        startService('vite', 'pnpm', ['exec', 'vite', '--port', devPort, '--strictPort'], {
          cwd: `${ROOT}/web`,
          env: { ...env, CMS_PORT: cmsPort },
        }),
      ready: (service) => waitForHttp(`http://127.0.0.1:${devPort}/`, service),
    },
  ]);
  console.log(
    `\nDevelopment: site http://localhost:${devPort} (hot reload), admin http://localhost:${cmsPort}/admin\n`,
  );
}

function build() {
  prepare();
  const env = productEnv();
  buildCms(env);
  buildWeb(env);
}

/** `pnpm seed [--samples N]`: seeds a database outside of a start (e.g. 100,000 sample articles for benchmarks). */
/** @param {string[]} args */
async function seed(args) {
  prepare();
  const env = productEnv();
  compileCms(env);
  const index = args.indexOf('--samples');
  const samples = index >= 0 ? args[index + 1] : env.SEED_SAMPLE_ARTICLES;
  run('node', ['scripts/seed.mjs', '--samples', String(samples ?? 0)], {
    cwd: `${ROOT}/cms`,
    env: {
      ...env,
      NODE_ENV: 'production',
      // Content changes empty the site server's rendered pages.
      SITE_CHANGE_HOOK_URL:
        env.SITE_CHANGE_HOOK_URL ?? `http://127.0.0.1:${env.WEB_PORT || '8080'}/_site/content-changed`,
    },
  });
}

/** `pnpm search:rebuild`: rebuilds the search index from the published articles. */
async function searchRebuild() {
  prepare();
  const env = productEnv();
  compileCms(env);
  run('node', ['scripts/rebuild-search-index.mjs'], { cwd: `${ROOT}/cms`, env: { ...env, NODE_ENV: 'production' } });
}

/** `pnpm backup [--out DIR]`: the database and the uploads in one archive (backups/ by default). @param {string[]} args */
async function backup(args) {
  prepare();
  const index = args.indexOf('--out');
  const outDir = (index >= 0 && args[index + 1]) || path.join(ROOT, 'backups');
  const { archive, manifest } = await createBackup({ env: productEnv(), outDir });
  console.log(
    `Backup written: ${archive}\n  ${manifest.database}, ${manifest.articles} article rows, ${manifest.uploads.files} uploaded files`,
  );
}

/** `pnpm restore <archive> [--force]`: into an empty database and uploads folder (stop the CMS first). @param {string[]} args */
async function restore(args) {
  prepare();
  const archive = args.find((arg) => !arg.startsWith('--'));
  if (!archive) throw new Error('Usage: pnpm restore <archive.tar.gz> [--force]');
  const manifest = await restoreBackup({ archive, env: productEnv(), force: args.includes('--force') });
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${manifest.articles} article rows, ${manifest.uploads.files} uploaded files.`,
  );
}

async function test() {
  prepare();
  const failed = await runTests();
  process.exit(failed ? 1 : 0);
}

const tasks = {
  start,
  'start-cluster': startClusterTask,
  dev,
  build,
  seed,
  test,
  backup,
  restore,
  'search-rebuild': searchRebuild,
};
const [taskName, ...args] = process.argv.slice(2);
const task = tasks[/** @type {keyof typeof tasks} */ (taskName)];
if (!task) {
  console.error(`Usage: node scripts/run.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}
try {
  await task(args);
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
