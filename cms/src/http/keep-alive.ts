import type { Core } from '@strapi/strapi';

/** Longer than nginx keeps its idle upstream connections (`keepalive_timeout 60s` in deploy/nginx/thads.conf). */
const DEFAULT_KEEP_ALIVE_SECONDS = 65;

/**
 * How long an idle keep-alive connection stays open. Node closes it after 5 s by default, while nginx keeps its
 * upstream connections 60 s: a request nginx sends on a connection the CMS is closing at that moment fails (a 502,
 * or a retry on the other instance for a read). The CMS must be the last to close.
 */
export function keepConnectionsOpen(strapi: Core.Strapi): void {
  const seconds = Number(process.env.CMS_KEEP_ALIVE_SECONDS ?? DEFAULT_KEEP_ALIVE_SECONDS);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(
      `CMS_KEEP_ALIVE_SECONDS must be a positive number of seconds, not "${process.env.CMS_KEEP_ALIVE_SECONDS}"`,
    );
  const server = strapi.server.httpServer;
  server.keepAliveTimeout = seconds * 1000;
  // Node's rule: a request's headers may take longer to arrive than the idle time, or a slow client is cut mid-request.
  server.headersTimeout = Math.max(server.headersTimeout, seconds * 1000 + 1000);
}
