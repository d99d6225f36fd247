import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRequest, signedInAdmin } from './support/admin';
import { startCms, type TestCms } from './support/strapi';

// Draft preview: the admin's preview URL carries a short-lived token signed for one document and status; the CMS
// reads that document (draft included) for its holder only, privately, and nothing else.

const ARTICLES = '/content-manager/collection-types/api::article.article';
let cms: TestCms;
let editor = '';
let author = '';
let draftId = '';
let otherId = '';
let authorsDraftId = '';

type Token = typeof import('../src/preview/token');

async function previewUrl(token: string, uid: string, documentId: string, status = 'draft') {
  const response = await adminRequest(
    cms,
    token,
    'GET',
    `/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}`,
  );
  return {
    status: response.status,
    url: ((await response.json().catch(() => null)) as { data?: { url?: string } })?.data?.url,
  };
}

/** The CMS read behind a preview page: `/xem-truoc/<type>/<id>?token=` on the site is `/api/preview/<type>/<id>?token=`. */
const cmsReadOf = (url: string) =>
  `${cms.baseUrl}/api${new URL(url).pathname.replace('/xem-truoc', '/preview')}${new URL(url).search}`;

beforeAll(async () => {
  cms = await startCms();
  editor = await signedInAdmin(cms, 'strapi-editor', 'bien-tap-xem-truoc@thads.example.gov.vn');
  author = await signedInAdmin(cms, 'strapi-author', 'tac-gia-xem-truoc@thads.example.gov.vn');
  const create = async (token: string, title: string) =>
    (
      (await (await adminRequest(cms, token, 'POST', ARTICLES, { title, lead: `Tóm tắt: ${title}` })).json()) as {
        data: { documentId: string };
      }
    ).data.documentId;
  draftId = await create(editor, 'Dự thảo xem trước chưa từng xuất bản');
  otherId = await create(editor, 'Một dự thảo khác của biên tập viên');
  authorsDraftId = await create(author, 'Bài nháp riêng của tác giả');
});
afterAll(async () => {
  await cms?.stop();
});

describe('draft preview', () => {
  it('gives the editor a site URL whose token reads the never-published draft, privately', async () => {
    const { status, url } = await previewUrl(editor, 'api::article.article', draftId);
    expect(status).toBe(200);
    expect(url).toMatch(new RegExp(`^http://localhost:8080/xem-truoc/articles/${draftId}\\?token=[\\w-]+\\.[\\w-]+$`));
    const response = await fetch(cmsReadOf(url!));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-cache')).toBeNull();
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    const body = (await response.json()) as { data: Record<string, unknown>; meta: { status: string } };
    expect(body.data).toMatchObject({
      documentId: draftId,
      title: 'Dự thảo xem trước chưa từng xuất bản',
      publishedAt: null,
    });
    expect(body.meta.status).toBe('draft');
    // Private fields and admin users stay out, as in every public answer.
    expect(Object.keys(body.data)).not.toEqual(expect.arrayContaining(['publishAt']));
    expect(JSON.stringify(body)).not.toMatch(/createdBy|scheduleError|unpublishAt|publishAt/);
    // Without the token the draft is as unreachable as ever.
    const publicList = (await (
      await fetch(`${cms.baseUrl}/api/articles?filters[documentId][$eq]=${draftId}`)
    ).json()) as {
      data: unknown[];
    };
    expect(publicList.data).toEqual([]);
  });

  it('lets the admin frame the site, and only the site', async () => {
    const policy = (await fetch(`${cms.baseUrl}/_health`)).headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|;)\s*frame-src http:\/\/localhost:8080(;|$)/);
    expect(policy).toMatch(/(^|;)\s*frame-ancestors 'self'(;|$)/);
  });

  it('issues a new token each time the preview opens', async () => {
    const first = await previewUrl(editor, 'api::article.article', draftId);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await previewUrl(editor, 'api::article.article', draftId);
    expect(first.url).not.toBe(second.url);
  });

  it('refuses a forged, a tampered, an expired, a cross-document and a missing token with a clear 4xx', async () => {
    const { url } = await previewUrl(editor, 'api::article.article', draftId);
    const token = new URL(url!).searchParams.get('token')!;
    const [payload, signature] = token.split('.') as [string, string];
    const read = async (path: string) => {
      const response = await fetch(`${cms.baseUrl}/api/preview/${path}`);
      const body = (await response.json()) as { data: unknown; error?: { message: string } };
      expect(JSON.stringify(body)).not.toContain('Dự thảo');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      return { status: response.status, message: body.error?.message ?? '' };
    };

    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await read(`articles/${draftId}?token=${payload}.${flipped}`)).toMatchObject({ status: 403 });
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const tampered = Buffer.from(JSON.stringify({ ...claims, documentId: otherId })).toString('base64url');
    expect(await read(`articles/${otherId}?token=${tampered}.${signature}`)).toMatchObject({ status: 403 });
    // A genuine token for one document reads no other, nor another type.
    expect(await read(`articles/${otherId}?token=${token}`)).toMatchObject({
      status: 403,
      message: expect.stringContaining('tài liệu khác'),
    });
    expect(await read(`authors/${draftId}?token=${token}`)).toMatchObject({ status: 403 });

    const { issuePreviewToken } = cms.appModule<Token>('src/preview/token.js');
    const expired = issuePreviewToken(
      { uid: 'api::article.article', documentId: draftId, status: 'draft' },
      Date.now() - 11 * 60_000,
    );
    expect(await read(`articles/${draftId}?token=${expired}`)).toMatchObject({
      status: 401,
      message: expect.stringContaining('hết hạn'),
    });
    expect(await read(`articles/${draftId}`)).toMatchObject({ status: 400 });
    expect(await read(`articles/${draftId}?token=abc`)).toMatchObject({ status: 400 });
  });

  it('never answers a preview from the shared cache', async () => {
    const { url } = await previewUrl(editor, 'api::article.article', otherId);
    await fetch(cmsReadOf(url!));
    await cms.strapi.db
      .query('api::article.article')
      .updateMany({ where: { documentId: otherId }, data: { title: 'Tiêu đề sửa thẳng trong cơ sở dữ liệu' } });
    const again = (await (await fetch(cmsReadOf(url!))).json()) as { data: { title: string } };
    expect(again.data.title).toBe('Tiêu đề sửa thẳng trong cơ sở dữ liệu');
  });

  it("lets an Author preview their own draft, without publish permission, and not an editor's", async () => {
    const own = await previewUrl(author, 'api::article.article', authorsDraftId);
    expect(own.status).toBe(200);
    expect((await fetch(cmsReadOf(own.url!))).status).toBe(200);
    const others = await previewUrl(author, 'api::article.article', draftId);
    expect(others.status).toBe(400);
    expect(others.url).toBeUndefined();
  });

  it('offers no preview for types without a page of their own', async () => {
    const unit = await cms.strapi
      .documents('api::unit.unit')
      .create({ data: { name: 'Phòng Thi hành án dân sự khu vực thử', agency: 'trunguong' } as never });
    const response = await adminRequest(
      cms,
      editor,
      'GET',
      `/content-manager/preview/url/api::unit.unit?documentId=${unit.documentId}&status=draft`,
    );
    expect(response.status).toBe(204);
  });
});
