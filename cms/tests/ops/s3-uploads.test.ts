import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/lib/shell.mjs';
import { startCms, type TestCms } from '../support/strapi';
import { freshPublicDir, fullAccessToken, PNG, upload, type UploadedFile } from './helpers';

const require = createRequire(import.meta.url);
type S3rverServer = { run(): Promise<unknown>; close(): Promise<unknown> };
const S3rver = require('s3rver') as new (options: object) => S3rverServer;

const BUCKET = 'thads-uploads';
const S3_KEYS = [
  'UPLOAD_PROVIDER',
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_PUBLIC_URL',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'PUBLIC_DIR',
];

let s3: S3rverServer;
let cms: TestCms;
let token: string;
let publicUrl: string;
const storage = mkdtempSync(path.join(os.tmpdir(), 'thads-s3-'));
const publicDir = freshPublicDir();

beforeAll(async () => {
  const port = await freePort();
  s3 = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: storage,
    configureBuckets: [{ name: BUCKET }],
  });
  await s3.run();
  publicUrl = `http://127.0.0.1:${port}/${BUCKET}`;
  Object.assign(process.env, {
    UPLOAD_PROVIDER: 's3',
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_PUBLIC_URL: publicUrl,
    S3_REGION: 'us-east-1',
    // s3rver's fixed credentials.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    PUBLIC_DIR: publicDir,
  });
  cms = await startCms();
  token = await fullAccessToken(cms);
});
afterAll(async () => {
  await cms?.stop();
  await s3?.close();
  for (const key of S3_KEYS) delete process.env[key];
  rmSync(storage, { recursive: true, force: true });
  rmSync(publicDir, { recursive: true, force: true });
});

describe('uploads in an S3 bucket (UPLOAD_PROVIDER=s3), shared by every CMS instance', () => {
  const keys = async () =>
    [...(await (await fetch(`${publicUrl}?list-type=2`)).text()).matchAll(/<Key>([^<]+)<\/Key>/g)].map(
      (match) => match[1],
    );

  it('stores an upload in the bucket, serves it from the public URL, refuses a fake, and deletes it from there', async () => {
    const response = await upload(cms.baseUrl, token, 'quyet-dinh.png', PNG);
    expect(response.status).toBe(201);
    const [file] = (await response.json()) as [UploadedFile];
    expect(file.provider).toBe('aws-s3');
    expect(file.url).toBe(`${publicUrl}/${file.hash}${file.ext}`);
    expect(existsSync(path.join(publicDir, 'uploads', `${file.hash}${file.ext}`))).toBe(false);

    const served = await fetch(file.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 8)).toEqual(PNG.subarray(0, 8));

    // The content check still wraps the upload service: a fake is refused before anything reaches the bucket.
    const fake = await upload(cms.baseUrl, token, 'gia-mao.png', Buffer.from('<html>không phải ảnh</html>'));
    expect(fake.status).toBe(400);
    expect(JSON.stringify(await fake.json())).toContain('gia-mao.png');
    expect(await keys()).toEqual([`${file.hash}${file.ext}`]);

    const removed = await fetch(`${cms.baseUrl}/api/upload/files/${file.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(removed.status).toBe(200);
    expect((await fetch(file.url)).status).toBe(404);
    expect(await keys()).toEqual([]);
  });

  it('lets the admin show pictures from the bucket (image CSP)', async () => {
    const csp = (await fetch(`${cms.baseUrl}/_health`)).headers.get('content-security-policy') ?? '';
    const origin = new URL(publicUrl).origin;
    expect(csp).toMatch(new RegExp(`img-src [^;]*${origin.replace(/[.:/]/g, '\\$&')}`));
    expect(csp).toMatch(new RegExp(`media-src [^;]*${origin.replace(/[.:/]/g, '\\$&')}`));
  });
});
