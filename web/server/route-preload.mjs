// What the app needs to take over a page, fetched ahead while the reader reads: `<link rel="prefetch">` tags from
// Vite's build manifest for the app's own chunk (src/app/start-app.tsx, imported by the boot only when the page needs
// it: src/app/boot.ts) and the page's route chunk, with what they import. Prefetched files are downloaded at the
// lowest priority and only kept, not run, so a reader's main thread is not held by them; the first link or form the
// reader uses then finds them ready. Which route a page is comes from the server render (src/app/route-table.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROUTE_MODULE = /^src\/app\/routes\/([a-z0-9-]+)\.tsx$/;
const APP_MODULE = 'src/app/start-app.tsx';

/**
 * A function giving the prefetch tags of a page whose route module is `module` (`article`, `site-map`…; none for the
 * pages of the app's own chunk), or nothing when the build has no manifest.
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
  /** @param {string[]} keys */
  const tagsOf = (keys) => {
    const files = new Set();
    for (const key of keys) collect(key, files);
    return [...files]
      .filter((file) => !loaded.has(file))
      .map((file) => `<link rel="prefetch" crossorigin href="/${file}" />`)
      .join('\n    ');
  };
  const app = tagsOf([APP_MODULE]);
  /** @type {Map<string, string>} */
  const tags = new Map();
  for (const key of Object.keys(manifest)) {
    const module = ROUTE_MODULE.exec(key)?.[1];
    if (module) tags.set(module, tagsOf([APP_MODULE, key]));
  }
  return (module) => (module ? (tags.get(module) ?? app) : app);
}
