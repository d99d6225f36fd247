import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, signedInAdmin } from './support/admin';
import { startCms, type TestCms } from './support/strapi';

const ARTICLES = '/content-manager/collection-types/api::article.article';
let cms: TestCms;
const tokens: Record<'author' | 'editor' | 'admin', string> = { author: '', editor: '', admin: '' };

const admin = (who: keyof typeof tokens, method: string, path: string, body?: unknown) =>
  adminRequest(cms, tokens[who], method, path, body);

beforeAll(async () => {
  cms = await startCms();
  tokens.author = await signedInAdmin(cms, 'strapi-author', 'tac-gia@thads.example.gov.vn');
  tokens.editor = await signedInAdmin(cms, 'strapi-editor', 'bien-tap@thads.example.gov.vn');
  tokens.admin = await signedInAdmin(cms, 'strapi-super-admin', 'quan-tri@thads.example.gov.vn');
});
afterAll(async () => {
  await cms?.stop();
});

describe('editorial roles in the admin', () => {
  it('an Author writes an article but cannot publish it; an Editor can', async () => {
    const created = await admin('author', 'POST', ARTICLES, { title: 'Bài của tác giả chờ duyệt' });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

    const refused = await admin('author', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});
    expect(refused.status).toBe(403);
    expect(
      (await fetch(`${cms.baseUrl}/api/articles?filters[documentId][$eq]=${documentId}`).then((response) =>
        response.json(),
      )) as unknown,
    ).toMatchObject({ data: [] });

    const published = await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});
    expect(published.status).toBe(200);
  });

  it("an Author edits their own articles only, and not the portal's settings", async () => {
    const editorsArticle = await admin('editor', 'POST', ARTICLES, { title: 'Bài của biên tập viên' });
    const { documentId } = ((await editorsArticle.json()) as { data: { documentId: string } }).data;
    expect(
      (await admin('author', 'PUT', `${ARTICLES}/${documentId}`, { title: 'Tác giả sửa bài người khác' })).status,
    ).toBe(403);

    const own = (
      (await (await admin('author', 'POST', ARTICLES, { title: 'Bài riêng' })).json()) as {
        data: { documentId: string };
      }
    ).data;
    expect(
      (await admin('author', 'PUT', `${ARTICLES}/${own.documentId}`, { title: 'Bài riêng (đã sửa)' })).status,
    ).toBe(200);

    expect(
      (
        await admin('author', 'PUT', '/content-manager/single-types/api::site-setting.site-setting', {
          siteName: 'Đổi tên',
        })
      ).status,
    ).toBe(403);
  });

  it('names the roles in Vietnamese', async () => {
    const names = (
      (await cms.strapi.db.query('admin::role').findMany({ select: ['code', 'name'] })) as Array<{
        code: string;
        name: string;
      }>
    ).map((role) => role.name);
    expect(names).toEqual(
      expect.arrayContaining(['Tác giả (Author)', 'Biên tập viên (Editor)', 'Quản trị cấp cao (Super Admin)']),
    );
  });

  it('takes a publish permission given to Authors by hand away again at the next start', async () => {
    const author = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } })) as {
      id: number;
    };
    await cms.strapi.db.query('admin::permission').create({
      data: {
        action: 'plugin::content-manager.explorer.publish',
        subject: 'api::article.article',
        properties: {},
        conditions: [],
        role: author.id,
      },
    });
    const { enforceEditorialRoles } = cms.appModule<typeof import('../src/bootstrap/editorial-roles')>(
      'src/bootstrap/editorial-roles.js',
    );
    await enforceEditorialRoles(cms.strapi);
    expect(
      await cms.strapi.db
        .query('admin::permission')
        .count({ where: { role: author.id, action: 'plugin::content-manager.explorer.publish' } }),
    ).toBe(0);
  });

  it('hides the Marketplace and the Content-Type Builder from Editors and Authors, even when granted by hand', async () => {
    const HIDDEN = ['admin::marketplace.read', 'plugin::content-type-builder.read'];
    const roles = cms.strapi.db.query('admin::role');
    for (const code of ['strapi-editor', 'strapi-author']) {
      const role = (await roles.findOne({ where: { code } })) as { id: number };
      for (const action of HIDDEN)
        await cms.strapi.db
          .query('admin::permission')
          .create({ data: { action, subject: null, properties: {}, conditions: [], role: role.id } });
    }
    const { enforceEditorialRoles } = cms.appModule<typeof import('../src/bootstrap/editorial-roles')>(
      'src/bootstrap/editorial-roles.js',
    );
    await enforceEditorialRoles(cms.strapi);

    const actionsOf = async (who: keyof typeof tokens) => {
      const response = await admin(who, 'GET', '/admin/users/me/permissions');
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: Array<{ action: string }> }).data.map(({ action }) => action);
    };
    const editor = await actionsOf('editor');
    expect(editor).toContain('plugin::content-manager.explorer.publish');
    expect(editor.filter((action) => HIDDEN.includes(action))).toEqual([]);
    expect((await actionsOf('author')).filter((action) => HIDDEN.includes(action))).toEqual([]);
    expect(await actionsOf('admin')).toEqual(expect.arrayContaining(HIDDEN));
  });

  it("refuses an Author another's article by address, a copy of it and a schedule with a 403 that says why", async () => {
    const created = await admin('editor', 'POST', ARTICLES, { title: 'Bài của biên tập viên, không cho tác giả' });
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    type Refusal = { error?: { status: number; message: string } };

    const opened = await admin('author', 'GET', `${ARTICLES}/${documentId}`);
    expect(opened.status).toBe(403);
    expect(((await opened.json()) as Refusal).error?.message).toMatch(
      /^Bài này do bien-tap Kiểm thử viết: Tác giả chỉ mở và sửa được bài của chính mình/,
    );
    for (const path of [`${ARTICLES}/clone/${documentId}`, `${ARTICLES}/auto-clone/${documentId}`]) {
      const cloned = await admin('author', 'POST', path, { title: 'Bản sao' });
      expect(cloned.status, path).toBe(403);
      expect(((await cloned.json()) as Refusal).error?.message, path).toMatch(/chỉ mở và sửa được bài của chính mình/);
    }

    const own = (
      (await (await admin('author', 'POST', ARTICLES, { title: 'Bài tự hẹn giờ' })).json()) as {
        data: { documentId: string };
      }
    ).data.documentId;
    const scheduled = await admin('author', 'PUT', `${ARTICLES}/${own}`, {
      title: 'Bài tự hẹn giờ',
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(scheduled.status).toBe(403);
    expect(((await scheduled.json()) as Refusal).error?.message).toMatch(/không hẹn giờ xuất bản hay gỡ bài được/);
    // Their own article still opens and saves, and an Editor's copy works.
    expect((await admin('author', 'GET', `${ARTICLES}/${own}`)).status).toBe(200);
    expect((await admin('author', 'PUT', `${ARTICLES}/${own}`, { title: 'Bài tự hẹn giờ, sửa' })).status).toBe(200);
    expect(
      (await admin('editor', 'POST', `${ARTICLES}/clone/${documentId}`, { title: 'Bản sao của BTV' })).status,
    ).toBe(200);
  });

  it('spares Authors the errors of what they cannot use: the sample flag shown read-only, upload settings, AI features', async () => {
    const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } })) as {
      id: number;
    };
    const read = (await cms.strapi.db.query('admin::permission').findOne({
      where: { role: role.id, action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' },
    })) as { properties: { fields: string[] } };
    expect(read.properties.fields).toContain('isSample');
    expect((await admin('author', 'GET', '/upload/settings')).status).toBe(200);
    expect((await admin('author', 'GET', '/admin/ai-feature-config')).status).toBe(200);
    expect(
      (await admin('author', 'GET', '/i18n/ai-localization-jobs/collection-types/api::article.article/abc')).status,
    ).toBe(200);
    expect((await fetch(`${cms.baseUrl}/admin/ai-feature-config`)).status).toBe(401);
  });

  it("names an article's authors in the admin's list, where it used to say '1 mục'", async () => {
    const author = await admin('editor', 'POST', '/content-manager/collection-types/api::author.author', {
      name: 'Nguyễn Thị Mai',
    });
    const authorId = ((await author.json()) as { data: { documentId: string } }).data.documentId;
    const created = await admin('editor', 'POST', ARTICLES, {
      title: 'Bài có tác giả được nêu tên',
      authors: { connect: [{ documentId: authorId }] },
    });
    expect(created.status).toBe(201);
    const list = await admin('editor', 'GET', `${ARTICLES}?page=1&pageSize=10&sort=updatedAt:DESC`);
    const rows = (
      (await list.json()) as { results: Array<{ title: string; authors: { count: number; names: string[] } }> }
    ).results;
    expect(rows.find((row) => row.title === 'Bài có tác giả được nêu tên')?.authors).toEqual({
      count: 1,
      names: ['Nguyễn Thị Mai'],
    });
  });
});
