import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, adminUser } from './support/admin';
import { startSeededCms, type TestCms } from './support/strapi';

const ARTICLES = '/content-manager/collection-types/api::article.article';
let cms: TestCms;
const tokens: Record<'author' | 'editor', string> = { author: '', editor: '' };

const admin = (who: 'author' | 'editor', method: string, path: string, body?: unknown) =>
  adminFetch(cms, tokens[who], method, path, body);

beforeAll(async () => {
  cms = await startSeededCms(0);
  tokens.author = await adminUser(cms, 'strapi-author', 'tac-gia-ux@thads.example.gov.vn');
  tokens.editor = await adminUser(cms, 'strapi-editor', 'bien-tap-ux@thads.example.gov.vn');
});
afterAll(async () => {
  await cms?.stop();
});

describe('an Author in the article edit view', () => {
  it.each([
    ['authors', 'api::author.author'],
    ['category', 'api::category.category'],
    ['campaignThemes', 'api::campaign-theme.campaign-theme'],
  ] as const)('picks any seeded entry in the %s picker', async (field, uid) => {
    const seeded = (await cms.strapi.documents(uid).findMany({ status: 'published', fields: ['name'] })).map(
      (entry) => entry.name,
    );
    expect(seeded.length).toBeGreaterThan(0);
    const response = await admin(
      'author',
      'GET',
      `/content-manager/relations/api::article.article/${field}?pageSize=100`,
    );
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<{ name: string }> };
    expect(results.map((entry) => entry.name).sort()).toEqual(expect.arrayContaining(seeded));
  });

  it('cannot mark an article as a sample', async () => {
    const created = await admin('author', 'POST', ARTICLES, { title: 'Bài thử đánh dấu mẫu', isSample: true });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    const updated = await admin('author', 'PUT', `${ARTICLES}/${documentId}`, { isSample: true });
    expect(updated.status).toBe(200);
    const stored = await cms.strapi.documents('api::article.article').findOne({ documentId, fields: ['isSample'] });
    expect(stored?.isSample).not.toBe(true);
  });
});
