import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { STRAPI_BIN } from '../../../scripts/lib/cms-process.mjs';
import { startTemporaryPostgres } from '../../../scripts/lib/postgres.mjs';
import { freePort, startService, waitForHttp } from '../../../scripts/lib/shell.mjs';
import { APP_DIR, type TestCms } from '../support/strapi';

/** A real 1×1 PNG: the upload content check accepts it. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export type UploadedFile = { id: number; url: string; hash: string; ext: string; provider: string };

/** A full-access API token of the CMS (kept in its database). */
export async function fullAccessToken(cms: TestCms): Promise<string> {
  const token = (await cms.strapi
    .service('admin::api-token')
    .create({ name: 'Sao lưu và tải tệp', type: 'full-access', lifespan: null })) as { accessKey: string };
  return token.accessKey;
}

/** Uploads through Strapi's HTTP upload route, as the admin's media library does. */
export async function upload(baseUrl: string, token: string, name: string, content: Buffer) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(content)], { type: 'image/png' }), name);
  return fetch(`${baseUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
}

/** A fresh public folder (PUBLIC_DIR) with the uploads folder Strapi's local provider requires. */
export function freshPublicDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thads-public-'));
  mkdirSync(path.join(dir, 'uploads'));
  return dir;
}

/** A production CMS process (`strapi start`) on the given database settings, not seeding. */
export async function startCmsProcess(env: Record<string, string>) {
  const port = await freePort();
  const service = startService('cms', 'node', [STRAPI_BIN, 'start'], {
    cwd: APP_DIR,
    env: { ...process.env, NODE_ENV: 'production', SEED_ON_START: 'false', ...env, CMS_PORT: String(port) },
    quiet: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/_health`, service);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { baseUrl, stop: () => service.stop() };
}

const require = createRequire(import.meta.url);

/** A new empty database to restore or upgrade into: a file path (SQLite), or a new PostgreSQL database. */
export async function emptyDatabase(client: string, dir: string, name: string): Promise<Record<string, string>> {
  if (client !== 'postgres') return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, `${name}.db`) };
  const database = `thads_${name}_${Date.now()}`;
  const { Client } = require('pg') as typeof import('pg');
  const admin = new Client({
    host: process.env.DATABASE_HOST,
    port: Number(process.env.DATABASE_PORT),
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  return { DATABASE_CLIENT: 'postgres', DATABASE_NAME: database };
}

const DATABASE_KEYS = ['DATABASE_CLIENT', 'DATABASE_FILENAME', 'DATABASE_NAME', 'PUBLIC_DIR'] as const;

/**
 * A describe block's database: on `postgres`, a private PostgreSQL server, in process.env while the block runs; a
 * working folder; and process.env's database settings put back as they were afterwards.
 */
export function useDatabaseClient(client: string, name: string): { work: string } {
  const saved = Object.fromEntries(DATABASE_KEYS.map((key) => [key, process.env[key]]));
  const work = mkdtempSync(path.join(os.tmpdir(), `thads-${name}-test-`));
  let stopPostgres = () => {};
  beforeAll(async () => {
    if (client !== 'postgres') return;
    const postgres = await startTemporaryPostgres();
    Object.assign(process.env, postgres.env);
    stopPostgres = postgres.stop;
  });
  afterAll(() => {
    for (const key of DATABASE_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    stopPostgres();
    rmSync(work, { recursive: true, force: true });
  });
  return { work };
}
