import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the CMS runs beside Vite: proxy its paths so the site is one origin, as in production.
const cmsUrl = process.env.CMS_URL || `http://127.0.0.1:${process.env.CMS_PORT || '1337'}`;
const proxied = Object.fromEntries(['/api', '/uploads'].map((path) => [path, { target: cmsUrl, changeOrigin: true }]));

export default defineConfig({
  plugins: [react()],
  server: { port: Number(process.env.WEB_DEV_PORT || 5173), proxy: proxied },
  preview: { proxy: proxied },
  build: { target: 'es2022', sourcemap: true },
});
