import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';

const require = createRequire(import.meta.url);
export const APP_DIR = path.resolve(import.meta.dirname, '..', '..');
const DIST_DIR = path.join(APP_DIR, 'dist');

export type TestCms = {
  strapi: Core.Strapi;
  /** http://127.0.0.1:<port> of the running instance. */
  baseUrl: string;
  /** Loads a compiled module of the app (dist/src/...), e.g. the seed. */
  appModule: <T>(relativePath: string) => T;
  stop: () => Promise<void>;
};

type ProcessListeners = Array<[string | symbol, Array<(...args: unknown[]) => void>]>;

function saveProcessListeners(): ProcessListeners {
  return process
    .eventNames()
    .map((name) => [name, process.listeners(name as NodeJS.Signals) as Array<(...args: unknown[]) => void>]);
}

// strapi.destroy() removes every process listener, Vitest's worker channel included: put them back.
function restoreProcessListeners(saved: ProcessListeners): void {
  for (const [name, listeners] of saved) {
    const present = new Set(process.listeners(name as NodeJS.Signals));
    for (const listener of listeners) if (!present.has(listener)) process.on(name as NodeJS.Signals, listener);
  }
}

/** A database of its own for this test file: a temporary SQLite file, or a new PostgreSQL database. */
async function createDatabase(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const { Client } = require('pg') as typeof import('pg');
    const name = `thads_test_${randomBytes(6).toString('hex')}`;
    const server = {
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      user: process.env.DATABASE_USERNAME ?? 'postgres',
      password: process.env.DATABASE_PASSWORD ?? '',
      database: 'postgres',
    };
    const onServer = async (sql: string) => {
      const client = new Client(server);
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await onServer(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    process.env.DATABASE_NAME = name;
    return () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thads-cms-'));
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = path.join(dir, 'data.db');
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

type Pool = { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number };

/** Strapi finishes some work (events, webhooks) after a write returns; destroying the pool under it aborts it. */
async function settleDatabase(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db.connection as unknown as { client: { pool?: Pool } }).client.pool;
  if (!pool) return;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startCms(): Promise<TestCms> {
  const dropDatabase = await createDatabase();
  const saved = saveProcessListeners();
  const { createStrapi } = require('@strapi/strapi') as {
    createStrapi: (options: { appDir: string; distDir: string }) => Core.Strapi;
  };
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: DIST_DIR }).load();
  strapi.log.level = 'warn';
  await strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;

  return {
    strapi,
    baseUrl: `http://127.0.0.1:${port}`,
    appModule: <T>(relativePath: string) => require(path.join(DIST_DIR, relativePath)) as T,
    async stop() {
      await settleDatabase(strapi);
      await strapi.destroy();
      restoreProcessListeners(saved);
      await dropDatabase();
    },
  };
}

/** A CMS seeded as on first start: the real article, its campaign themes, categories, and `sampleArticles` samples. */
export async function startSeededCms(sampleArticles: number): Promise<TestCms> {
  const cms = await startCms();
  const { seed } = cms.appModule<typeof import('../../src/seed')>('src/seed/index.js');
  await seed(cms.strapi, { sampleArticles, log: () => {} });
  return cms;
}

/**
 * A unit published as editors publish one: in Vietnamese and English (a unit is published only with its English
 * name, `i18n/require-english`), both versions at once.
 */
export async function publishedUnit(
  cms: TestCms,
  data: { agency: string; name: string; kind: 'head-office' | 'regional' },
  englishName: string,
): Promise<{ documentId: string }> {
  const units = cms.strapi.documents('api::unit.unit' as never);
  const { documentId } = (await units.create({ data: data as never })) as { documentId: string };
  await units.update({ documentId, locale: 'en', data: { ...data, name: englishName } as never } as never);
  await units.publish({ documentId, locale: '*' } as never);
  return { documentId };
}
