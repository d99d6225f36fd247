import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRAPI_BIN } from '../../scripts/lib/cms-process.mjs';
import { startOnFreePort, startService } from '../../scripts/lib/shell.mjs';
import { adminRequest, signedInAdmin } from './support/admin';
import { APP_DIR, startCms, type TestCms } from './support/strapi';

// What must hold across CMS instances sharing one PostgreSQL, as behind nginx: each request may reach either.
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const ARTICLES = '/content-manager/collection-types/api::article.article';

describe.runIf(onPostgres)('two CMS instances on one PostgreSQL', () => {
  let cms: TestCms;
  let second: ReturnType<typeof startService>;
  let urls: [string, string];

  beforeAll(async () => {
    cms = await startCms();
    // The same database and secrets (startCms named the database in this process's environment).
    const started = await startOnFreePort(
      (port) =>
        startService('cms-2', 'node', [STRAPI_BIN, 'start'], {
          cwd: APP_DIR,
          env: { ...process.env, NODE_ENV: 'test', CMS_PORT: String(port), SEED_ON_START: 'false' },
          quiet: true,
        }),
      (port) => `http://127.0.0.1:${port}/_health`,
    );
    second = started.service;
    urls = [cms.baseUrl, `http://127.0.0.1:${started.port}`];
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await cms?.stop();
  });

  it('share the sign-in budget: the 11th failed attempt of one client, spread over both, is refused', async () => {
    const attempt = (baseUrl: string, client: string) =>
      fetch(`${baseUrl}/api/auth/local`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({ identifier: 'khong-co@thads.example.gov.vn', password: 'sai-mat-khau-1A' }),
      });
    const statuses: number[] = [];
    for (let n = 0; n < 12; n += 1) statuses.push((await attempt(urls[n % 2]!, '203.0.113.41')).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 429, 429]);
    const refused = await attempt(urls[0], '203.0.113.41');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another client has its own budget, on either instance.
    expect((await attempt(urls[0], '203.0.113.42')).status).toBe(400);
    expect((await attempt(urls[1], '203.0.113.42')).status).toBe(400);
  });

  it("share the question form's budget: a flood spread over both gets 429 beyond it, and nothing more is stored", async () => {
    const ask = (baseUrl: string, n: number) =>
      fetch(`${baseUrl}/api/questions/ask`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.61' },
        body: JSON.stringify({
          agency: 'phutho',
          email: 'hai-may@example.vn',
          topic: 'khac',
          title: `Câu hỏi gửi hai máy số ${n}`,
          question: 'Nội dung câu hỏi đủ dài để được nhận.',
          consent: true,
        }),
      });
    const before = await cms.strapi.db.query('api::question.question').count({});
    const statuses: number[] = [];
    for (let n = 0; n < 8; n += 1) statuses.push((await ask(urls[n % 2]!, n)).status);
    // QUESTION_BURST (default 5) for the whole cluster, not for each instance.
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    expect((await cms.strapi.db.query('api::question.question').count({})) - before).toBe(5);
  });

  it('warn an editor whose save reaches the other instance than their opening, over a colleague’s change', async () => {
    const lan = await signedInAdmin(cms, 'strapi-editor', 'lan-hai-may@thads.example.gov.vn');
    const minh = await signedInAdmin(cms, 'strapi-editor', 'minh-hai-may@thads.example.gov.vn');
    const on = (index: 0 | 1, token: string, method: string, path: string, body?: unknown) =>
      adminRequest({ ...cms, baseUrl: urls[index] }, token, method, path, body);
    const created = await on(0, lan, 'POST', ARTICLES, { title: 'Bài hai máy cùng sửa', lead: 'Tóm tắt đầu' });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

    // Lan opens it on the first instance, Minh on the second, where he saves.
    expect((await on(0, lan, 'GET', `${ARTICLES}/${documentId}?status=draft`)).status).toBe(200);
    expect((await on(1, minh, 'GET', `${ARTICLES}/${documentId}?status=draft`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await on(1, minh, 'PUT', `${ARTICLES}/${documentId}`, { lead: 'Minh sửa tóm tắt' })).status).toBe(200);

    // Lan's save reaches the second instance, which never served her the article.
    const refused = await on(1, lan, 'PUT', `${ARTICLES}/${documentId}`, { lead: 'Lan ghi đè' });
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { message: string; details: { fields: string[] } } };
    expect(body.error.message).toContain('minh-hai-may');
    expect(body.error.details.fields).toEqual(['lead']);
    // And on the instance she opened it on, as before.
    expect((await on(0, lan, 'PUT', `${ARTICLES}/${documentId}`, { lead: 'Lan ghi đè' })).status).toBe(409);
    // Having reloaded (here on the second instance), she saves.
    expect((await on(1, lan, 'GET', `${ARTICLES}/${documentId}?status=draft`)).status).toBe(200);
    expect((await on(0, lan, 'PUT', `${ARTICLES}/${documentId}`, { lead: 'Lan sửa sau khi tải lại' })).status).toBe(
      200,
    );
  });
});
