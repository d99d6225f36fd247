import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TIMEOUT_S, startNginx } from '../../../scripts/lib/nginx.mjs';
import { freePort, waitForHttp } from '../../../scripts/lib/shell.mjs';

/** Stand-in CMS instances: each records what it was asked, and answers as the test tells it to. */
type Seen = { method: string; url: string; body: string };
type Answer = (request: Seen, response: http.ServerResponse) => void;

function fakeInstance(answer: () => Answer) {
  const seen: Seen[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const entry = { method: request.method ?? '', url: request.url ?? '', body };
      seen.push(entry);
      answer()(entry, response);
    });
  });
  return {
    seen,
    server,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
  };
}

const json = (response: http.ServerResponse, status = 200) => {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end('{"data":[]}');
};
/** Answers after `ms`; the reader or nginx may have gone by then. */
const after =
  (ms: number): Answer =>
  (_request, response) => {
    setTimeout(() => {
      if (!response.destroyed) json(response);
    }, ms);
  };
const never: Answer = () => undefined;

describe('nginx in front of busy CMS instances', () => {
  let answer: Answer = (_request, response) => json(response);
  const instances = [fakeInstance(() => answer), fakeInstance(() => answer)];
  const site = fakeInstance(() => (_request, response) => json(response));
  let stateDir: string;
  let nginx: ReturnType<typeof startNginx>;
  let base: string;

  beforeAll(async () => {
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'thads-nginx-timeouts-'));
    const cms = await Promise.all(instances.map((instance) => instance.listen()));
    const sites = [await site.listen()];
    // Only once the stand-ins listen: a port chosen before could be given to one of them, nginx would then fail to
    // bind, and the test would talk to that stand-in directly (a 25 s hang, an unretried 503: seen once in CI).
    const port = await freePort();
    nginx = startNginx(stateDir, { listen: `127.0.0.1:${port}`, cms, sites }, true);
    base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/articles`, nginx);
  }, 30_000);
  afterAll(async () => {
    await nginx?.stop();
    for (const instance of [...instances, site]) instance.server.closeAllConnections();
    // Closing a server already closed reports an error to the callback, which is fine here.
    await Promise.all([...instances, site].map((instance) => new Promise((resolve) => instance.server.close(resolve))));
    rmSync(stateDir, { recursive: true, force: true });
  });
  const asked = () => instances.flatMap((instance) => instance.seen);
  const forget = () => instances.forEach((instance) => (instance.seen.length = 0));

  it(`answers a read no instance answers within ${READ_TIMEOUT_S} s with the API's 503, not a hang`, async () => {
    answer = never;
    forget();
    const started = Date.now();
    const response = await fetch(`${base}/api/articles?stuck=1`, { signal: AbortSignal.timeout(25_000) });
    const waited = Date.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(((await response.json()) as { error: { status: number } }).error.status).toBe(503);
    expect(waited).toBeGreaterThanOrEqual(READ_TIMEOUT_S * 1000 - 100);
    expect(waited).toBeLessThan(READ_TIMEOUT_S * 1000 + 3000);
    // Past the retry window: not sent to the other instance, whose queue it would only lengthen.
    expect(asked().map((request) => request.url)).toEqual(['/api/articles?stuck=1']);
  }, 30_000);

  it('waits for a write slower than a read may be, sends it once and with its body', async () => {
    answer = after((READ_TIMEOUT_S + 2) * 1000);
    forget();
    const response = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"data":{"title":"Tin chậm"}}',
      signal: AbortSignal.timeout(30_000),
    });
    expect(response.status).toBe(200);
    expect(asked()).toEqual([{ method: 'POST', url: '/api/articles', body: '{"data":{"title":"Tin chậm"}}' }]);
  }, 35_000);

  it('still retries a read refused by one instance on the other at once', async () => {
    let refusals = 0;
    answer = (_request, response) => (refusals++ === 0 ? json(response, 503) : json(response));
    forget();
    const response = await fetch(`${base}/api/articles?retried=1`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
    expect(asked().map((request) => request.url)).toEqual(['/api/articles?retried=1', '/api/articles?retried=1']);
  });

  // Last: the instances stop listening.
  it("answers a write that no instance can take with the API's JSON 503, as it does a read", async () => {
    for (const instance of instances) {
      instance.server.closeAllConnections();
      await new Promise((resolve) => instance.server.close(resolve));
    }
    for (const method of ['POST', 'GET']) {
      const response = await fetch(`${base}/api/articles`, {
        method,
        ...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: '{"data":{}}' } : {}),
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status, method).toBe(503);
      expect(response.headers.get('content-type'), method).toContain('application/json');
      expect(((await response.json()) as { error: { name: string } }).error.name).toBe('ServiceUnavailableError');
    }
  });
});
