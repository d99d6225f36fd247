import { createContentClient } from '@thads/content';

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
