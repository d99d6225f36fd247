import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignAgency, signedInAdmin } from './support/admin';
import { getJson } from './support/api';
import { newArticle } from './support/documents';
import { startSeededCms, type TestCms } from './support/strapi';

// Editors scoped to their agency (issue 19 §3), through the admin's own HTTP routes as the admin panel calls them:
// an editor of Phú Thọ is refused, with no effect, on every action on a Hà Nội document, and succeeds on a Vĩnh Phúc
// one (Vĩnh Phúc was merged into Phú Thọ).

const ARTICLE = 'api::article.article';
const ARTICLES = `/content-manager/collection-types/${ARTICLE}`;
const CATEGORIES = '/content-manager/collection-types/api::category.category';
const AGENCIES = '/content-manager/collection-types/api::agency.agency';
type Who = 'editorPT' | 'authorPT' | 'central' | 'boss';
const tokens = {} as Record<Who, string>;
let cms: TestCms;
const ids = { hanoi: '', hanoiAuthor: '', vinhphuc: '', vinhphucSpare: '', phutho: '', centralTheme: '' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
async function admin(who: Who, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return getJson(cms.baseUrl, path, {
    method,
    headers: { Authorization: `Bearer ${tokens[who]}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A value with its object keys sorted, so two reads of the same rows compare equal whatever the database's order. */
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
        )
      : value;

/** Every row of a document as the database holds it: what a refused request must leave exactly as it was. */
const rowsOf = async (documentId: string, uid: UID.ContentType = ARTICLE) =>
  JSON.stringify(
    sorted(
      await cms.strapi.db.query(uid).findMany({
        where: { documentId },
        orderBy: { id: 'asc' },
        populate: { authors: { select: ['documentId'] }, campaignThemes: { select: ['documentId'] } },
      }),
    ),
  );

const create = async (data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
  (
    await cms.strapi
      .documents(ARTICLE)
      .create({ data: newArticle(data as Parameters<typeof newArticle>[0]), status } as never)
  ).documentId;

beforeAll(async () => {
  cms = await startSeededCms(3);
  const { strapi } = cms;
  const idOf = async (uid: UID.ContentType, where: Record<string, unknown>) =>
    ((await strapi.db.query(uid).findOne({ where, select: ['documentId'] })) as { documentId: string }).documentId;
  ids.vinhphuc = await idOf(ARTICLE, { agency: 'vinhphuc', isSample: false });
  ids.centralTheme = await idOf('api::campaign-theme.campaign-theme', { agency: 'trunguong' });
  ids.hanoiAuthor = (
    await strapi
      .documents('api::author.author')
      .create({ data: { name: 'Tác giả Hà Nội kiểm thử', agency: 'hanoi' } as never, status: 'published' })
  ).documentId;
  ids.hanoi = await create({ title: 'Tin Hà Nội kiểm thử phạm vi', agency: 'hanoi', authors: [ids.hanoiAuthor] });
  // Authors a Vĩnh Phúc article may be given: one of Vĩnh Phúc's own, one of the central department's.
  for (const [name, agency] of [
    ['Phóng viên Vĩnh Phúc kiểm thử', 'vinhphuc'],
    ['Phóng viên của Cục kiểm thử', 'trunguong'],
  ])
    await strapi.documents('api::author.author').create({ data: { name, agency } as never, status: 'published' });
  ids.vinhphucSpare = await create({ title: 'Tin lưu trữ Vĩnh Phúc để xoá', agency: 'vinhphuc' });
  tokens.editorPT = await signedInAdmin(cms, 'strapi-editor', 'bien-tap-phu-tho@thads.example.gov.vn', {
    agency: 'phutho',
  });
  tokens.authorPT = await signedInAdmin(cms, 'strapi-author', 'tac-gia-phu-tho@thads.example.gov.vn', {
    agency: 'phutho',
  });
  tokens.central = await signedInAdmin(cms, 'strapi-editor', 'bien-tap-cuc@thads.example.gov.vn', {
    agency: 'trunguong',
    grants: ['hanoi'],
  });
  tokens.boss = await signedInAdmin(cms, 'strapi-super-admin', 'quan-tri-cuc@thads.example.gov.vn');
});
afterAll(async () => {
  await cms?.stop();
});

describe('an editor of Phú Thọ in the content manager', () => {
  it('lists Phú Thọ’s documents and those of the agencies merged into it, never Hà Nội’s', async () => {
    const list = await admin('editorPT', 'GET', `${ARTICLES}?page=1&pageSize=100`);
    expect(list.status).toBe(200);
    const agencies = new Set((list.body.results as Array<{ agency: string }>).map((row) => row.agency));
    const documentIds = (list.body.results as Array<{ documentId: string }>).map((row) => row.documentId);
    expect(documentIds).toContain(ids.vinhphuc);
    expect(documentIds).not.toContain(ids.hanoi);
    expect([...agencies].sort()).toEqual(['phutho', 'vinhphuc']);
    expect(list.body.pagination.total).toBe(list.body.results.length);
  });

  const actions: Array<[string, string, (documentId: string) => string, unknown?]> = [
    ['reads', 'GET', (id) => `${ARTICLES}/${id}`],
    ['edits', 'PUT', (id) => `${ARTICLES}/${id}`, { title: 'Sửa bởi biên tập viên Phú Thọ' }],
    ['unpublishes', 'POST', (id) => `${ARTICLES}/${id}/actions/unpublish`, {}],
    ['publishes', 'POST', (id) => `${ARTICLES}/${id}/actions/publish`, {}],
    ['reads the relations of', 'GET', (id) => `/content-manager/relations/${ARTICLE}/${id}/authors`],
    ['reads the versions of', 'GET', (id) => `/thads-history/versions?uid=${ARTICLE}&documentId=${id}`],
    ['opens a preview of', 'GET', (id) => `/content-manager/preview/url/${ARTICLE}?documentId=${id}&status=draft`],
    ['sends back', 'POST', (id) => `/thads-review/articles/${id}/return`, { comment: 'Chưa đạt' }],
    ['discards the draft of', 'POST', (id) => `${ARTICLES}/${id}/actions/discard`, {}],
    ['clones', 'POST', (id) => `${ARTICLES}/clone/${id}`, { title: 'Bản sao' }],
  ];
  for (const [verb, method, path, body] of actions) {
    it(`is refused when it ${verb} a Hà Nội article, which stays as it was, and not on a Vĩnh Phúc one`, async () => {
      const before = await rowsOf(ids.hanoi);
      const refused = await admin('editorPT', method, path(ids.hanoi), body);
      expect(refused.status).toBe(403);
      expect(String(refused.body.error?.message)).toMatch(/Thi hành án dân sự thành phố Hà Nội|cơ quan khác/);
      expect(await rowsOf(ids.hanoi)).toBe(before);
      const allowed = await admin('editorPT', method, path(ids.vinhphuc), body);
      // Sending back needs a submitted draft: a 409 says the agency check was passed.
      expect([200, 201, 409]).toContain(allowed.status);
    });
  }

  it('is refused a bulk action naming a Hà Nội article, whole, with no effect on either', async () => {
    for (const action of ['bulkUnpublish', 'bulkPublish', 'bulkDelete']) {
      const hanoi = await rowsOf(ids.hanoi);
      const vinhphuc = await rowsOf(ids.vinhphucSpare);
      const refused = await admin('editorPT', 'POST', `${ARTICLES}/actions/${action}`, {
        documentIds: [ids.vinhphucSpare, ids.hanoi],
      });
      expect(refused.status).toBe(403);
      expect(await rowsOf(ids.hanoi)).toBe(hanoi);
      expect(await rowsOf(ids.vinhphucSpare)).toBe(vinhphuc);
    }
  });

  it('deletes a Vĩnh Phúc article, never a Hà Nội one', async () => {
    const before = await rowsOf(ids.hanoi);
    expect((await admin('editorPT', 'DELETE', `${ARTICLES}/${ids.hanoi}`)).status).toBe(403);
    expect(await rowsOf(ids.hanoi)).toBe(before);
    expect((await admin('editorPT', 'DELETE', `${ARTICLES}/${ids.vinhphucSpare}`)).status).toBe(200);
    expect(await cms.strapi.db.query(ARTICLE).count({ where: { documentId: ids.vinhphucSpare } })).toBe(0);
  });

  it('creates in Phú Thọ by default or in an agency merged into it, and is refused another agency', async () => {
    const own = await admin('editorPT', 'POST', ARTICLES, { title: 'Bài của Phú Thọ' });
    expect(own.status).toBe(201);
    expect(own.body.data.agency).toBe('phutho');
    const merged = await admin('editorPT', 'POST', ARTICLES, { title: 'Đính chính lưu trữ', agency: 'vinhphuc' });
    expect(merged.status).toBe(201);
    expect(merged.body.data.agency).toBe('vinhphuc');
    const other = await admin('editorPT', 'POST', ARTICLES, { title: 'Bài lạc sang Hà Nội', agency: 'hanoi' });
    expect(other.status).toBe(403);
    expect(await cms.strapi.db.query(ARTICLE).count({ where: { title: 'Bài lạc sang Hà Nội' } })).toBe(0);
    ids.phutho = own.body.data.documentId as string;
  });

  it('cannot move a document to another agency', async () => {
    const before = await rowsOf(ids.vinhphuc);
    const moved = await admin('editorPT', 'PUT', `${ARTICLES}/${ids.vinhphuc}`, { agency: 'phutho' });
    expect(moved.status).toBe(403);
    expect(String(moved.body.error?.message)).toMatch(/không chuyển được/i);
    expect(await rowsOf(ids.vinhphuc)).toBe(before);
  });

  it('relates a document only within its agency, the agencies merged into it and the central department', async () => {
    const before = await rowsOf(ids.vinhphuc);
    const foreign = await admin('editorPT', 'PUT', `${ARTICLES}/${ids.vinhphuc}`, {
      authors: { connect: [{ documentId: ids.hanoiAuthor }] },
    });
    expect(foreign.status).toBe(400);
    expect(String(foreign.body.error?.message)).toContain('Hà Nội');
    expect(await rowsOf(ids.vinhphuc)).toBe(before);
    const national = await admin('editorPT', 'PUT', `${ARTICLES}/${ids.phutho}`, {
      campaignThemes: { connect: [{ documentId: ids.centralTheme }] },
    });
    expect(national.status).toBe(200);
  });

  it("picks authors among those a Vĩnh Phúc article may be related to, never Hà Nội's", async () => {
    const picker = await admin(
      'editorPT',
      'GET',
      `/content-manager/relations/${ARTICLE}/authors?id=${ids.vinhphuc}&pageSize=100`,
    );
    expect(picker.status).toBe(200);
    const offered = (picker.body.results as Array<{ documentId: string }>).map((row) => row.documentId);
    expect(offered).not.toContain(ids.hanoiAuthor);
    const agencies = (await cms.strapi.db.query('api::author.author').findMany({
      where: { documentId: { $in: offered } },
      select: ['agency'],
    })) as Array<{ agency: string }>;
    expect([...new Set(agencies.map(({ agency }) => agency))].sort()).toEqual(['trunguong', 'vinhphuc']);
  });

  it('may not edit the national categories, which the central department edits', async () => {
    const category = (await cms.strapi.db.query('api::category.category').findOne({ where: {} })) as {
      documentId: string;
    };
    const before = await rowsOf(category.documentId, 'api::category.category');
    const refused = await admin('editorPT', 'PUT', `${CATEGORIES}/${category.documentId}`, { description: 'Phú Thọ' });
    expect(refused.status).toBe(403);
    expect(await rowsOf(category.documentId, 'api::category.category')).toBe(before);
    expect(
      (await admin('central', 'PUT', `${CATEGORIES}/${category.documentId}`, { description: 'Mục chung' })).status,
    ).toBe(200);
  });

  it("reads only its agencies' entries of the audit trail", async () => {
    // The central editor acts on Hà Nội's article: an entry of Hà Nội.
    expect((await admin('central', 'PUT', `${ARTICLES}/${ids.hanoi}`, { lead: 'Cục sửa' })).status).toBe(200);
    const trail = await admin('editorPT', 'GET', '/thads-history/audit?pageSize=100');
    expect(trail.status).toBe(200);
    const agencies = new Set((trail.body.data as Array<{ agency: string | null }>).map((entry) => entry.agency));
    expect(agencies.has('hanoi')).toBe(false);
    expect(agencies.has('phutho')).toBe(true);
    const all = await admin('boss', 'GET', '/thads-history/audit?pageSize=100&agency=hanoi');
    expect((all.body.data as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('an Author of Phú Thọ', () => {
  it('edits their own articles only, within Phú Thọ', async () => {
    const own = await admin('authorPT', 'POST', ARTICLES, { title: 'Bài của tác giả Phú Thọ' });
    expect(own.status).toBe(201);
    expect(own.body.data.agency).toBe('phutho');
    expect(
      (await admin('authorPT', 'PUT', `${ARTICLES}/${own.body.data.documentId}`, { lead: 'Sửa bài của mình' })).status,
    ).toBe(200);
    // The editor's article of the same agency: "is creator" still holds, ANDed with the agency (not ORed).
    const before = await rowsOf(ids.phutho);
    expect((await admin('authorPT', 'PUT', `${ARTICLES}/${ids.phutho}`, { lead: 'Sửa bài người khác' })).status).toBe(
      403,
    );
    expect(await rowsOf(ids.phutho)).toBe(before);
  });
});

describe('a central editor granted Hà Nội', () => {
  it('acts for Hà Nội too, choosing the agency of a new document, and for no other agency', async () => {
    expect((await admin('central', 'GET', `${ARTICLES}/${ids.hanoi}`)).status).toBe(200);
    const created = await admin('central', 'POST', ARTICLES, { title: 'Cục viết cho Hà Nội', agency: 'hanoi' });
    expect(created.status).toBe(201);
    expect(created.body.data.agency).toBe('hanoi');
    expect((await admin('central', 'POST', ARTICLES, { title: 'Lạc', agency: 'hochiminh' })).status).toBe(403);
    expect((await admin('central', 'GET', `${ARTICLES}/${ids.vinhphuc}`)).status).toBe(403);
  });
});

describe('accounts', () => {
  it("names the account's agencies for the admin's pages", async () => {
    const me = await admin('editorPT', 'GET', '/thads-agencies/me');
    expect(me.status).toBe(200);
    expect(me.body.data.own).toBe('phutho');
    expect((me.body.data.agencies as Array<{ code: string }>).map((agency) => agency.code).sort()).toEqual([
      'hoabinh',
      'phutho',
      'vinhphuc',
    ]);
  });

  it('are assigned an agency by Super Admins only, and invited with one', async () => {
    const user = (await cms.strapi.db.query('admin::user').findOne({
      where: { email: 'tac-gia-phu-tho@thads.example.gov.vn' },
    })) as { id: number };
    expect((await admin('editorPT', 'POST', `/thads-agencies/accounts/${user.id}`, { agency: 'hanoi' })).status).toBe(
      403,
    );
    expect((await admin('boss', 'POST', `/thads-agencies/accounts/${user.id}`, { agency: 'nowhere' })).status).toBe(
      400,
    );
    const editorRole = (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as {
      id: number;
    };
    const invited = await admin('boss', 'POST', '/thads-agencies/invitations', {
      firstname: 'Biên tập',
      lastname: 'Hòa Bình',
      email: 'moi@thads.example.gov.vn',
      roles: [editorRole.id],
      agency: 'hanoi',
    });
    expect(invited.status).toBe(200);
    expect(invited.body.data.agency).toBe('hanoi');
    expect(invited.body.data.registrationToken).toMatch(/\w{10,}/);
    await assignAgency(cms, user.id, 'phutho');
  });
});

describe('agency codes', () => {
  it('are refused when equal to a first path word of the site, the CMS or nginx, or changed later', async () => {
    for (const code of ['api', 'admin', 'uploads', 'tin-tuc', 'co-quan', 'thads-history', 'Phu Tho']) {
      const refused = await admin('boss', 'POST', AGENCIES, { code, kind: 'province', name: `Thử ${code}`, order: 1 });
      expect(refused.status, code).toBe(400);
    }
    const phutho = (await cms.strapi.db.query('api::agency.agency').findOne({ where: { code: 'phutho' } })) as {
      documentId: string;
    };
    const renamed = await admin('boss', 'PUT', `${AGENCIES}/${phutho.documentId}`, { code: 'phu-tho' });
    expect(renamed.status).toBe(400);
    expect(String(renamed.body.error?.message)).toMatch(/không đổi được/);
  });
});

describe('the Media Library, per agency', () => {
  // A real 1×1 PNG: the upload content check accepts it.
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  type File = { id: number; name: string; folderPath: string };
  const upload = async (who: Who, name: string, folder?: number) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), name);
    if (folder !== undefined) form.append('fileInfo', JSON.stringify({ name, folder }));
    const response = await fetch(`${cms.baseUrl}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens[who]}` },
      body: form,
    });
    return { status: response.status, files: response.ok ? ((await response.json()) as File[]) : [] };
  };
  const folderOf = async (name: string) =>
    (await cms.strapi.db.query('plugin::upload.folder').findOne({ where: { name } })) as { id: number; path: string };
  const fileRow = async (id: number) =>
    JSON.stringify(await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id } }));

  it("keeps each agency's files in its own root folder, and an editor out of the others'", async () => {
    const phutho = await folderOf('Thi hành án dân sự tỉnh Phú Thọ');
    const hanoi = await folderOf('Thi hành án dân sự thành phố Hà Nội');
    const own = await upload('editorPT', 'anh-phu-tho.png');
    expect(own.status).toBe(201);
    // Uploaded without a folder: into the root folder of the editor's agency.
    expect(
      (await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: own.files[0]!.id } })).folderPath,
    ).toBe(phutho.path);
    const theirs = await upload('central', 'anh-ha-noi.png', hanoi.id);
    expect(theirs.status).toBe(201);
    const hanoiFile = theirs.files[0]!.id;

    // Into another agency's folder: refused, nothing stored.
    const before = await cms.strapi.db.query('plugin::upload.file').count({});
    expect((await upload('editorPT', 'lac.png', hanoi.id)).status).toBe(403);
    expect(await cms.strapi.db.query('plugin::upload.file').count({})).toBe(before);

    // Reading, changing, deleting or moving Hà Nội's file: refused, the file as it was.
    const kept = await fileRow(hanoiFile);
    for (const [method, path, body] of [
      ['GET', `/upload/files/${hanoiFile}`, undefined],
      ['DELETE', `/upload/files/${hanoiFile}`, undefined],
      ['POST', '/upload/actions/bulk-delete', { fileIds: [own.files[0]!.id, hanoiFile], folderIds: [] }],
      ['POST', '/upload/actions/bulk-move', { fileIds: [hanoiFile], folderIds: [], destinationFolderId: phutho.id }],
      [
        'POST',
        '/upload/actions/bulk-move',
        { fileIds: [own.files[0]!.id], folderIds: [], destinationFolderId: hanoi.id },
      ],
      ['POST', '/upload/folders', { name: 'Thư mục lạc', parent: hanoi.id }],
      ['POST', '/upload/folders', { name: 'Thư mục ở gốc', parent: null }],
      ['PUT', `/upload/folders/${phutho.id}`, { name: 'Đổi tên thư mục gốc' }],
    ] as const) {
      const response = await admin('editorPT', method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(await fileRow(hanoiFile)).toBe(kept);
    expect(await cms.strapi.db.query('plugin::upload.file').count({ where: { id: own.files[0]!.id } })).toBe(1);

    // Lists and the folder tree show Phú Thọ's (and its merged agencies') folders only.
    const files = await admin('editorPT', 'GET', '/upload/files?pageSize=100');
    expect(files.status).toBe(200);
    const ids = (files.body.results as File[]).map((file) => file.id);
    expect(ids).toContain(own.files[0]!.id);
    expect(ids).not.toContain(hanoiFile);
    const folders = await admin('editorPT', 'GET', '/upload/folders?pageSize=100');
    const names = (folders.body.data as Array<{ name: string }>).map((folder) => folder.name).sort();
    expect(names).toEqual(
      [
        'Cục Thi hành án dân sự tỉnh Hòa Bình',
        'Cục Thi hành án dân sự tỉnh Vĩnh Phúc',
        'Thi hành án dân sự tỉnh Phú Thọ',
      ].sort(),
    );
    const tree = await admin('editorPT', 'GET', '/upload/folder-structure');
    expect((tree.body.data as Array<{ name: string }>).map((folder) => folder.name).sort()).toEqual(names);
    // Moving within its own folders works.
    const sub = await admin('editorPT', 'POST', '/upload/folders', { name: 'Ảnh hội nghị', parent: phutho.id });
    expect(sub.status).toBe(201);
    const moved = await admin('editorPT', 'POST', '/upload/actions/bulk-move', {
      fileIds: [own.files[0]!.id],
      folderIds: [],
      destinationFolderId: sub.body.data.id,
    });
    expect(moved.status).toBe(200);
  });
});
