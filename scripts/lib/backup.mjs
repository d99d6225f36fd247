// `pnpm backup` and `pnpm restore`: the whole database (admin users, API tokens, every table) as a consistent snapshot,
// and the uploads folder, in one timestamped archive with a manifest that the restore checks.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ROOT, run } from './shell.mjs';
import { ensureDebianPackages, POSTGRESQL_CLIENT } from './toolchain.mjs';

// better-sqlite3 and pg are the CMS's own drivers.
const requireFromCms = createRequire(path.join(ROOT, 'cms', 'package.json'));
/** The little of better-sqlite3 used here (its types live in the cms package). */
/** @typedef {{ prepare(sql: string): { get(): unknown }, backup(file: string): Promise<unknown>, close(): void }} SqliteDb */
/** @typedef {new (file: string, options?: { readonly?: boolean, fileMustExist?: boolean }) => SqliteDb} SqliteOpen */
/** The little of pg used here. */
/** @typedef {{ query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }> }} PgClient */
/** @typedef {new (settings: object) => PgClient & { connect(): Promise<void>, end(): Promise<void> }} PgConnect */

const openSqlite = (
  /** @type {string} */ file,
  /** @type {{ readonly?: boolean, fileMustExist?: boolean }} */ options,
) => {
  const Database = /** @type {SqliteOpen} */ (requireFromCms('better-sqlite3'));
  return new Database(file, options);
};

/** The `n` column of a one-row count. @param {unknown} row */
const countOf = (row) => Number(/** @type {{ n?: unknown }} */ (row).n);

const MANIFEST = 'manifest.json';
const DUMPS = { sqlite: 'database.sqlite', postgres: 'database.pgdump' };

/**
 * @typedef {object} Manifest
 * @property {1} format
 * @property {string} createdAt
 * @property {'sqlite' | 'postgres'} database
 * @property {string} strapiVersion
 * @property {number} articles rows of the articles table (drafts and published versions) in the snapshot
 * @property {{ file: string, sha256: string }} dump
 * @property {{ provider: string, files: number }} uploads files in the archive (none when they live in S3)
 */

/** @param {NodeJS.ProcessEnv} env */
function databaseKind(env) {
  const client = env.DATABASE_CLIENT || 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres')
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  return client;
}

/** As cms/config/database.ts resolves it. @param {NodeJS.ProcessEnv} env */
export function sqliteFile(env) {
  return path.resolve(ROOT, 'cms', env.DATABASE_FILENAME || '.tmp/data.db');
}

/** As cms/config/server.ts resolves it (PUBLIC_DIR). @param {NodeJS.ProcessEnv} env */
export function publicDir(env) {
  return path.resolve(ROOT, 'cms', env.PUBLIC_DIR || 'public');
}

/** @param {NodeJS.ProcessEnv} env */
function pgSettings(env) {
  return {
    connectionString: env.DATABASE_URL || undefined,
    host: env.DATABASE_HOST || '127.0.0.1',
    port: Number(env.DATABASE_PORT || 5432),
    database: env.DATABASE_NAME || 'thads',
    user: env.DATABASE_USERNAME || 'thads',
    password: env.DATABASE_PASSWORD || '',
    ssl: env.DATABASE_SSL === 'true' ? { rejectUnauthorized: env.DATABASE_SSL_REJECT_UNAUTHORIZED !== 'false' } : false,
  };
}

/**
 * Runs pg_dump or pg_restore on the CMS's database (libpq reads the connection from its variables).
 * @param {'pg_dump' | 'pg_restore'} command @param {string[]} args @param {NodeJS.ProcessEnv} env
 */
function runLibpq(command, args, env) {
  const pg = pgSettings(env);
  run(command, [`--dbname=${pg.connectionString ?? pg.database}`, ...args], {
    env: {
      ...process.env,
      PGHOST: pg.host,
      PGPORT: String(pg.port),
      PGUSER: pg.user,
      PGPASSWORD: pg.password,
      PGSSLMODE: pg.ssl ? 'require' : 'prefer',
    },
  });
}

/**
 * Runs `body` with a connection to the CMS's PostgreSQL database.
 * @template T @param {NodeJS.ProcessEnv} env @param {(client: PgClient) => Promise<T>} body
 */
export async function withPg(env, body) {
  const { Client } = /** @type {{ Client: PgConnect }} */ (requireFromCms('pg'));
  const client = new Client(pgSettings(env));
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

const COUNT_ARTICLES = 'select count(*) as n from articles';

/** @param {PgClient} client */
async function pgArticleCount(client) {
  return countOf((await client.query(COUNT_ARTICLES)).rows[0]);
}

/** @param {string} file */
function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under a folder, relative to it, in a stable order. @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '.gitkeep')
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function strapiVersion() {
  return JSON.parse(readFileSync(requireFromCms.resolve('@strapi/strapi/package.json'), 'utf8')).version;
}

/** A count query on a SQLite file. @param {string} file @param {string} sql */
function sqliteCount(file, sql) {
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    return countOf(db.prepare(sql).get());
  } finally {
    db.close();
  }
}

/**
 * Takes a snapshot of the database into `file` and counts the articles in that same snapshot.
 * @param {NodeJS.ProcessEnv} env
 * @param {'sqlite' | 'postgres'} kind
 * @param {string} file
 */
