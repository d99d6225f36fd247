#!/usr/bin/env node
// The project's entry points: `pnpm start`, `pnpm test`, `pnpm dev`, `pnpm build`, `pnpm seed`.
// Each one first makes sure the machine has what it needs (pnpm, packages, native builds, Debian packages).
import { buildCms, buildPackages, buildWeb, compileCms } from './lib/builds.mjs';
import { ENV_FILE, productEnv } from './lib/env-file.mjs';
import { portInUse, ROOT, run, startService, step, waitForHttp } from './lib/shell.mjs';
import { runTests } from './lib/test-suite.mjs';
import { ensureDependencies, ensureNode, ensurePnpm } from './lib/toolchain.mjs';

import { STRAPI_BIN } from './lib/cms-process.mjs';

function prepare() {
  ensureNode();
  ensurePnpm();
  ensureDependencies();
  buildPackages();
}

/**
 * Stops every service on Ctrl-C, or all of them when one dies.
 * @param {import('./lib/shell.mjs').Service[]} services
 */
function superviseServices(services) {
  let stopping = false;
  const stopAll = async (/** @type {number} */ code) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(services.map((service) => service.stop()));
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll(0));
  for (const service of services) {
    service.exited.then(({ code, signal }) => {
      if (stopping) return;
      console.error(`\n${service.name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
      void stopAll(1);
    });
  }
}

/** @param {Array<[name: string, port: string]>} ports */
async function assertPortsFree(ports) {
  for (const [name, port] of ports) {
    if (await portInUse(Number(port)))
      throw new Error(`Port ${port} (${name}) is already in use: stop what runs there, or set ${name} in ${ENV_FILE}.`);
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

  step('Starting the CMS (seeding the real article on first start)');
  const cms = startService('cms', 'node', [STRAPI_BIN, 'start'], {
    cwd: `${ROOT}/cms`,
    env: {
      ...env,
      NODE_ENV: 'production',
      // Content changes empty the site server's rendered pages.
      SITE_CHANGE_HOOK_URL: env.SITE_CHANGE_HOOK_URL ?? `http://127.0.0.1:${webPort}/_site/content-changed`,
    },
  });
  await waitForHttp(`${cmsUrl}/_health`, cms);
  step('Starting the site');
  const site = startService('site', 'node', ['server/index.mjs'], {
    cwd: `${ROOT}/web`,
    env: { ...env, CMS_URL: cmsUrl, WEB_PORT: webPort },
  });
  await waitForHttp(`http://127.0.0.1:${webPort}/`, site);
  superviseServices([cms, site]);

  console.log(`
┌──────────────────────────────────────────────────────────────
│ Cổng thông tin Cục THADS tỉnh Vĩnh Phúc is running
│   Site:   http://localhost:${webPort}
│   Admin:  http://localhost:${cmsPort}/admin   (first visit: create the first administrator)
│   API:    http://localhost:${cmsPort}/api     (e.g. /api/articles)
│ Settings: ${ENV_FILE}   Stop: Ctrl-C
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
  const cms = startService('cms', 'node', [STRAPI_BIN, 'develop'], {
    cwd: `${ROOT}/cms`,
    env: { ...env, NODE_ENV: 'development' },
  });
  await waitForHttp(`http://127.0.0.1:${cmsPort}/_health`, cms, 300_000);
  const site = startService('vite', 'pnpm', ['exec', 'vite', '--port', devPort, '--strictPort'], {
    cwd: `${ROOT}/web`,
    env: { ...env, CMS_PORT: cmsPort },
  });
  await waitForHttp(`http://127.0.0.1:${devPort}/`, site);
  superviseServices([cms, site]);
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

async function test() {
  prepare();
  const failed = await runTests();
  process.exit(failed ? 1 : 0);
}

const tasks = { start, dev, build, seed, test, 'search-rebuild': searchRebuild };
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
