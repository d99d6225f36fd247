/**
 * Where the CMS REST API is. Empty means the site's own origin (the production server and Vite's dev server
 * both proxy /api); a static host elsewhere sets VITE_API_BASE_URL at build time.
 */
export const env = {
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '',
} as const;
