import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, signedInAdmin } from './support/admin';
import { imageWithoutAlt, newArticle } from './support/documents';
import { startSeededCms, type TestCms } from './support/strapi';

const ARTICLES = '/content-manager/collection-types/api::article.article';
let cms: TestCms;
const tokens: Record<'author' | 'editor' | 'admin', string> = { author: '', editor: '', admin: '' };

const admin = (who: keyof typeof tokens, method: string, path: string, body?: unknown) =>
  adminRequest(cms, tokens[who], method, path, body);

beforeAll(async () => {
  cms = await startSeededCms(0);
  // Of Phú Thọ, which absorbed Vĩnh Phúc: the seeded article, its author and themes are within their reach.
  tokens.author = await signedInAdmin(cms, 'strapi-author', 'tac-gia-ux@thads.example.gov.vn', { agency: 'phutho' });
  tokens.editor = await signedInAdmin(cms, 'strapi-editor', 'bien-tap-ux@thads.example.gov.vn', { agency: 'phutho' });
  tokens.admin = await signedInAdmin(cms, 'strapi-super-admin', 'quan-tri-ux@thads.example.gov.vn');
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

type EditorConfiguration = {
  data: {
    contentType: {
      settings: { defaultSortBy: string; defaultSortOrder: string };
      metadatas: Record<
        string,
        { edit: { label: string; description: string; visible: boolean }; list: { label: string } }
      >;
      layouts: { list: string[] };
    };
    components: Record<
      string,
      { metadatas: Record<string, { edit: { label: string; description: string; visible: boolean } }> }
    >;
  };
};

const configuration = async (uid: string) => {
  const response = await admin('editor', 'GET', `/content-manager/content-types/${uid}/configuration`);
  expect(response.status).toBe(200);
  return ((await response.json()) as EditorConfiguration).data;
};

describe('the content manager speaks Vietnamese', () => {
  it.each([
    'api::article.article',
    'api::author.author',
    'api::campaign-theme.campaign-theme',
    'api::category.category',
    'api::agency.agency',
    'api::unit.unit',
    'api::agency-profile.agency-profile',
    'api::leader.leader',
    'api::question.question',
  ])('labels and explains every field of %s, and of its components', async (uid) => {
    const { contentType, components } = await configuration(uid);
    const models = [
      { uid, metadatas: contentType.metadatas },
      ...Object.entries(components).map(([component, { metadatas }]) => ({ uid: component, metadatas })),
    ];
    const fields = models.flatMap(({ uid: model, metadatas }) =>
      Object.keys(
        (
          cms.strapi.contentTypes[model as keyof typeof cms.strapi.contentTypes] ??
          cms.strapi.components[model as keyof typeof cms.strapi.components]
        ).attributes,
      )
        .filter(
          (field) =>
            !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(
              field,
            ),
        )
        .map((field) => ({ model, field, edit: metadatas[field]?.edit })),
    );
    expect(fields.length).toBeGreaterThan(3);
    // Fields hidden from editors (e.g. `searchText`) need no label.
    const untranslated = fields.filter(
      ({ field, edit }) =>
        !edit || (edit.label === field && edit.visible !== false) || (!edit.description && edit.visible !== false),
    );
    expect(untranslated.map(({ model, field }) => `${model}.${field}`)).toEqual([]);
    // One label serves every admin language: "Tiêu đề (Title)".
    const withoutEnglish = fields.filter(
      ({ edit }) => edit?.visible !== false && !/^[^()]+ \([^()]+\)$/.test(edit?.label ?? ''),
    );
    expect(withoutEnglish.map(({ model, field, edit }) => `${model}.${field}: ${edit?.label}`)).toEqual([]);
  });

  it('lists articles last edited first with title, agency, category, authors, date, review state and schedule', async () => {
    const { contentType } = await configuration('api::article.article');
    expect(contentType.settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
    // The schedule shows in the review column's cells (admin/list-cells.tsx): the list fits 1280 px.
    expect(contentType.layouts.list).toEqual(['title', 'agency', 'category', 'authors', 'date', 'reviewState']);
    expect(contentType.metadatas.title?.edit.label).toBe('Tiêu đề (Title)');
    // A list's headers do not wrap: the Vietnamese word alone.
    expect(contentType.metadatas.title?.list.label).toBe('Tiêu đề');
    expect(contentType.metadatas.campaignThemes?.list.label).toBe('Phong trào thi đua');
  });

  it("puts a new draft, which has no date until published, at the top of the list's default order", async () => {
    const { settings } = (await configuration('api::article.article')).contentType;
    const created = await admin('author', 'POST', ARTICLES, { title: 'Bản nháp vừa viết, chưa có ngày' });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    // The query the list view sends for its default order.
    const listed = await admin(
      'editor',
      'GET',
      `${ARTICLES}?page=1&pageSize=10&sort=${settings.defaultSortBy}:${settings.defaultSortOrder}`,
    );
    expect(listed.status).toBe(200);
    const { results } = (await listed.json()) as { results: Array<{ documentId: string; date: string | null }> };
    expect(results[0]).toMatchObject({ documentId, date: null });
  });

  it('keeps a label an editor changed in the admin at the next start', async () => {
    const uid = 'api::category.category';
    const { settings, layouts, metadatas } = (await configuration(uid)).contentType;
    const name = metadatas.name;
    expect(name).toBeDefined();
    if (!name) return;
    const saved = await admin('admin', 'PUT', `/content-manager/content-types/${uid}/configuration`, {
      settings,
      layouts,
      // As the admin sends it: the list view's `mainField` is derived, not stored.
      metadatas: Object.fromEntries(
        Object.entries({
          ...metadatas,
          name: { ...name, edit: { ...name.edit, label: 'Tên chuyên mục (sửa tay)' } },
        }).map(([field, { edit, list }]) => [field, { edit, list: { ...list, mainField: undefined } }]),
      ),
    });
    expect(saved.status).toBe(200);

    const { applyContentManagerTexts } = cms.appModule<
      typeof import('../src/admin-config/apply-content-manager-texts')
    >('src/admin-config/apply-content-manager-texts.js');
    await applyContentManagerTexts(cms.strapi);
    const after = (await configuration(uid)).contentType.metadatas;
    expect(after.name?.edit.label).toBe('Tên chuyên mục (sửa tay)');
    expect(after.slug?.edit.label).toBe('Đường dẫn (Slug)');
  });
});

describe('an installation from before the schedule columns were listed with the other texts', () => {
  it("gets the new article columns: the former ones were not an editor's but the scheduling module's", async () => {
    const key = 'configuration_content_types::api::article.article';
    const store = cms.strapi.store({ type: 'plugin', name: 'content_manager' });
    const appliedStore = cms.strapi.store({ type: 'core', name: 'thads' });
    const formerlyApplied = ['date', 'title', 'category', 'authors', 'reviewState'];
    const stored = (await store.get({ key })) as { layouts: { list: string[] } };
    await store.set({
      key,
      value: { ...stored, layouts: { ...stored.layouts, list: [...formerlyApplied, 'publishAt', 'scheduleError'] } },
    });
    const applied = (await appliedStore.get({ key: 'content-manager-texts' })) as Record<string, unknown>;
    await appliedStore.set({
      key: 'content-manager-texts',
      value: { ...applied, 'content_types::api::article.article:layouts.list': formerlyApplied },
    });

    const { applyContentManagerTexts } = cms.appModule<
      typeof import('../src/admin-config/apply-content-manager-texts')
    >('src/admin-config/apply-content-manager-texts.js');
    await applyContentManagerTexts(cms.strapi);
    expect((await configuration('api::article.article')).contentType.layouts.list).toEqual([
      'title',
      'agency',
      'category',
      'authors',
      'date',
      'reviewState',
    ]);
  });
});

describe('alternative text before publishing', () => {
  const file = (name: string) => imageWithoutAlt(cms, name);

  it('refuses to publish an article whose images lack it, naming them, and publishes once they have it', async () => {
    const cover = await file('anh-bia-hoi-nghi.jpg');
    const inline = await file('anh-trong-bai.jpg');
    const created = await admin('editor', 'POST', ARTICLES, {
      title: 'Hội nghị tập huấn nghiệp vụ',
      cover: cover.id,
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Toàn cảnh hội nghị.' }] },
        { type: 'image', image: { ...inline, alternativeText: null }, children: [{ type: 'text', text: '' }] },
      ],
    });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

    const refused = await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { message: string } };
    expect(error.message).toContain('ảnh đại diện "anh-bia-hoi-nghi.jpg"');
    expect(error.message).toContain('ảnh trong nội dung "anh-trong-bai.jpg"');
    expect(error.message).toContain('alternative text');
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId, status: 'published' })).toBeNull();

    for (const { id } of [cover, inline])
      await cms.strapi.db
        .query('plugin::upload.file')
        .update({ where: { id }, data: { alternativeText: 'Toàn cảnh hội nghị tập huấn' } });
    const published = await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});
    expect(published.status).toBe(200);
  });

  it('refuses a save that publishes at once, through the Document Service', async () => {
    const cover = await file('anh-bia-khong-mo-ta.jpg');
    await expect(
      cms.strapi.documents('api::article.article').create({
        data: newArticle({ title: 'Bài đăng ngay', cover: cover.id }),
        status: 'published',
      }),
    ).rejects.toThrow(/anh-bia-khong-mo-ta\.jpg/u);
  });
});

