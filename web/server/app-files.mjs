// What the app needs to take over a page, from Vite's build manifest: the app's own chunk (src/app/start-app.tsx,
// imported by the boot only when the page needs it: src/app/boot.ts) and the page's route chunk, with what they
// import. The site server lists them in the page (a JSON data element, APP_FILES_ID) and the boot prefetches them
// once the page has loaded: downloaded at the lowest priority and kept, not run, so that neither the page's own
// loading nor a reader's main thread is held by them, and the first link or form the reader uses finds them ready.
// Which route a page is comes from the server render (src/app/route-table.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROUTE_MODULE = /^src\/app\/routes\/([a-z0-9-]+)\.tsx$/;
const APP_MODULE = 'src/app/start-app.tsx';
/** The id of the element listing them; the boot reads it (APP_FILES_ID in src/app/query-state.ts). */
export const APP_FILES_ID = 'thads-app-files';

/**
 * A function giving the element that lists the files a page whose route module is `module` (`article`, `site-map`…;
 * none for the pages of the app's own chunk) needs for the app to take it over, or nothing when the build has no
 * manifest.
 * @param {string} distDir
 * @returns {(module: string | undefined) => string}
 */
export function appFiles(distDir) {
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
  const listOf = (keys) => {
    const files = new Set();
    for (const key of keys) collect(key, files);
    const urls = [...files].filter((file) => !loaded.has(file)).map((file) => `/${file}`);
    return `<script type="application/json" id="${APP_FILES_ID}">${JSON.stringify(urls)}</script>`;
  };
  const app = listOf([APP_MODULE]);
  /** @type {Map<string, string>} */
  const lists = new Map();
  for (const key of Object.keys(manifest)) {
    const module = ROUTE_MODULE.exec(key)?.[1];
    if (module) lists.set(module, listOf([APP_MODULE, key]));
  }
  return (module) => (module ? (lists.get(module) ?? app) : app);
}
