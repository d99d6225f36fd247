import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// In development the CMS runs beside Vite: proxy its paths so the site is one origin, as in production.
const cmsUrl = process.env.CMS_URL || `http://127.0.0.1:${process.env.CMS_PORT || '1337'}`;
const proxied = Object.fromEntries(['/api', '/uploads'].map((path) => [path, { target: cmsUrl, changeOrigin: true }]));

/**
 * The page's scripts at low priority: Chromium then holds all but one of them while the render-blocking stylesheet
 * loads, instead of sharing a slow line six ways, so the server-rendered text is painted as soon as a static page's
 * would be (`pnpm bench:web`, docs/site-rendering.md). The app's own files wait for the load event (src/app/boot.ts).
 */
const lowPriorityScripts: Plugin = {
  name: 'thads:low-priority-scripts',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace(
        /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
        '<$1 fetchpriority="low"',
      ),
  },
};

// `vite build` makes the browser's files in dist/; `vite build --ssr src/entry-server.tsx --outDir dist-server` the
// server render the site server loads (public files stay in dist/ only).
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), lowPriorityScripts],
  server: { port: Number(process.env.WEB_DEV_PORT || 5173), proxy: proxied },
  preview: { proxy: proxied },
  build: { target: 'es2022', sourcemap: true, copyPublicDir: !isSsrBuild, manifest: !isSsrBuild },
}));
