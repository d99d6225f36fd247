// Starting a real CMS and site for browser tests and benchmarks, on free ports and a throw-away database.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, ROOT, startService, waitForHttp } from './shell.mjs';
import { supervise } from './supervisor.mjs';

export const STRAPI_BIN = 'node_modules/@strapi/strapi/bin/strapi.js';

/** Settings for a CMS that reads no .env and writes none: secrets made up for this run only. */
export function throwawayCmsEnv() {
  const secret = () => randomBytes(24).toString('base64');
  return {
    ENV_PATH: '/nonexistent/thads.env',
    STRAPI_TELEMETRY_DISABLED: 'true',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    CONTENT_CHANGE_SECRET: secret(),
    PREVIEW_SECRET: secret(),
    SERVE_ADMIN_PANEL: 'false',
    LOG_LEVEL: 'warn',
  };
}

/**
 * A production-mode CMS (compiled server, no admin bundle) seeded with the real article, and the built site
 * proxying it. Returns their URLs and a stop function that also removes the database.
 * With `browserTests`, the CMS serves its built admin panel (`buildCms` first) and runs with the scheduler's test
 * clock, which refuses production mode: NODE_ENV is `test` then, everything else as in production. `env`: more
 * settings of the CMS (e.g. `SITE_HOME_AGENCY`, the agency at the site's root).
 * @param {{ databaseEnv?: Record<string, string>, samples?: number, browserTests?: boolean,
 *   env?: Record<string, string> }} [options]
 */
export async function startStack({ databaseEnv, samples = 24, browserTests = false, env: settings = {} } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-stack-'));
  const cmsPort = await freePort();
  const webPort = await freePort();
  const env = {
    ...process.env,
    ...throwawayCmsEnv(),
    NODE_ENV: 'production',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    ...databaseEnv,
    ...settings,
    CMS_PORT: String(cmsPort),
    SEED_ON_START: 'true',
    SEED_SAMPLE_ARTICLES: String(samples),
    // Feeds, sitemaps and share previews link to the site this stack serves.
    SITE_URL: `http://127.0.0.1:${webPort}`,
    // Content changes empty the site server's rendered pages.
    SITE_CHANGE_HOOK_URL: `http://127.0.0.1:${webPort}/_site/content-changed`,
    // Every admin test signs in from 127.0.0.1: a sign-in bucket for many users, not the one that stops guessing.
    ...(browserTests
      ? {
          NODE_ENV: 'test',
          SERVE_ADMIN_PANEL: 'true',
          SCHEDULER_TEST_CLOCK: 'true',
          SIGN_IN_BURST: '100',
          // The run's administrator session (e2e/global-setup.ts) outlives the whole run: its access token lives a
          // third of the idle time, 10 minutes by default, and the browser tests take longer than that.
          ADMIN_SESSION_IDLE_MINUTES: '240',
        }
      : {}),
  };
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const siteUrl = `http://127.0.0.1:${webPort}`;
  // Supervised as under `pnpm start`: a process that dies is started again.
  const supervisor = await supervise([
    {
      name: 'cms',
      start: () =>
        startService('cms', 'node', [STRAPI_BIN, 'start'], { cwd: path.join(ROOT, 'cms'), env, quiet: true }),
      ready: (service) => waitForHttp(`${cmsUrl}/_health`, service),
    },
    {
      name: 'site',
      start: () =>
        startService('site', 'node', ['server/index.mjs'], {
          cwd: path.join(ROOT, 'web'),
          env: {
            ...process.env,
            WEB_PORT: String(webPort),
            CMS_URL: cmsUrl,
            SITE_URL: env.SITE_URL,
            CONTENT_CHANGE_SECRET: env.CONTENT_CHANGE_SECRET,
            // Browser tests stand for readers behind nginx (as in production): each test's browser names its own
            // client in X-Forwarded-For, so the citizens' question budget of one test is not another's.
            ...(browserTests ? { WEB_TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1' } : {}),
          },
          quiet: true,
        }),
      ready: (service) => waitForHttp(`${siteUrl}/`, service),
    },
  ]).catch((error) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    cmsUrl,
    siteUrl,
    /** The running process of `cms` or `site` (a new one after a restart). @param {'cms' | 'site'} name */
    process: (name) => supervisor.current(name),
    async stop() {
      await supervisor.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
