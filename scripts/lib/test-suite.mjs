// `pnpm test`: every test of the project, against real parts: format check, lint, type checks, unit and component
// tests, the CMS on SQLite and on a PostgreSQL server started here, and browser tests in Debian's Chromium against a
// real stack.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditProductionDependencies } from './audit.mjs';
import { buildCms, buildWeb, compileCms } from './builds.mjs';
import { startStack } from './cms-process.mjs';
import { startTemporaryPostgres } from './postgres.mjs';
import { ROOT, run, step } from './shell.mjs';
import { NGINX } from './nginx.mjs';
import { CHROMIUM, ensureDebianPackages, POSTGRESQL, POSTGRESQL_CLIENT } from './toolchain.mjs';

const reportDir = mkdtempSync(path.join(os.tmpdir(), 'thads-test-reports-'));
/** @type {Array<{ name: string, passed: number, failed: number, skipped: number, ok: boolean, failures?: string[] }>} */
const results = [];

/**
 * The failed tests of a Vitest JSON report, as "file > test: first line of the error", so the summary at the end of a
 * long log (often all a CI page shows) says what failed.
 * @param {{ testResults?: Array<{ name?: string, message?: string, assertionResults?: Array<{ status?: string, fullName?: string, failureMessages?: string[] }> }> }} json
 * @returns {string[]}
 */
function failedTests(json) {
  /** @param {string | undefined} message */
  const firstLine = (message) =>
    (message ?? '')
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim()
      .slice(0, 300) ?? '';
  const failures = [];
  for (const file of json.testResults ?? []) {
    const fileName = path.relative(ROOT, file.name ?? '');
    const failedCases = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedCases)
      failures.push(`${fileName} > ${test.fullName ?? '?'}: ${firstLine(test.failureMessages?.[0])}`);
    // A file that failed outside any test (import error, hook) has a message and no failed case.
    if (failedCases.length === 0 && file.message) failures.push(`${fileName}: ${firstLine(file.message)}`);
  }
  return failures;
}

/**
 * Runs one Vitest project and records its counts from Vitest's JSON report.
 * @param {string} name
 * @param {string} dir
 * @param {{ env?: NodeJS.ProcessEnv, args?: string[] }} [options]
 */
function vitest(name, dir, { env = process.env, args = [] } = {}) {
  step(`Tests: ${name}`);
  const report = path.join(reportDir, `${name.replace(/\W+/g, '-')}.json`);
  const code = run(
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
    {
      cwd: path.join(ROOT, dir),
      env,
      allowFailure: true,
    },
  );
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  /** @type {string[]} */
  let failures = [];
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    failures = failedTests(json);
  }
  // A run that crashed, failed a file outside any test, or ran nothing is a failure too.
  const ok = code === 0 && failed === 0 && passed > 0;
  results.push({ name, passed, failed: ok ? failed : Math.max(failed, 1), skipped, ok, failures });
}

/** @param {string} name @param {() => void | Promise<void>} body */
async function phase(name, body) {
  try {
    await body();
  } catch (error) {
    console.error(`\n✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    results.push({ name, passed: 0, failed: 1, skipped: 0, ok: false });
  }
}

/** @returns {Promise<boolean>} whether anything failed */
export async function runTests() {
  ensureDebianPackages([CHROMIUM, POSTGRESQL, POSTGRESQL_CLIENT, NGINX]);
  const testEnv = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };

  await phase('format check', () => {
    step('Format check (Prettier; `pnpm format` rewrites)');
    run('pnpm', ['run', 'format:check']);
  });

  await phase('lint', () => {
    step('Lint (ESLint, the whole workspace)');
    run('pnpm', ['run', 'lint']);
  });

  await phase('type checks', () => {
    step('Type checks (tsc: the root scripts, then every workspace project)');
    run('pnpm', ['run', 'typecheck']);
  });

  vitest('packages/vietnamese', 'packages/vietnamese');
  vitest('packages/content', 'packages/content');
  vitest('web (components, site server)', 'web');
  await phase('CMS compile', () => compileCms(testEnv));
  vitest('cms on SQLite', 'cms', { env: { ...testEnv, DATABASE_CLIENT: 'sqlite' } });

  await phase('cms on PostgreSQL', async () => {
    step('Starting a private PostgreSQL server');
    const postgres = await startTemporaryPostgres();
    try {
      vitest('cms on PostgreSQL', 'cms', { env: { ...testEnv, ...postgres.env } });
    } finally {
      postgres.stop();
    }
  });

  await phase('bundle budget', () => {
    buildWeb(testEnv);
    step('Bundle budget: initial JavaScript of the home route');
    run('pnpm', ['--filter', 'web', 'run', 'size']);
  });

  await phase('browser tests', async () => {
    buildWeb(testEnv);
    // The admin tests drive the built admin panel: one `strapi build`, skipped when its inputs are unchanged.
    buildCms(testEnv);
    step('Starting the CMS (built admin panel, test clock, fresh database) and the site for browser tests');
    const stack = await startStack({ browserTests: true });
    try {
      vitest('browser (Chromium)', 'web', {
        env: { ...testEnv, SITE_URL: stack.siteUrl, CMS_URL: stack.cmsUrl },
        args: ['--config', 'vitest.e2e.config.ts'],
      });
    } finally {
      await stack.stop();
    }
  });

  await phase('operations', () => {
    buildWeb(testEnv);
    // Production processes under the supervisor, backup and restore (SQLite, and a private PostgreSQL the test starts),
    // uploads on s3rver, two CMS instances behind nginx: each file starts its own servers on the loopback.
    vitest('operations (supervision, backup and restore, S3 uploads, cluster behind nginx)', 'cms', {
      env: testEnv,
      args: ['--config', 'vitest.ops.config.mts'],
    });
  });

  const audit = auditProductionDependencies();

  rmSync(reportDir, { recursive: true, force: true });
  const total = results.reduce(
    (sum, result) => ({
      passed: sum.passed + result.passed,
      failed: sum.failed + result.failed,
      skipped: sum.skipped + result.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log('\nSummary');
  for (const result of results) {
    console.log(`  ${result.ok ? '✓' : '✖'} ${result.name}: ${result.passed} passed, ${result.failed} failed`);
    for (const failure of result.failures ?? []) console.log(`      ✖ ${failure}`);
  }
  console.log(`  ${audit.reachable ? 'ⓘ' : '–'} dependency audit: ${audit.message}`);
  console.log(
    `\nTests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
  );
  return results.some((result) => !result.ok);
}
