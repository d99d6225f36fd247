/*
 * Mirrors: @strapi/core 5.54.0, dist/services/server/http-server.js — the HTTP server is created with Koa's
 * `app.callback()` as its one and only `request` listener.
 * Why: the response cache answers its hits before Koa and Strapi's middleware chain (`cache/fast-path`), which needs
 * Strapi's listener to call on a miss. Verify after an upgrade: `tests/response-cache.test.ts` (hits carry `X-Cache: HIT`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Puts `answer` in front of Strapi's own request listener: it sees every request first and returns true when it has
 * answered it; anything else goes on to Strapi. False (nothing changed) when the server is not as Strapi sets it up.
 */
export function answerBeforeStrapi(
  strapi: Core.Strapi,
  answer: (request: IncomingMessage, response: ServerResponse) => boolean,
): boolean {
  const server = strapi.server.httpServer;
  // Node types the listeners of any event as plain functions; 'request' listeners are called with these two.
  const [koa, ...others] = server.listeners('request') as Listener[];
  if (!koa || others.length > 0) return false;
  server.removeListener('request', koa);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!answer(request, response)) koa.call(server, request, response);
  });
  return true;
}
