import http from 'node:http';
import { createContentClient, toQueryString, type ErrorResponse, type QueryValue } from '@thads/content';
import { expect } from 'vitest';
import type { TickResult } from '../../src/scheduling/scheduler';
import type { TestCms } from './strapi';

/**
 * GET a path of the CMS and return the status and parsed body (never throws on 4xx/5xx). `T` is the shape the test
 * expects to read, unchecked: the test's own assertions check it.
 */
export async function getJson<T = unknown>(
  baseUrl: string,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: the raw text is what the test looks at.
  }
  return { status: response.status, body: body as T };
}

/** An answer read before its status is checked: the parts of the success shape `T`, or Strapi's error envelope. */
export type Answer<T extends object> = Partial<T> & { error?: ErrorResponse['error'] };

export const contentClient = (baseUrl: string) => createContentClient({ baseUrl });

const keepAlive = new http.Agent({ keepAlive: true });

/**
 * A request sent as spelt (fetch would resolve `/./` and `/../` first; only what HTTP cannot carry raw, such as
 * spaces and non-ASCII letters, is percent-encoded, as fetch does): the status and the body text. Never throws on
 * an HTTP status.
 */
export function rawRequest(
  baseUrl: string,
  {
    method = 'GET',
    path,
    headers = {},
    body,
  }: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, method, path: path.replace(/[^\x21-\x7e]/gu, encodeURIComponent), headers, agent: keepAlive },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            headers: response.headers,
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const SINGULAR: Record<string, string> = {
  articles: 'article',
  authors: 'author',
  'campaign-themes': 'campaign-theme',
  categories: 'category',
};

/**
 * A read path with the relations this project adds when the client names neither `fields` nor `populate` spelled out
 * (`api/<type>/middlewares/default-query`): the same question, as stock Strapi must be asked it.
 */
export function withDefaultRelations(cms: TestCms, path: string): string {
  const [pathname = '', search = ''] = path.split('?');
  if ([...new URLSearchParams(search).keys()].some((key) => key.startsWith('fields') || key.startsWith('populate')))
    return path;
  const type = SINGULAR[pathname.split('/')[2] ?? ''];
  const populate =
    type &&
    cms.appModule<{ DEFAULT_POPULATE?: QueryValue }>(`src/api/${type}/middlewares/default-query.js`).DEFAULT_POPULATE;
  return populate ? `${path}${search ? '&' : '?'}${toQueryString({ populate })}` : path;
}

/**
 * Moves one CMS instance's scheduler clock (`SCHEDULER_TEST_CLOCK`, never in production) to `at` and runs its due
 * schedules at once: what that run published, unpublished or failed.
 */
export async function setTestClock(baseUrl: string, at: number): Promise<TickResult> {
  const response = await fetch(`${baseUrl}/api/scheduler-test/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now: new Date(at).toISOString() }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: TickResult }).data;
}
