// Everything the project needs on a machine that has only Node 20 and npm: pnpm, packages, native builds,
// Debian packages. Each step checks first and does nothing when the machine already has it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { capture, ROOT, run, step } from './shell.mjs';

const PNPM_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];

export function ensureNode() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(
      `Node ${process.versions.node} is too old: this project needs Node 20.19 or newer (it requires ES modules from CommonJS).`,
    );
  }
}

export function ensurePnpm() {
  if (capture('pnpm', ['--version']) === PNPM_VERSION) return;
  step(`Installing pnpm ${PNPM_VERSION} with npm`);
  run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
  if (capture('pnpm', ['--version']) !== PNPM_VERSION)
    throw new Error(`pnpm ${PNPM_VERSION} is not on PATH after installing it`);
}

/** The lockfile and every package.json: when none changed, node_modules is already right. */
function installFingerprint() {
  const hash = createHash('sha256');
  const manifests = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'cms/package.json', 'web/package.json'];
  for (const dir of readdirSync(path.join(ROOT, 'packages'))) manifests.push(`packages/${dir}/package.json`);
  for (const file of manifests) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) hash.update(file).update(readFileSync(full));
  }
  hash.update(process.version);
  return hash.digest('hex');
}

export function ensureDependencies() {
  const marker = path.join(ROOT, 'node_modules', '.thads-install');
  const fingerprint = installFingerprint();
  if (existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint) return;
  step('Installing packages (pnpm install; better-sqlite3 compiles from source, about a minute)');
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
  // node-gyp must build against the machine's Node headers: nothing can be downloaded here.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node_version.h')) env.npm_config_nodedir = '/usr';
  run('pnpm', ['install', '--frozen-lockfile', '--config.optimistic-repeat-install=false'], { env });
  writeFileSync(marker, fingerprint);
}

/**
 * Debian packages the tests need (Chromium for the browser tests, PostgreSQL for the database tests).
 * @param {Array<{ name: string, present: () => boolean }>} packages
 */
export function ensureDebianPackages(packages) {
  const missing = packages.filter((pkg) => !pkg.present());
  if (missing.length === 0) return;
  const names = missing.map((pkg) => pkg.name);
  step(`Installing Debian packages: ${names.join(', ')}`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : capture('sh', ['-c', 'command -v sudo']) ? ['sudo'] : null;
  if (!sudo)
    throw new Error(
      `Missing Debian packages ${names.join(', ')}: install them as root (apt-get install ${names.join(' ')}).`,
    );
  const apt = (/** @type {string[]} */ args) =>
    run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...names]);
  const stillMissing = missing.filter((pkg) => !pkg.present());
  if (stillMissing.length)
    throw new Error(`Still missing after apt-get install: ${stillMissing.map((pkg) => pkg.name).join(', ')}`);
}

export const CHROMIUM = { name: 'chromium', present: () => existsSync('/usr/bin/chromium') };

/** The directory of PostgreSQL's server binaries, newest version first, or null. */
export function postgresBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((version) => existsSync(path.join(base, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

/** pg_dump and pg_restore for `pnpm backup` and `pnpm restore` on PostgreSQL. */
export const POSTGRESQL_CLIENT = { name: 'postgresql-client', present: () => existsSync('/usr/bin/pg_dump') };

export const POSTGRESQL = { name: 'postgresql', present: () => postgresBinDir() !== null };
