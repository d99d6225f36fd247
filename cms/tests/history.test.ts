import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, SingleResponse } from '@thads/content';
import { getJson } from './support/api';
import { startCms, type TestCms } from './support/strapi';

// Version history, the edit conflict warning and the audit trail (issue 13, sections 3 and 4), through the admin's
// own HTTP routes as the admin panel calls them.

const PASSWORD = 'LichSu-An-Toan-2026';
const ARTICLES = '/content-manager/collection-types/api::article.article';
const ARTICLE = 'api::article.article';
type Who = 'author' | 'editor' | 'second' | 'boss' | 'leaver';
const tokens: Record<Who, string> = { author: '', editor: '', second: '', boss: '', leaver: '' };
const ids: Record<Who, number> = { author: 0, editor: 0, second: 0, boss: 0, leaver: 0 };
let cms: TestCms;

async function adminUser(who: Who, code: string, firstname: string): Promise<void> {
  const email = `${who}@thads.example.gov.vn`;
  const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
  const user = (await cms.strapi.service('admin::user').create({
    firstname,
    lastname: 'Kiểm thử',
    email,
    password: PASSWORD,
    isActive: true,
    roles: [role.id],
  })) as { id: number };
  ids[who] = user.id;
  const response = await signIn(email, PASSWORD);
  expect(response.status).toBe(200);
  tokens[who] = ((await response.json()) as { data: { token: string } }).data.token;
}