async function snapshotDatabase(env, kind, file) {
  if (kind === 'sqlite') {
    const source = sqliteFile(env);
    if (!existsSync(source)) throw new Error(`No SQLite database at ${source}`);
    const db = openSqlite(source, { fileMustExist: true });
    try {
      // SQLite's online backup: a consistent copy while the CMS keeps writing (a file copy could be torn).
      await db.backup(file);
    } finally {
      db.close();
    }
    return sqliteCount(file, COUNT_ARTICLES);
  }
  ensureDebianPackages([POSTGRESQL_CLIENT]);
  return withPg(env, async (client) => {
    // pg_dump joins this transaction's snapshot, so the dump and the count describe the same moment.
    await client.query('begin isolation level repeatable read read only');
    const snapshot = String((await client.query('select pg_export_snapshot() as id')).rows[0]?.id);
    const articles = await pgArticleCount(client);
    runLibpq('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--snapshot=${snapshot}`, `--file=${file}`], env);
    await client.query('commit');
    return articles;
  });
}

/**
 * Writes `thads-backup-<time>.tar.gz` into `outDir` and returns its path and manifest.
 * @param {{ env: NodeJS.ProcessEnv, outDir: string }} options
 */
export async function createBackup({ env, outDir }) {
  const kind = databaseKind(env);
  const staging = mkdtempSync(path.join(os.tmpdir(), 'thads-backup-'));
  try {
    const dumpFile = path.join(staging, DUMPS[kind]);
    const createdAt = new Date().toISOString();
    const articles = await snapshotDatabase(env, kind, dumpFile);
    const uploads = path.join(publicDir(env), 'uploads');
    const stagedUploads = path.join(staging, 'uploads');
    mkdirSync(stagedUploads);
    const files = filesUnder(uploads);
    for (const file of files) cpSync(path.join(uploads, file), path.join(stagedUploads, file));
    /** @type {Manifest} */
    const manifest = {
      format: 1,
      createdAt,
      database: kind,
      strapiVersion: strapiVersion(),
      articles,
      dump: { file: DUMPS[kind], sha256: sha256(dumpFile) },
      uploads: { provider: env.UPLOAD_PROVIDER || 'local', files: files.length },
    };
    writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    mkdirSync(outDir, { recursive: true });
    const archive = path.join(path.resolve(outDir), `thads-backup-${createdAt.replace(/[:.]/g, '-')}.tar.gz`);
    run('tar', ['-czf', archive, '-C', staging, MANIFEST, DUMPS[kind], 'uploads']);
    return { archive, manifest };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Whether the target database already holds tables.
 * @param {NodeJS.ProcessEnv} env
 * @param {'sqlite' | 'postgres'} kind
 */
async function databaseHasTables(env, kind) {
  if (kind === 'sqlite') {
    const file = sqliteFile(env);
    if (!existsSync(file)) return false;
    return sqliteCount(file, "select count(*) as n from sqlite_master where type = 'table'") > 0;
  }
  return withPg(env, async (client) => {
    const result = await client.query('select count(*) as n from information_schema.tables where table_schema = $1', [
      env.DATABASE_SCHEMA || 'public',
    ]);
    return countOf(result.rows[0]) > 0;
  });
}

/**
 * Restores an archive of `createBackup` into an empty database and uploads folder (or replaces them with `force`), then
 * checks that the restored database holds the manifest's article count.
 * @param {{ archive: string, env: NodeJS.ProcessEnv, force?: boolean }} options
 * @returns {Promise<Manifest>}
 */
export async function restoreBackup({ archive, env, force = false }) {
  const kind = databaseKind(env);
  const staging = mkdtempSync(path.join(os.tmpdir(), 'thads-restore-'));
  try {
    run('tar', ['-xzf', path.resolve(archive), '-C', staging]);
    const manifestFile = path.join(staging, MANIFEST);
    if (!existsSync(manifestFile)) throw new Error(`${archive} is not a backup of this project (no ${MANIFEST})`);
    /** @type {Manifest} */
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.database !== kind)
      throw new Error(`The backup is of a ${manifest.database} database; DATABASE_CLIENT here is ${kind}`);
    const dumpFile = path.join(staging, manifest.dump.file);
    if (!existsSync(dumpFile) || sha256(dumpFile) !== manifest.dump.sha256)
      throw new Error(`The database dump in ${archive} is damaged (its checksum differs from the manifest)`);
    const uploads = path.join(publicDir(env), 'uploads');
    const hasUploads = filesUnder(uploads).length > 0;
    if (!force && (await databaseHasTables(env, kind)))
      throw new Error('The target database is not empty: restore into an empty one, or pass --force to replace it');
    if (!force && hasUploads)
      throw new Error(`The uploads folder ${uploads} is not empty: empty it, or pass --force to replace it`);

    if (kind === 'sqlite') {
      const target = sqliteFile(env);
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(dumpFile, target);
    } else {
      ensureDebianPackages([POSTGRESQL_CLIENT]);
      if (force) {
        const schema = `"${(env.DATABASE_SCHEMA || 'public').replace(/"/g, '""')}"`;
        await withPg(env, (client) => client.query(`drop schema if exists ${schema} cascade; create schema ${schema}`));
      }
      runLibpq('pg_restore', ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', dumpFile], env);
    }

    if (force) rmSync(uploads, { recursive: true, force: true });
    mkdirSync(uploads, { recursive: true });
    cpSync(path.join(staging, 'uploads'), uploads, { recursive: true });

    const restored =
      kind === 'sqlite' ? sqliteCount(sqliteFile(env), COUNT_ARTICLES) : await withPg(env, pgArticleCount);
    if (restored !== manifest.articles)
      throw new Error(`Restored ${restored} articles, the backup's manifest says ${manifest.articles}`);
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
