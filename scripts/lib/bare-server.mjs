#!/usr/bin/env node
// The benchmarks' ceiling: a bare node:http server that sends fixed bytes, as fast as Node serves anything.
// `node bare-server.mjs <port> <file> <content-type>`: those bytes for every path;
// `node bare-server.mjs <port> <site.json>`: a static site, `{ "<path>": { "file", "type", "headers"? } }`, 404 elsewhere,
// its text gzipped for clients that take it (as any static file server would, and as the site server does).
// Prints "ready" once listening.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';

const [port, file, type] = process.argv.slice(2);
if (!port || !file) throw new Error('Usage: node bare-server.mjs <port> <file> <content-type> | <port> <site.json>');

/**
 * @param {string} path @param {string} contentType @param {boolean} compress
 * @param {Record<string, string>} [headers] sent with it
 */
const load = (path, contentType, compress, headers = {}) => {
  const body = readFileSync(path);
  return {
    body,
    headers,
    type: contentType,
    gzipped: compress && /^(text\/|image\/svg)/.test(contentType) ? gzipSync(body) : null,
  };
};
/** @type {(pathname: string) => ReturnType<typeof load> | undefined} */
let lookup;
if (type) {
  const only = load(file, type, false);
  lookup = () => only;
} else {
  /** @type {Record<string, { file: string, type: string, headers?: Record<string, string> }>} */
  const site = JSON.parse(readFileSync(file, 'utf8'));
  const files = new Map(
    Object.entries(site).map(([pathname, entry]) => [pathname, load(entry.file, entry.type, true, entry.headers)]),
  );
  lookup = (pathname) => files.get(pathname);
}

http
  .createServer((request, response) => {
    const found = lookup(new URL(request.url ?? '/', 'http://bare').pathname);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Length': 0 });
      response.end();
      return;
    }
    const gzip = found.gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip && found.gzipped ? found.gzipped : found.body;
    response.writeHead(200, {
      ...found.headers,
      'Content-Type': found.type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
