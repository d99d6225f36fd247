// Starts the production site server: `node server/index.mjs` (WEB_PORT, WEB_HOST, CMS_URL, CMS_TIMEOUT_MS,
// WEB_TRUSTED_PROXIES, CONTENT_CHANGE_SECRET, WEB_HTML_CACHE_MB, SITE_URL, ADMIN_URL).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSiteServer, DEFAULT_HTML_CACHE_BYTES, DEFAULT_UPSTREAM_TIMEOUT_MS } from './site-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.WEB_PORT || 8080);
const host = process.env.WEB_HOST || '127.0.0.1';
const cmsUrl = process.env.CMS_URL || `http://127.0.0.1:${process.env.CMS_PORT || 1337}`;
const distDir = process.env.WEB_DIST_DIR || path.join(here, '..', 'dist');

const upstreamTimeoutMs = Number(process.env.CMS_TIMEOUT_MS || DEFAULT_UPSTREAM_TIMEOUT_MS);
if (!(upstreamTimeoutMs > 0))
  throw new Error(`CMS_TIMEOUT_MS must be a positive number of milliseconds, not "${process.env.CMS_TIMEOUT_MS}"`);
// Proxies in front of this server (a TLS terminator): their X-Forwarded-For and X-Forwarded-Proto are believed.
const trustedProxies = (process.env.WEB_TRUSTED_PROXIES ?? '')
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean);

// The server render, when built (`pnpm --filter web build` makes both); without it pages are the bare app.
const serverEntry = path.join(
  process.env.WEB_SERVER_DIST_DIR || path.join(here, '..', 'dist-server'),
  'entry-server.js',
);
const renderPage = existsSync(serverEntry) ? (await import(pathToFileURL(serverEntry).href)).render : undefined;
const htmlCacheMb = Number(process.env.WEB_HTML_CACHE_MB || DEFAULT_HTML_CACHE_BYTES / 1024 / 1024);
if (!(htmlCacheMb >= 0))
  throw new Error(`WEB_HTML_CACHE_MB must be a number of megabytes, not "${process.env.WEB_HTML_CACHE_MB}"`);

const server = createSiteServer({
  distDir,
  cmsUrl,
  siteUrl: process.env.SITE_URL || undefined,
  // The admin as editors reach it (it frames draft previews; several URLs comma-separated): the CMS's public URL, else
  // the CMS itself.
  adminOrigin: process.env.ADMIN_URL || process.env.PUBLIC_URL || undefined,
  upstreamTimeoutMs,
  trustedProxies,
  renderPage,
  htmlCacheBytes: htmlCacheMb * 1024 * 1024,
  // The CMS signs its change announcements with it; without it rendered pages are not cached.
  changeSecret: process.env.CONTENT_CHANGE_SECRET || undefined,
});
server.listen(port, host, () => {
  const rendering = renderPage ? 'server-rendered' : 'bare app, no server render built';
  console.log(
    `Site: http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (CMS proxied from ${cmsUrl}; ${rendering})`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
