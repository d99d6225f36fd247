import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERIFIED_KNEX_VERSION, VERIFIED_STRAPI_VERSION } from '../../src/strapi-internals/version';

type Manifest = {
  name: string;
  version: string;
  repository?: string | { url?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
type Installed = { name: string; version: string; dir: string };

const CMS = path.resolve(__dirname, '../..');
/** Packages released from Strapi's monorepo carry its version; design-system, icons and the JS client do not. */
const STRAPI_MONOREPO = /github\.com\/strapi\/strapi(\.git)?$/;
/** The packages whose private code cms/src/strapi-internals mirrors. */
const MIRRORED = ['@strapi/core', '@strapi/database', '@strapi/plugin-users-permissions', '@strapi/utils'];

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));

/** A dependency's folder as Node resolves it from `from`: the nearest node_modules up the tree. */
function packageDir(name: string, from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) return null;
  }
}

/** Every @strapi/* package installed for the CMS, following @strapi/* dependencies from cms/package.json down. */
function installedStrapiPackages(): Installed[] {
  const found = new Map<string, Installed>();
  const visit = (manifest: Manifest, dir: string) => {
    const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    for (const name of names.filter((dependency) => dependency.startsWith('@strapi/'))) {
      const installedDir = packageDir(name, dir);
      if (!installedDir || found.has(installedDir)) continue;
      const installed = readManifest(installedDir);
      found.set(installedDir, { name, version: installed.version, dir: installedDir });
      visit(installed, installedDir);
    }
  };
  visit(readManifest(CMS), CMS);
  return [...found.values()];
}

const fromMonorepo = ({ dir }: Installed): boolean => {
  const { repository } = readManifest(dir);
  const url = typeof repository === 'string' ? repository : (repository?.url ?? '');
  return STRAPI_MONOREPO.test(url);
};

describe('Strapi internals (cms/src/strapi-internals) against the installed Strapi', () => {
  it(`finds every installed Strapi package at ${VERIFIED_STRAPI_VERSION}, the release the internals were checked against`, () => {
    // Upload providers are loaded by configuration and released on their own schedule (the registry serves the S3
    // provider at 5.52.3 only); no internals file mirrors them, so their version is not the verified release's.
    const strapiPackages = installedStrapiPackages()
      .filter(fromMonorepo)
      .filter(({ name }) => !name.startsWith('@strapi/provider-'));
    for (const name of MIRRORED) expect(strapiPackages.map((installed) => installed.name)).toContain(name);
    const different = strapiPackages
      .filter(({ version }) => version !== VERIFIED_STRAPI_VERSION)
      .map(({ name, version }) => `${name} ${version}`);
    expect(
      different,
      `Strapi internals were verified with Strapi ${VERIFIED_STRAPI_VERSION}, but installed are: ${[...new Set(different)].join(', ')}. ` +
        'Re-check each file of cms/src/strapi-internals against the new release (its README.md lists what each mirrors: ' +
        'package, file, and the tests comparing it with stock Strapi), run those tests, then set VERIFIED_STRAPI_VERSION.',
    ).toEqual([]);
  });

  it(`finds knex at ${VERIFIED_KNEX_VERSION} under @strapi/database (statement-cache replaces its SQLite _query)`, () => {
    const database = installedStrapiPackages().find(({ name }) => name === '@strapi/database');
    const knexDir = database && packageDir('knex', database.dir);
    expect(knexDir, '@strapi/database or its knex is not installed').toBeTruthy();
    const { version } = readManifest(knexDir ?? '');
    expect(
      version,
      `cms/src/strapi-internals/statement-cache.ts mirrors knex ${VERIFIED_KNEX_VERSION}'s better-sqlite3 _query, but ` +
        `knex ${version} is installed: compare lib/dialects/better-sqlite3/index.js with it, run the SQLite tests, ` +
        'then set VERIFIED_KNEX_VERSION.',
    ).toBe(VERIFIED_KNEX_VERSION);
  });
});
