import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the CMS runs beside Vite: proxy its paths so the site is one origin, as in production.
const cmsUrl = process.env.CMS_URL || `http://127.0.0.1:${process.env.CMS_PORT || '1337'}`;
const proxied = Object.fromEntries(['/api', '/uploads'].map((path) => [path, { target: cmsUrl, changeOrigin: true }]));

// `vite build` makes the browser's files in dist/; `vite build --ssr src/entry-server.tsx --outDir dist-server` the
// server render the site server loads (public files stay in dist/ only).
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  server: { port: Number(process.env.WEB_DEV_PORT || 5173), proxy: proxied },
  preview: { proxy: proxied },
  build: { target: 'es2022', sourcemap: true, copyPublicDir: !isSsrBuild, manifest: !isSsrBuild },
}));
