#!/usr/bin/env node
// `pnpm --filter web size`: the JavaScript a browser downloads and runs with every page (the entry script, the boot,
// and every module it preloads), gzipped, against its budget; and the app that takes the page over at the reader's
// first link or form (src/app/start-app.tsx and what it imports: React, the router, the query cache), against its own.
// Fails above either. Run after `vite build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = { initial: 8, app: 100 };
const APP_MODULE = 'src/app/start-app.tsx';
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g),
].map((match) => match[1] ?? '');
if (initial.length === 0) {
  console.error('No scripts found in dist/index.html: build the site first (pnpm --filter web build).');
  process.exit(2);
}
/** @type {Record<string, { file: string, imports?: string[] }>} */
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
/** @param {string} key @param {Set<string>} into */
const collect = (key, into) => {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported, into);
  return into;
};
if (!manifest[APP_MODULE]) {
  console.error(`The build has no chunk for ${APP_MODULE}.`);
  process.exit(2);
}
const app = [...collect(APP_MODULE, new Set())].filter((file) => !initial.includes(file));

let over = false;
for (const [part, files, label] of /** @type {const} */ ([
  ['initial', initial, 'Initial JavaScript of every page'],
  ['app', app, 'The app taking over a page (first link or form)'],
])) {
  let total = 0;
  for (const file of files) {
    const bytes = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
    total += bytes;
    console.log(`  /${file}  ${(bytes / 1024).toFixed(1)} kB gzip`);
  }
  const kb = total / 1024;
  const budget = BUDGET_KB[part];
  console.log(`${label}: ${kb.toFixed(1)} kB gzip (budget ${budget} kB, ${((kb / budget) * 100).toFixed(0)} % used)`);
  if (kb > budget) {
    console.error(`Over budget by ${(kb - budget).toFixed(1)} kB.`);
    over = true;
  }
}
if (over) process.exit(1);