const signIn = (email: string, password: string) =>
  fetch(`${cms.baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
async function admin(who: Who, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return getJson(cms.baseUrl, path, {
    method,
    headers: { Authorization: `Bearer ${tokens[who]}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

type Version = { id: number; action: string; status: string; userName: string; userId: number | null; title: string };
async function versions(documentId: string, who: Who = 'editor'): Promise<Version[]> {
  const response = await admin(who, 'GET', `/thads-history/versions?uid=${ARTICLE}&documentId=${documentId}`);
  expect(response.status).toBe(200);
  return response.body.data as Version[];
}

type Entry = { action: string; userName: string; userId: number | null; targetDocumentId: string | null };
async function audit(query = ''): Promise<Entry[]> {
  const response = await admin('boss', 'GET', `/thads-history/audit?pageSize=100&${query}`);
  expect(response.status).toBe(200);
  return response.body.data as Entry[];
}

async function createArticle(who: Who, title: string): Promise<string> {
  const created = await admin(who, 'POST', ARTICLES, { title, lead: 'Tóm tắt ban đầu' });
  expect(created.status).toBe(201);
  return created.body.data.documentId as string;
}

/** Audit entries are written just after the action returns (an event): wait for the one expected. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  cms = await startCms();
  await adminUser('author', 'strapi-author', 'Tác giả');
  await adminUser('editor', 'strapi-editor', 'Lan');
  await adminUser('second', 'strapi-editor', 'Minh');
  await adminUser('boss', 'strapi-super-admin', 'Quản trị');
});
afterAll(async () => {
  delete process.env.VERSION_HISTORY_DRAFTS;
  await cms?.stop();
});

describe('version history', () => {
  it('records every save, publish, unpublish and delete with who did it, and keeps the name after the account goes', async () => {
    await adminUser('leaver', 'strapi-editor', 'Hùng');
    const documentId = await createArticle('leaver', 'Hội nghị triển khai công tác năm');
    expect((await admin('leaver', 'PUT', `${ARTICLES}/${documentId}`, { title: 'Hội nghị (đã sửa)' })).status).toBe(
      200,
    );
    expect((await admin('leaver', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
    expect((await admin('leaver', 'POST', `${ARTICLES}/${documentId}/actions/unpublish`, {})).status).toBe(200);

    await cms.strapi.service('admin::user').deleteById(ids.leaver);
    const list = await versions(documentId);
    expect(list.map((version) => version.action)).toEqual(['unpublish', 'publish', 'update', 'create']);
    expect(list.map((version) => version.userName)).toEqual(Array(4).fill('Hùng Kiểm thử'));
    expect(list[1]).toMatchObject({ status: 'published', title: 'Hội nghị (đã sửa)' });

    expect((await admin('editor', 'DELETE', `${ARTICLES}/${documentId}`)).status).toBe(200);
    const afterDelete = await versions(documentId);
    expect(afterDelete[0]).toMatchObject({ action: 'delete', userName: 'Lan Kiểm thử', title: 'Hội nghị (đã sửa)' });
  });

  it('keeps every published version and only the last N drafts (VERSION_HISTORY_DRAFTS)', async () => {
    process.env.VERSION_HISTORY_DRAFTS = '3';
    try {
      const documentId = await createArticle('editor', 'Bài giới hạn phiên bản');
      expect((await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
      for (let n = 1; n <= 5; n++)
        expect((await admin('editor', 'PUT', `${ARTICLES}/${documentId}`, { lead: `Lần sửa ${n}` })).status).toBe(200);
      expect((await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
      const list = await versions(documentId);
      expect(list.filter((version) => version.status === 'published')).toHaveLength(2);
      expect(list.filter((version) => version.status === 'draft')).toHaveLength(3);
    } finally {
      delete process.env.VERSION_HISTORY_DRAFTS;
    }
  });

  it('compares a version with the current draft and restores it as a draft only: the public still sees the published one', async () => {
    const documentId = await createArticle('editor', 'Thông báo lịch tiếp công dân');
    await admin('editor', 'PUT', `${ARTICLES}/${documentId}`, {
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tiếp công dân vào thứ năm hằng tuần.' }] }],
    });
    expect((await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
    await admin('editor', 'PUT', `${ARTICLES}/${documentId}`, {
      title: 'Thông báo lịch tiếp công dân mới',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tiếp công dân vào thứ hai hằng tuần.' }] }],
    });
    const published = (await versions(documentId)).find((version) => version.action === 'publish')!;

    const compared = await admin('editor', 'GET', `/thads-history/versions/${published.id}/compare`);
    expect(compared.status).toBe(200);
    const body = (
      compared.body.data.changes as Array<{ field: string; parts: Array<{ type: string; text: string }> }>
    ).find((change) => change.field === 'body')!;
    expect(body.parts).toEqual(
      expect.arrayContaining([
        { type: 'removed', text: 'năm' },
        { type: 'added', text: 'hai' },
      ]),
    );

    const restored = await admin('editor', 'POST', `/thads-history/versions/${published.id}/restore`);
    expect(restored.status).toBe(200);
    const draft = (await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'draft' })) as unknown as {
      title: string;
      publishedAt: string | null;
    };
    expect(draft).toMatchObject({ title: 'Thông báo lịch tiếp công dân', publishedAt: null });
    const [latest] = await versions(documentId);
    expect(latest).toMatchObject({ action: 'restore', status: 'draft' });
    // The restored version is the draft now: nothing differs, rich text included.
    const same = await admin('editor', 'GET', `/thads-history/versions/${latest!.id}/compare`);
    expect(same.body.data.changes).toEqual([]);

    // The public API keeps serving the published version, untouched by the restore.
    const live = await getJson<SingleResponse<Article>>(cms.baseUrl, `/api/articles/${documentId}`);
    expect(live.status).toBe(200);
    expect(live.body.data.title).toBe('Thông báo lịch tiếp công dân');
    // The restore was the draft's business: nothing has been published by it.
    expect(await cms.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(
      1,
    );
  });

  it('an Author may not read or restore the history of an article that is not theirs', async () => {
    const documentId = await createArticle('editor', 'Bài của biên tập viên, không của tác giả');
    const [version] = await versions(documentId);
    expect(
      (await admin('author', 'GET', `/thads-history/versions?uid=${ARTICLE}&documentId=${documentId}`)).status,
    ).toBe(403);
    expect((await admin('author', 'POST', `/thads-history/versions/${version!.id}/restore`)).status).toBe(403);
  });

  it('warns the second editor to save that the article changed since they opened it, naming who and what', async () => {
    const documentId = await createArticle('editor', 'Bài hai người cùng sửa');
    // Both open the edit view.
    expect((await admin('editor', 'GET', `${ARTICLES}/${documentId}?status=draft`)).status).toBe(200);
    expect((await admin('second', 'GET', `${ARTICLES}/${documentId}?status=draft`)).status).toBe(200);
    // Timestamps have millisecond precision: make the two saves distinguishable.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await admin('second', 'PUT', `${ARTICLES}/${documentId}`, { lead: 'Minh sửa tóm tắt' })).status).toBe(200);

    const refused = await admin('editor', 'PUT', `${ARTICLES}/${documentId}`, { lead: 'Lan ghi đè' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Minh Kiểm thử');
    expect(refused.body.error.details.fields).toEqual(['lead']);
    const draft = (await cms.strapi.documents(ARTICLE).findOne({ documentId })) as unknown as { lead: string };
    expect(draft.lead).toBe('Minh sửa tóm tắt');

    // Having reloaded, the editor saves normally.
    expect((await admin('editor', 'GET', `${ARTICLES}/${documentId}?status=draft`)).status).toBe(200);
    expect(
      (await admin('editor', 'PUT', `${ARTICLES}/${documentId}`, { lead: 'Lan sửa sau khi tải lại' })).status,
    ).toBe(200);
  });
});

describe('audit trail', () => {
  it('records publish, unpublish and delete with who did them', async () => {
    const documentId = await createArticle('editor', 'Bài theo dõi nhật ký');
    await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});
    await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/unpublish`, {});
    await admin('editor', 'DELETE', `${ARTICLES}/${documentId}`);
    const entries = await eventually(
      async () => (await audit()).filter((entry) => entry.targetDocumentId === documentId),
      (list) => list.some((entry) => entry.action === 'delete'),
    );
    expect(entries.map((entry) => entry.action)).toEqual(['delete', 'unpublish', 'publish', 'create']);
    expect(new Set(entries.map((entry) => entry.userName))).toEqual(new Set(['Lan Kiểm thử']));
    expect(entries[0]!.userId).toBe(ids.editor);
  });

  it('records sign-ins, failed sign-ins (with the address tried), a role change and an API token creation', async () => {
    expect((await signIn('editor@thads.example.gov.vn', PASSWORD)).status).toBe(200);
    expect((await signIn('khong-co@thads.example.gov.vn', 'sai-mat-khau-1A')).status).toBe(400);
    const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } })) as {
      id: number;
      name: string;
      description: string;
    };
    expect(
      (await admin('boss', 'PUT', `/admin/roles/${role.id}`, { name: role.name, description: 'Mô tả mới' })).status,
    ).toBe(200);
    const token = await admin('boss', 'POST', '/admin/api-tokens', {
      name: 'Đối tác đọc tin',
      type: 'read-only',
      lifespan: null,
    });
    expect(token.status).toBe(201);

    const entries = await eventually(audit, (list) => list.some((entry) => entry.action === 'api-token.create'));
    expect(entries.find((entry) => entry.action === 'auth.success' && entry.userId === ids.editor)).toBeDefined();
    expect(entries.find((entry) => entry.action === 'auth.failure')).toMatchObject({
      userName: 'khong-co@thads.example.gov.vn',
      userId: null,
    });
    expect(entries.find((entry) => entry.action === 'role.update')).toMatchObject({ userId: ids.boss });
    expect(entries.find((entry) => entry.action === 'api-token.create')).toMatchObject({ userId: ids.boss });

    const filtered = await audit('action=auth.failure');
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.filter((entry) => entry.action !== 'auth.failure')).toEqual([]);
  });

  it('is readable and exportable by Editors and Super Admins, not by Authors', async () => {
    const refused = await admin('author', 'GET', '/thads-history/audit');
    expect(refused.status).toBe(403);
    // The reason reaches the admin, not Strapi's bare "Forbidden".
    expect((refused.body as { error: { message: string } }).error.message).toMatch(/^Chỉ Biên tập viên/);
    expect((await admin('author', 'GET', '/thads-history/audit.csv')).status).toBe(403);
    expect((await admin('editor', 'GET', '/thads-history/audit')).status).toBe(200);
    const csv = await fetch(`${cms.baseUrl}/thads-history/audit.csv?action=auth`, {
      headers: { Authorization: `Bearer ${tokens.editor}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toContain('Hành động,Người thực hiện');
    expect(lines.length).toBeGreaterThan(1);
    expect((await admin('editor', 'GET', '/thads-history/audit?from=hôm-qua')).status).toBe(400);
  });

  it('is readable by a role the agency made and gave the audit permission, and by no other', async () => {
    const roleService = cms.strapi.service('admin::role') as {
      create(data: { name: string; description: string }): Promise<{ id: number }>;
    };
    const tokenFor = async (name: string, withAuditPermission: boolean): Promise<string> => {
      const role = await roleService.create({ name, description: 'Vai trò do cơ quan tạo' });
      if (withAuditPermission)
        await cms.strapi.db.query('admin::permission').create({
          data: { action: 'api::audit-trail.read', subject: null, properties: {}, conditions: [], role: role.id },
        });
      const email = `${role.id}-vai-tro@thads.example.gov.vn`;
      await cms.strapi.service('admin::user').create({
        firstname: name,
        lastname: 'Kiểm thử',
        email,
        password: PASSWORD,
        isActive: true,
        roles: [role.id],
      });
      const response = await signIn(email, PASSWORD);
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: { token: string } }).data.token;
    };
    const read = async (token: string) =>
      (await fetch(`${cms.baseUrl}/thads-history/audit`, { headers: { Authorization: `Bearer ${token}` } })).status;
    expect(await read(await tokenFor('Thanh tra', true))).toBe(200);
    expect(await read(await tokenFor('Văn thư', false))).toBe(403);
  });

  it('is append-only: no route edits or deletes a version or an entry, the content manager included', async () => {
    const documentId = await createArticle('editor', 'Bài có phiên bản và nhật ký');
    await eventually(audit, (list) => list.some((entry) => entry.targetDocumentId === documentId));
    const before = {
      entries: await cms.strapi.db.query('api::audit-entry.audit-entry').count({}),
      versions: await cms.strapi.db.query('api::content-version.content-version').count({}),
    };
    const [entry] = (await cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ limit: 1 })) as Array<{
      id: number;
      documentId: string;
    }>;
    const [version] = (await cms.strapi.db.query('api::content-version.content-version').findMany({
      limit: 1,
    })) as Array<{ id: number; documentId: string }>;
    const attempts: Array<[string, string]> = [];
    for (const [uid, row] of [
      ['api::audit-entry.audit-entry', entry!],
      ['api::content-version.content-version', version!],
    ] as const) {
      const base = `/content-manager/collection-types/${uid}`;
      attempts.push(
        ['PUT', `${base}/${row.documentId}`],
        ['DELETE', `${base}/${row.documentId}`],
        ['POST', `${base}/actions/bulkDelete`],
        ['POST', base],
        ['POST', `${base}/clone/${row.documentId}`],
      );
    }
    for (const path of [`/thads-history/audit`, `/thads-history/versions/${version!.id}`])
      attempts.push(['PUT', path], ['DELETE', path], ['PATCH', path]);
    attempts.push(
      ['PUT', `/api/audit-entries/${entry!.documentId}`],
      ['DELETE', `/api/audit-entries/${entry!.documentId}`],
    );

    for (const [method, path] of attempts) {
      const response = await admin('boss', method, path, { documentIds: [entry!.documentId], action: 'sửa' });
      expect([method, path, response.status >= 400 && response.status < 500]).toEqual([method, path, true]);
    }
    // Below the routes, the Document Service refuses too (any later route built on it inherits the refusal).
    await expect(
      cms.strapi.documents('api::audit-entry.audit-entry').delete({ documentId: entry!.documentId }),
    ).rejects.toThrow('append-only');
    await expect(
      cms.strapi
        .documents('api::content-version.content-version')
        .update({ documentId: version!.documentId, data: { userName: 'sửa' } } as never),
    ).rejects.toThrow('append-only');
    expect(await cms.strapi.db.query('api::audit-entry.audit-entry').count({})).toBeGreaterThanOrEqual(before.entries);
    expect(await cms.strapi.db.query('api::content-version.content-version').count({})).toBe(before.versions);
    const kept = (await cms.strapi.db.query('api::audit-entry.audit-entry').findOne({ where: { id: entry!.id } })) as {
      action: string;
    } | null;
    expect(kept?.action).not.toBe('sửa');
    expect(kept).not.toBeNull();
  });

  it('nothing of it is reachable anonymously', async () => {
    for (const path of [
      `/thads-history/versions?uid=${ARTICLE}&documentId=x`,
      '/thads-history/versions/1',
      '/thads-history/audit',
      '/thads-history/audit.csv',
    ])
      expect([path, (await getJson(cms.baseUrl, path)).status]).toEqual([path, 401]);
    for (const path of ['/api/audit-entries', '/api/content-versions'])
      expect([path, (await getJson(cms.baseUrl, path)).status]).toEqual([path, 404]);
  });
});
