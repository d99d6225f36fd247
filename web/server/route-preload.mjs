// The matched route's chunk requested with the entry script (not after it): `<link rel="modulepreload">` tags from
// Vite's build manifest. Which route a page is comes from the server render (src/app/route-table.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROUTE_MODULE = /^src\/app\/routes\/([a-z0-9-]+)\.tsx$/;

/**
 * A function giving the preload tags of a route module (`article`, `site-map`…), or nothing when the build has no
 * manifest.
 * @param {string} distDir
 * @returns {(module: string | undefined) => string}
 */
export function routePreloads(distDir) {
  /** @type {Record<string, { file: string, imports?: string[], isEntry?: boolean }>} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  } catch {
    return () => '';
  }
  /** What the entry brings already (its own modulepreload tags in index.html). */
  const loaded = new Set();
  /** @param {string} key @param {Set<string>} into */
  const collect = (key, into) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) collect(imported, into);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(key, loaded);
  /** @type {Map<string, string>} */
  const tags = new Map();
  for (const key of Object.keys(manifest)) {
    const module = ROUTE_MODULE.exec(key)?.[1];
    if (!module) continue;
    const files = new Set();
    collect(key, files);
    const html = [...files]
      .filter((file) => !loaded.has(file))
      // Low priority like the entry's own (vite.config.ts): they must not slow the render-blocking stylesheet.
      .map((file) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}" />`)
      .join('\n    ');
    tags.set(module, html);
  }
  return (module) => (module ? (tags.get(module) ?? '') : '');
}
