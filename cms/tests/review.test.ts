import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, signedInAdmin } from './support/admin';
import { imageWithoutAlt } from './support/documents';
import { startCms, type TestCms } from './support/strapi';

const ARTICLES = '/content-manager/collection-types/api::article.article';
let cms: TestCms;
const tokens: Record<'author' | 'otherAuthor' | 'editor', string> = { author: '', otherAuthor: '', editor: '' };

const admin = (who: keyof typeof tokens, method: string, path: string, body?: unknown) =>
  adminRequest(cms, tokens[who], method, path, body);
const review = (who: keyof typeof tokens, documentId: string, action: 'submit' | 'return', body?: unknown) =>
  admin(who, 'POST', `/thads-review/articles/${documentId}/${action}`, body ?? {});

type Status = { state: string | null; comment: string | null; mayPublish: boolean; maySubmit: boolean };
const status = async (who: keyof typeof tokens, documentId: string): Promise<Status> => {
  const response = await admin(who, 'GET', `/thads-review/articles/${documentId}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Status }).data;
};
const waiting = async (): Promise<string[]> => {
  const response = await admin('editor', 'GET', '/thads-review/waiting');
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Array<{ documentId: string }> }).data.map((entry) => entry.documentId);
};
const auditActions = async (documentId: string) =>
  (
    (await cms.strapi.db.query('api::audit-entry.audit-entry').findMany({
      where: { targetDocumentId: documentId, action: { $in: ['submitted', 'returned'] } },
      orderBy: { id: 'asc' },
    })) as Array<{ action: string; userName: string; details: { comment?: string } | null }>
  ).map(({ action, userName, details }) => ({ action, userName, comment: details?.comment }));
const errorMessage = async (response: Response) =>
  ((await response.json()) as { error: { message: string } }).error.message;

async function authorsDraft(title: string): Promise<string> {
  const created = await admin('author', 'POST', ARTICLES, { title });
  expect(created.status).toBe(201);
  return ((await created.json()) as { data: { documentId: string } }).data.documentId;
}

beforeAll(async () => {
  cms = await startCms();
  tokens.author = await signedInAdmin(cms, 'strapi-author', 'tac-gia-duyet@thads.example.gov.vn');
  tokens.otherAuthor = await signedInAdmin(cms, 'strapi-author', 'tac-gia-khac@thads.example.gov.vn');
  tokens.editor = await signedInAdmin(cms, 'strapi-editor', 'bien-tap-duyet@thads.example.gov.vn');
});
afterAll(async () => {
  await cms?.stop();
});

describe('submit for review', () => {
  it('the Author submits; an Editor finds it waiting and sends it back with a comment the Author reads', async () => {
    const documentId = await authorsDraft('Bài chờ duyệt của tác giả');
    expect(await status('author', documentId)).toEqual({
      state: null,
      comment: null,
      mayPublish: false,
      maySubmit: true,
      mayReturn: false,
      imagesWithoutAlt: [],
    });

    expect((await review('author', documentId, 'submit')).status).toBe(200);
    expect(await waiting()).toEqual([documentId]);
    expect(await status('editor', documentId)).toMatchObject({ state: 'submitted', mayPublish: true, mayReturn: true });

    const returned = await review('editor', documentId, 'return', { comment: '  Bổ sung ảnh và nguồn tin.  ' });
    expect(returned.status).toBe(200);
    expect(await waiting()).toEqual([]);
    expect(await status('author', documentId)).toMatchObject({
      state: 'returned',
      comment: 'Bổ sung ảnh và nguồn tin.',
      maySubmit: true,
    });
    // The edit view shows the same (read-only fields).
    const seen = await admin('author', 'GET', `${ARTICLES}/${documentId}`);
    expect(((await seen.json()) as { data: Record<string, unknown> }).data).toMatchObject({
      reviewState: 'returned',
      reviewComment: 'Bổ sung ảnh và nguồn tin.',
    });
    expect(await auditActions(documentId)).toEqual([
      { action: 'submitted', userName: 'tac-gia-duyet Kiểm thử', comment: undefined },
      { action: 'returned', userName: 'bien-tap-duyet Kiểm thử', comment: 'Bổ sung ảnh và nguồn tin.' },
    ]);
  });

  it('a save from the edit view keeps the review state its form loaded; only the review routes change it', async () => {
    const documentId = await authorsDraft('Bài tác giả tự đặt trạng thái');
    const saved = await admin('author', 'PUT', `${ARTICLES}/${documentId}`, {
      title: 'Bài tác giả tự đặt trạng thái (sửa)',
      reviewState: 'returned',
      reviewComment: 'Tự duyệt',
    });
    expect(saved.status).toBe(200);
    expect(await status('author', documentId)).toMatchObject({ state: null, comment: null });

    expect((await review('author', documentId, 'submit')).status).toBe(200);
    const resaved = await admin('author', 'PUT', `${ARTICLES}/${documentId}`, { title: 'Sửa tiếp', reviewState: null });
    expect(resaved.status).toBe(200);
    expect(await status('author', documentId)).toMatchObject({ state: 'submitted' });

    const configuration = await admin(
      'author',
      'GET',
      '/content-manager/content-types/api::article.article/configuration',
    );
    const { metadatas } = (
      (await configuration.json()) as {
        data: { contentType: { metadatas: Record<string, { edit: { editable?: boolean } }> } };
      }
    ).data.contentType;
    expect([metadatas.reviewState?.edit.editable, metadatas.reviewComment?.edit.editable]).toEqual([false, false]);
  });

  it('only the writer submits, once; only Editors send back, with a comment, what is waiting', async () => {
    const documentId = await authorsDraft('Bài kiểm tra quy tắc duyệt');
    const byOther = await review('otherAuthor', documentId, 'submit');
    expect(byOther.status).toBe(403);
    expect(await errorMessage(byOther)).toMatch(/Chỉ người viết bài/);
    expect((await review('editor', documentId, 'submit')).status).toBe(403);

    expect((await review('editor', documentId, 'return', { comment: 'Chưa gửi' })).status).toBe(409);
    expect((await review('author', documentId, 'submit')).status).toBe(200);
    expect((await review('author', documentId, 'submit')).status).toBe(409);

    const byAuthor = await review('author', documentId, 'return', { comment: 'Tự trả lại' });
    expect(byAuthor.status).toBe(403);
    expect(await errorMessage(byAuthor)).toMatch(/Chỉ biên tập viên/);
    expect((await admin('author', 'GET', '/thads-review/waiting')).status).toBe(403);
    for (const body of [{}, { comment: '   ' }, { comment: 42 }, { comment: 'x'.repeat(2001) }]) {
      const refused = await review('editor', documentId, 'return', body);
      expect(refused.status).toBe(400);
      expect(await errorMessage(refused)).toMatch(/Hãy ghi lý do|dài quá/);
    }
    expect((await admin('editor', 'GET', '/thads-review/articles/khong-co-bai-nay')).status).toBe(404);
    expect(await status('editor', documentId)).toMatchObject({ state: 'submitted', comment: null });
  });

  it('publishing ends the review, and the review never reaches the public API', async () => {
    const documentId = await authorsDraft('Bài được xuất bản sau khi duyệt');
    expect((await review('author', documentId, 'submit')).status).toBe(200);
    expect((await review('editor', documentId, 'return', { comment: 'Sửa sa-pô' })).status).toBe(200);
    expect((await review('author', documentId, 'submit')).status).toBe(200);
    expect(await status('author', documentId)).toMatchObject({ state: 'submitted', comment: null });

    expect((await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
    const rows = await cms.strapi.db
      .query('api::article.article')
      .findMany({ where: { documentId }, select: ['reviewState', 'reviewComment'] });
    expect(rows).toEqual([
      { reviewState: null, reviewComment: null },
      { reviewState: null, reviewComment: null },
    ]);
    const publicRead = await fetch(`${cms.baseUrl}/api/articles?filters[documentId][$eq]=${documentId}`);
    const { data } = (await publicRead.json()) as { data: Array<Record<string, unknown>> };
    expect(data).toHaveLength(1);
    expect(Object.keys(data[0] ?? {})).toContain('title');
    expect(Object.keys(data[0] ?? {}).filter((key) => key.startsWith('review'))).toEqual([]);
    // Anyone signed out gets no review route at all.
    expect((await fetch(`${cms.baseUrl}/thads-review/articles/${documentId}`)).status).toBe(401);
  });

  it('refuses "Gửi duyệt" while an image lacks alt text, names each one, and lets the writer describe it there', async () => {
    const cover = await imageWithoutAlt(cms, 'anh-bia-chua-mo-ta.jpg');
    const inline = await imageWithoutAlt(cms, 'anh-trong-bai.jpg');
    // A body image block carries a whole copy of its file, as the admin's editor inserts it.
    const inlineFile = (await cms.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { id: inline.id } })) as Record<string, unknown>;
    const created = await admin('author', 'POST', ARTICLES, {
      title: 'Bài có ảnh chưa mô tả',
      cover: cover.id,
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Mở đầu.' }] },
        { type: 'image', image: { ...inlineFile, alternativeText: null }, children: [{ type: 'text', text: '' }] },
      ],
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

    type Missing = { where: string; fileId: number; name: string };
    const panel = async () =>
      (
        (await (await admin('author', 'GET', `/thads-review/articles/${documentId}`)).json()) as {
          data: { imagesWithoutAlt: Missing[] };
        }
      ).data.imagesWithoutAlt;
    expect(await panel()).toEqual([
      { where: 'cover', fileId: cover.id, name: cover.name, url: cover.url },
      { where: 'body', fileId: inline.id, name: inline.name, url: inline.url },
    ]);
    const refusedSubmit = await review('author', documentId, 'submit');
    expect(refusedSubmit.status).toBe(400);
    expect(await errorMessage(refusedSubmit)).toMatch(
      /^Chưa gửi duyệt được: cần mô tả thay thế \(alt\) cho ảnh đại diện "anh-bia-chua-mo-ta.jpg", ảnh trong nội dung "anh-trong-bai.jpg"/,
    );
    expect((await status('editor', documentId)).state).toBeNull();

    const describe = (fileId: number, alt: string, who: keyof typeof tokens = 'author') =>
      admin(who, 'POST', `/thads-review/articles/${documentId}/images/${fileId}/alt`, { alt });
    // Only the images of this article, only by whoever may edit it, and not empty.
    const stranger = await imageWithoutAlt(cms, 'anh-bai-khac.jpg');
    expect((await describe(stranger.id, 'Ảnh bài khác')).status).toBe(404);
    expect((await describe(cover.id, 'Ảnh bìa', 'otherAuthor')).status).toBe(403);
    expect((await describe(cover.id, '   ')).status).toBe(400);
    expect((await describe(cover.id, 'Quang cảnh hội nghị tổng kết')).status).toBe(200);
    expect((await panel()).map((image) => image.name)).toEqual(['anh-trong-bai.jpg']);
    expect((await describe(inline.id, 'Lãnh đạo Cục trao giấy khen')).status).toBe(200);
    expect(await panel()).toEqual([]);
    expect((await review('author', documentId, 'submit')).status).toBe(200);

    // Published, the body carries the file's text the site reads, not the empty copy the block was made with.
    expect((await admin('editor', 'POST', `${ARTICLES}/${documentId}/actions/publish`, {})).status).toBe(200);
    const published = (await (
      await fetch(`${cms.baseUrl}/api/articles?filters[documentId][$eq]=${documentId}`)
    ).json()) as {
      data: Array<{ body: Array<{ type: string; image?: { alternativeText: string | null } }> }>;
    };
    expect(published.data[0]!.body.find((block) => block.type === 'image')?.image?.alternativeText).toBe(
      'Lãnh đạo Cục trao giấy khen',
    );
  });
});
