#!/usr/bin/env node
// The benchmark's ceiling: a bare node:http server that sends fixed bytes, as fast as Node serves anything.
// `node bare-server.mjs <port> <file> <content-type>`; prints "ready" once listening.
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port, file, type] = process.argv.slice(2);
if (!file) throw new Error('Usage: node bare-server.mjs <port> <file> <content-type>');
const body = readFileSync(file);
http
  .createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
