import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/strapi';

let cms: TestCms;
let token: string;

beforeAll(async () => {
  cms = await startCms();
  const created = (await cms.strapi
    .service('admin::api-token')
    .create({ name: 'Kiểm thử bộ đệm tệp', type: 'full-access', lifespan: null })) as { accessKey: string };
  token = created.accessKey;
});
afterAll(async () => {
  await cms?.stop();
});

// Real PNGs (1×1 and 2×2), so the upload plugin's type sniffing sees images.
const PNG_1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PNG_2 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4nGP4z8DwH4QZYAwAR8oH+WdZbrcAAAAASUVORK5CYII=';

type UploadedFile = { id: number; url: string };

/** Uploads a file, or replaces the file `replacing` (the Media Library's "Replace": same URL, new bytes). */
async function upload(base64: string, replacing?: number): Promise<UploadedFile> {
  const form = new FormData();
  form.append('files', new Blob([Buffer.from(base64, 'base64')], { type: 'image/png' }), 'bang-tin.png');
  const response = await fetch(`${cms.baseUrl}/api/upload${replacing ? `?id=${replacing}` : ''}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status).toBe(replacing ? 200 : 201);
  const body = (await response.json()) as UploadedFile | UploadedFile[];
  return Array.isArray(body) ? body[0]! : body;
}

describe('uploaded files', () => {
  it('carry an ETag and revalidated caching, answer 304 while unchanged and 200 with a new ETag once replaced', async () => {
    const file = await upload(PNG_1);
    expect(file.url).toMatch(/^\/uploads\/.+\.png$/);

    const first = await fetch(`${cms.baseUrl}${file.url}`);
    expect(first.status).toBe(200);
    // The upload plugin may re-encode an image: what matters is that the replacement's bytes are what comes next.
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect(firstBytes.length).toBeGreaterThan(0);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);

    const unchanged = await fetch(`${cms.baseUrl}${file.url}`, { headers: { 'If-None-Match': etag! } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(await unchanged.text()).toBe('');

    const replaced = await upload(PNG_2, file.id);
    expect(replaced.url).toBe(file.url);
    const after = await fetch(`${cms.baseUrl}${file.url}`, { headers: { 'If-None-Match': etag! } });
    expect(after.status).toBe(200);
    expect(Buffer.from(await after.arrayBuffer()).equals(firstBytes)).toBe(false);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(after.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');

    // A file that is not there gets no validator to keep.
    const missing = await fetch(`${cms.baseUrl}/uploads/khong-co-tep-nay.png`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
  });
});
