#!/usr/bin/env node
// `pnpm seed --samples N` (from the repository root): seeds the configured database without starting a server.
// Idempotent like the seed on start; N sample articles are made sure to exist (0 to 1000000).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const index = process.argv.indexOf('--samples');
const samples = Number(index >= 0 ? process.argv[index + 1] : 0);
if (!Number.isInteger(samples) || samples < 0 || samples > 1_000_000) {
  console.error(`--samples must be a whole number from 0 to 1000000, not "${process.argv[index + 1]}"`);
  process.exit(2);
}

/** @type {typeof import('@strapi/strapi')} */
const { createStrapi } = require('@strapi/strapi');
const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
try {
  // Compiled from src/ into dist/ (the build), typed by the sources.
  /** @type {typeof import('../src/seed/index.js')} */
  const { seed } = require(path.join(appDir, 'dist', 'src', 'seed', 'index.js'));
  const started = Date.now();
  const report = await seed(strapi, { sampleArticles: samples, log: console.log });
  console.log(
    `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.created.length} entries, ${report.samplesCreated} sample articles.`,
  );
} finally {
  await strapi.destroy();
}
process.exit(0);
