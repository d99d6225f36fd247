import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../../scripts/lib/backup.mjs';
import { startSeededCms } from '../support/strapi';
import {
  emptyDatabase,
  freshPublicDir,
  fullAccessToken,
  PNG,
  startCmsProcess,
  upload,
  type UploadedFile,
  useDatabaseClient,
} from './helpers';

const require = createRequire(import.meta.url);
/** Every row of the articles table, all fields, in id order, hashed. Read with the database's own driver. */
async function articlesHash(env: NodeJS.ProcessEnv): Promise<{ count: number; hash: string }> {
  let rows: unknown[];
  if (env.DATABASE_CLIENT === 'postgres') {
    const { Client } = require('pg') as typeof import('pg');
    const client = new Client({
      host: env.DATABASE_HOST,
      port: Number(env.DATABASE_PORT),
      user: env.DATABASE_USERNAME,
      password: env.DATABASE_PASSWORD,
      database: env.DATABASE_NAME,
    });
    await client.connect();
    try {
      rows = (await client.query('select * from articles order by id')).rows;
    } finally {
      await client.end();
    }
  } else {
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(String(env.DATABASE_FILENAME), { readonly: true });
    try {
      rows = db.prepare('select * from articles order by id').all();
    } finally {
      db.close();
    }
  }
  return { count: rows.length, hash: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
}

describe.each(['sqlite', 'postgres'])('pnpm backup and pnpm restore on %s', (client) => {
  const { work } = useDatabaseClient(client, 'backup');

  it('restores into an empty database an identical site: articles, admin-made API token, uploaded file', async () => {
    const sourcePublic = freshPublicDir();
    process.env.PUBLIC_DIR = sourcePublic;
    const cms = await startSeededCms(6);
    let token: string;
    let file: UploadedFile;
    let before: { count: number; hash: string };
    let publicTotal: number;
    let archive: string;
    let stored: Buffer;
    try {
      token = await fullAccessToken(cms);
      const uploaded = await upload(cms.baseUrl, token, 'anh-tru-so.png', PNG);
      expect(uploaded.status).toBe(201);
      [file] = (await uploaded.json()) as [UploadedFile];
      // What Strapi keeps (it re-encodes images), as the restored site must serve it.
      stored = readFileSync(path.join(sourcePublic, 'uploads', `${file.hash}${file.ext}`));
      before = await articlesHash(process.env);
      expect(before.count).toBeGreaterThan(6);
      publicTotal = (
        (await (await fetch(`${cms.baseUrl}/api/articles?pagination[pageSize]=1`)).json()) as {
          meta: { pagination: { total: number } };
        }
      ).meta.pagination.total;
      expect(publicTotal).toBeGreaterThan(0);
      // Taken while the CMS runs, as a nightly backup would be.
      ({ archive } = await createBackup({ env: process.env, outDir: work }));
    } finally {
      await cms.stop();
      rmSync(sourcePublic, { recursive: true, force: true });
    }
    expect(path.basename(archive)).toMatch(/^thads-backup-\d{4}-\d\d-\d\dT[\d-]+Z\.tar\.gz$/);

    const targetPublic = freshPublicDir();
    const target = { ...(await emptyDatabase(client, work, 'restored')), PUBLIC_DIR: targetPublic };
    const targetEnv = { ...process.env, ...target };
    const manifest = await restoreBackup({ archive, env: targetEnv });
    expect(manifest).toMatchObject({ format: 1, database: client, strapiVersion: '5.54.0', articles: before.count });
    expect(manifest.uploads.files).toBe(1);
    expect(await articlesHash(targetEnv)).toEqual(before);
    await expect(restoreBackup({ archive, env: targetEnv })).rejects.toThrow(/not empty/);

    const restored = await startCmsProcess(target);
    try {
      const list = (await (await fetch(`${restored.baseUrl}/api/articles?pagination[pageSize]=1`)).json()) as {
        meta: { pagination: { total: number } };
      };
      expect(list.meta.pagination.total).toBe(publicTotal);
      const served = await fetch(`${restored.baseUrl}${file.url}`);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(stored);
      // The API token made in the admin survived (strapi export would have dropped it).
      const files = await fetch(`${restored.baseUrl}/api/upload/files`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(files.status).toBe(200);
      expect(((await files.json()) as UploadedFile[]).map((entry) => entry.hash)).toEqual([file.hash]);
    } finally {
      await restored.stop();
      rmSync(targetPublic, { recursive: true, force: true });
    }
  }, 180_000);
});
