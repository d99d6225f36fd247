// The matched route's chunk requested with the entry script (not after it): `<link rel="modulepreload">` tags from
// Vite's build manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_PATHS } from '@thads/content';

/** Each lazily loaded route's source module, by the path it answers (longest prefixes first). */
const ROUTES = [
  { prefix: SITE_PATHS.article, module: 'article' },
  { prefix: SITE_PATHS.category, module: 'category' },
  { prefix: SITE_PATHS.campaignTheme, module: 'campaign-theme' },
  { exact: SITE_PATHS.campaignThemes, module: 'campaign-themes' },
  { prefix: SITE_PATHS.author, module: 'author' },
  { prefix: SITE_PATHS.day, module: 'day' },
  { exact: SITE_PATHS.signIn, module: 'sign-in' },
  { exact: SITE_PATHS.search, module: 'search' },
  { exact: SITE_PATHS.siteMap, module: 'site-map' },
];

/**
 * A function giving the preload tags of a page's route, or nothing when the build has no manifest.
 * @param {string} distDir
 * @returns {(pathname: string) => string}
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
  for (const route of ROUTES) {
    const files = new Set();
    collect(`src/app/routes/${route.module}.tsx`, files);
    const html = [...files]
      .filter((file) => !loaded.has(file))
      // Low priority like the entry's own (vite.config.ts): they must not slow the render-blocking stylesheet.
      .map((file) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}" />`)
      .join('\n    ');
    tags.set(route.module, html);
  }
  return (pathname) => {
    const route = ROUTES.find((candidate) =>
      'exact' in candidate ? candidate.exact === pathname : pathname.startsWith(candidate.prefix),
    );
    return route ? (tags.get(route.module) ?? '') : '';
  };
}
