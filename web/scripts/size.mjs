#!/usr/bin/env node
// `pnpm --filter web size`: the JavaScript a browser must download before the home page can render (the entry
// script and every module it preloads), gzipped, against the 100 kB budget. Run after `vite build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 100;
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map(
  (match) => match[1] ?? '',
);
if (scripts.length === 0) {
  console.error('No scripts found in dist/index.html: build the site first (pnpm --filter web build).');
  process.exit(2);
}
let total = 0;
for (const src of scripts) {
  const bytes = gzipSync(readFileSync(path.join(dist, src.replace(/^\//, ''))), { level: 9 }).length;
  total += bytes;
  console.log(`  ${src}  ${(bytes / 1024).toFixed(1)} kB gzip`);
}
const kb = total / 1024;
console.log(
  `Initial JavaScript of the home route: ${kb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB, ${((kb / BUDGET_KB) * 100).toFixed(0)} % used)`,
);
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}
