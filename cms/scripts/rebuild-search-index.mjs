#!/usr/bin/env node
// `pnpm search:rebuild` (from the repository root): rebuilds the search index of the configured database from
// scratch, from the published articles. Safe to run while the CMS serves: searches see the new index once done.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @type {typeof import('@strapi/strapi')} */
const { createStrapi } = require('@strapi/strapi');
const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
try {
  // Compiled from src/ into dist/ (the build), typed by the sources.
  /** @type {typeof import('../src/search/indexer.js')} */
  const { searchIndexer } = require(path.join(appDir, 'dist', 'src', 'search', 'indexer.js'));
  const started = Date.now();
  const indexed = await searchIndexer(strapi).rebuild({ log: (message) => process.stdout.write(`\r${message}`) });
  // Instances sharing a PostgreSQL database hear this and drop cached search answers.
  /** @type {typeof import('../src/cache/invalidation.js')} */
  const invalidation = require(path.join(appDir, 'dist', 'src', 'cache', 'invalidation.js'));
  invalidation.contentChanged(strapi);
  console.log(
    `\nSearch index rebuilt: ${indexed} published articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} finally {
  await strapi.destroy();
}
process.exit(0);
