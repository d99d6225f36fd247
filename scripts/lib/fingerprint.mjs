// Rebuild only what changed: a build's inputs are hashed by content (git checkouts reset file times).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './shell.mjs';

const STATE_DIR = path.join(ROOT, '.state');
const SKIPPED = new Set(['node_modules', 'dist', 'build', '.tmp', '.cache', '.strapi', 'coverage', 'test-results']);

/** @param {string} full @param {import('node:crypto').Hash} hash */
function hashPath(full, hash) {
  if (!existsSync(full)) return;
  const info = statSync(full);
  if (info.isDirectory()) {
    for (const entry of readdirSync(full).sort()) if (!SKIPPED.has(entry)) hashPath(path.join(full, entry), hash);
  } else {
    hash.update(path.relative(ROOT, full)).update('\0').update(readFileSync(full));
  }
}

/**
 * Runs `build` when the inputs (paths relative to the repository, plus extra strings such as settings) differ
 * from the last successful build, or when an output is missing.
 * @param {string} name
 * @param {{ inputs: string[], outputs: string[], extra?: string[] }} spec
 * @param {() => void} build
 * @returns {boolean} whether it built
 */
export function buildIfChanged(name, { inputs, outputs, extra = [] }, build) {
  const hash = createHash('sha256');
  for (const input of inputs) hashPath(path.join(ROOT, input), hash);
  for (const value of extra) hash.update('\0').update(value);
  const fingerprint = hash.digest('hex');
  const marker = path.join(STATE_DIR, `${name}.build`);
  const upToDate =
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === fingerprint &&
    outputs.every((output) => existsSync(path.join(ROOT, output)));
  if (upToDate) return false;
  build();
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(marker, fingerprint);
  return true;
}