describe('searching the admin article list without diacritics', () => {
  const search = async (query: string) => {
    const response = await admin('editor', 'GET', `${ARTICLES}?page=1&pageSize=50&_q=${encodeURIComponent(query)}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { results: Array<{ documentId: string; title: string }> }).results;
  };

  it('finds "Tập huấn" drafts when typed "tap huan", and not what does not match', async () => {
    const created = await admin('editor', 'POST', ARTICLES, { title: 'Lớp TẬP HUẤN nghiệp vụ thi hành án' });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    expect((await search('tap huan')).map((article) => article.documentId)).toContain(documentId);
    expect((await search('Tập huấn')).map((article) => article.documentId)).toContain(documentId);
    expect(await search('tap huan khong co bai nay')).toEqual([]);
  });

  it('finds articles written before the folded copy existed, once the CMS has started', async () => {
    const created = await admin('editor', 'POST', ARTICLES, { title: 'Kiểm tra đột xuất ở Bình Xuyên' });
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    await cms.strapi.db.query('api::article.article').updateMany({ where: { documentId }, data: { searchText: null } });
    expect(await search('dot xuat o binh xuyen')).toEqual([]);
    const { backfillSearchText } = cms.appModule<typeof import('../src/document-middlewares/folded-search')>(
      'src/document-middlewares/folded-search.js',
    );
    await backfillSearchText(cms.strapi);
    expect((await search('dot xuat o binh xuyen')).map((article) => article.documentId)).toEqual([documentId]);
  });
});
