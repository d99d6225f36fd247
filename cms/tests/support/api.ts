import { createContentClient, toQueryString, type QueryValue } from '@thads/content';
import type { TestCms } from './strapi';

/** GET a path of the CMS and return the status and parsed body (never throws on 4xx/5xx). */
export async function getJson(baseUrl: string, path: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  // Tests look into arbitrary JSON shapes, including error envelopes.
  const response = await fetch(`${baseUrl}${path}`, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: the raw text is what the test looks at.
  }
  return { status: response.status, body };
}

export const contentClient = (baseUrl: string) => createContentClient({ baseUrl });

const SINGULAR: Record<string, string> = { articles: 'article', authors: 'author', 'campaign-themes': 'campaign-theme', categories: 'category' };

/**
 * A read path with the relations this project adds when the client names neither `fields` nor `populate` spelled out
 * (`api/<type>/middlewares/default-query`): the same question, as stock Strapi must be asked it.
 */
export function withDefaultRelations(cms: TestCms, path: string): string {
  const [pathname = '', search = ''] = path.split('?');
  if ([...new URLSearchParams(search).keys()].some((key) => key.startsWith('fields') || key.startsWith('populate'))) return path;
  const type = SINGULAR[pathname.split('/')[2] ?? ''];
  const populate = type && cms.appModule<{ DEFAULT_POPULATE?: QueryValue }>(`src/api/${type}/middlewares/default-query.js`).DEFAULT_POPULATE;
  return populate ? `${path}${search ? '&' : '?'}${toQueryString({ populate })}` : path;
}
