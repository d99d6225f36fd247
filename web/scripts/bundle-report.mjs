#!/usr/bin/env node
// `pnpm --filter web bundle`: what the built JavaScript is made of, by package, from the build's source maps: each
// minified byte is counted for the source file its mapping names (bytes before a chunk's first mapping, Vite's own
// helpers, count as "(unmapped)"). Run after `vite build`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'assets');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The bytes of a minified file by source file, from its source map's mappings (VLQ: generated column, source index,
 * source line, source column, name; all but the first as differences from the previous segment's).
 * @param {string} code @param {{ sources: string[], mappings: string }} map
 * @returns {Map<string, number>}
 */
export function bytesBySource(code, map) {
  /** @type {Map<string, number>} */
  const bytes = new Map();
  const add = (/** @type {string} */ name, /** @type {number} */ count) =>
    count > 0 && bytes.set(name, (bytes.get(name) ?? 0) + count);
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((mappingLine, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    /** @type {Array<[number, number | null]>} */
    const segments = [];
    let column = 0;
    for (const segment of mappingLine.split(',')) {
      if (!segment) continue;
      /** @type {number[]} */
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length > 1) source += values[1] ?? 0;
      segments.push([column, values.length > 1 ? source : null]);
    }
    add('(unmapped)', segments[0]?.[0] ?? line.length);
    segments.forEach(([start, index], position) => {
      const end = segments[position + 1]?.[0] ?? line.length;
      add(index === null ? '(unmapped)' : (map.sources[index] ?? '(unmapped)'), end - start);
    });
  });
  return bytes;
}

/** The package a source file belongs to (a workspace package by its name, the site's own code as web/src). */
const packageOf = (/** @type {string} */ source) =>
  /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ??
  (/packages\/([^/]+)\//.exec(source)?.[1] ? `@thads/${/packages\/([^/]+)\//.exec(source)?.[1]}` : null) ??
  (source.includes('/src/') ? 'web/src' : source);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  /** @type {Map<string, number>} */
  const total = new Map();
  let all = 0;
  for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(path.join(dist, file), 'utf8');
    const map = JSON.parse(readFileSync(path.join(dist, `${file}.map`), 'utf8'));
    const byPackage = new Map();
    for (const [source, count] of bytesBySource(code, map)) {
      const name = packageOf(source);
      byPackage.set(name, (byPackage.get(name) ?? 0) + count);
      total.set(name, (total.get(name) ?? 0) + count);
    }
    all += code.length;
    const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(
      `${file.padEnd(36)} ${(code.length / 1000).toFixed(1).padStart(6)} kB: ${top.map(([name, count]) => `${name} ${(count / 1000).toFixed(1)}`).join(', ')}`,
    );
  }
  console.log(`\nAll chunks, ${(all / 1000).toFixed(1)} kB minified, by package:`);
  for (const [name, count] of [...total].sort((a, b) => b[1] - a[1]))
    console.log(
      `  ${(count / 1000).toFixed(1).padStart(6)} kB ${((100 * count) / all).toFixed(1).padStart(5)} %  ${name}`,
    );
}
