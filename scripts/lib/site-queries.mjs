// The exact path and query the site's content client sends for one call, for benchmarks that time the site's own reads.
import path from 'node:path';
import { buildPackages } from './builds.mjs';
import { ROOT } from './shell.mjs';

/**
 * The client's fetch is asked, and answers nothing: only the URL is kept.
 * @param {(client: import('../../packages/content/dist/index.js').ContentClient) => Promise<unknown>} call
 */
export async function siteQuery(call) {
  buildPackages();
  /** @type {typeof import('../../packages/content/dist/index.js')} */
  const { createContentClient } = await import(path.join(ROOT, 'packages/content/dist/index.js'));
  let url = '';
  const client = createContentClient({
    baseUrl: '',
    fetch: async (requested) => ((url = String(requested)), new Response('{"data":[],"meta":{}}')),
  });
  await call(client);
  return url;
}
