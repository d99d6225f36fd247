import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCms } from '../../testing/cms-stub';
import { seedArticle } from '../../testing/fixtures';
import { renderWithApp, stubCms } from '../../testing/render';
import { SiteLayout } from '../layout/site-layout';
import { AppRouter } from '../router';
import PreviewRoute from './preview';

let restore = () => {};
afterEach(() => {
  restore();
  document.head.querySelectorAll('meta[name="robots"], meta[name="referrer"]').forEach((meta) => meta.remove());
});

/** The preview's head: never indexed, its URL (with the token) never sent on; each tag once. */
function expectPrivateHead() {
  const robots = document.head.querySelectorAll('meta[name="robots"]');
  const referrer = document.head.querySelectorAll('meta[name="referrer"]');
  expect([...robots].map((meta) => meta.getAttribute('content'))).toEqual(['noindex, nofollow']);
  expect([...referrer].map((meta) => meta.getAttribute('content'))).toEqual(['no-referrer']);
}

const DRAFT = { ...seedArticle, title: 'Dự thảo thông báo chưa xuất bản', publishedAt: null };

describe('draft preview page', () => {
  it("shows the draft through the CMS's preview read, marked as a preview and kept out of search engines", async () => {
    const cms = stubCms((url) =>
      url.pathname.startsWith('/api/preview/')
        ? { body: { data: DRAFT, meta: { status: 'draft', expiresAt: '2030-01-01T00:00:00.000Z' } } }
        : fixtureCms()(url),
    );
    restore = cms.restore;
    renderWithApp(<PreviewRoute type="articles" documentId={DRAFT.documentId} />, {
      path: `/xem-truoc/articles/${DRAFT.documentId}?token=abc.def`,
    });
    expect(await screen.findByRole('heading', { level: 1, name: DRAFT.title })).toBeInTheDocument();
    expect(screen.getByText('Bản xem trước — chưa xuất bản')).toBeInTheDocument();
    expectPrivateHead();
    const read = cms.calls.find((url) => url.pathname.startsWith('/api/preview/'))!;
    expect(read.pathname).toBe(`/api/preview/articles/${DRAFT.documentId}`);
    expect(read.searchParams.get('token')).toBe('abc.def');
  });

  it("is shown in the layout of the document's own agency, though opened at the root", async () => {
    const draft = { ...DRAFT, agency: 'hoabinh' };
    restore = stubCms((url) =>
      url.pathname.startsWith('/api/preview/')
        ? { body: { data: draft, meta: { status: 'draft', expiresAt: '2030-01-01T00:00:00.000Z' } } }
        : fixtureCms()(url),
    ).restore;
    const { container } = renderWithApp(
      <SiteLayout>
        <AppRouter />
      </SiteLayout>,
      { path: `/xem-truoc/articles/${DRAFT.documentId}?token=abc.def` },
    );
    expect(await screen.findByRole('heading', { level: 1, name: DRAFT.title })).toBeInTheDocument();
    const banner = container.querySelector('.site-header');
    expect(banner).toHaveTextContent('Cục Thi hành án dân sự tỉnh Hòa Bình');
    expect(screen.getByRole('note')).toHaveTextContent('hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Bản quyền thuộc Cục Thi hành án dân sự tỉnh Hòa Bình.');
    expect(document.title).toBe(`Xem trước: ${DRAFT.title} | Cục Thi hành án dân sự tỉnh Hòa Bình`);
  });

  it('shows a never-published draft without a date as dated on publication, not 01/01/1970', async () => {
    const undated = { ...DRAFT, date: null };
    const cms = stubCms((url) =>
      url.pathname.startsWith('/api/preview/')
        ? { body: { data: undated, meta: { status: 'draft', expiresAt: '2030-01-01T00:00:00.000Z' } } }
        : fixtureCms()(url),
    );
    restore = cms.restore;
    renderWithApp(<PreviewRoute type="articles" documentId={DRAFT.documentId} />, {
      path: `/xem-truoc/articles/${DRAFT.documentId}?token=abc.def`,
    });
    expect(await screen.findByRole('heading', { level: 1, name: DRAFT.title })).toBeInTheDocument();
    expect(screen.getByText('Ngày đăng: ngày xuất bản')).toBeInTheDocument();
    expect(screen.queryByText(/1970/)).toBeNull();
    expect(screen.queryByRole('link', { name: /Các tin đã đưa ngày/ })).toBeNull();
  });

  it('says the link has expired when the CMS refuses the token', async () => {
    restore = stubCms(() => ({
      status: 401,
      body: { data: null, error: { status: 401, name: 'PreviewTokenError', message: 'expired' } },
    })).restore;
    renderWithApp(<PreviewRoute type="articles" documentId="abc" />, { path: '/xem-truoc/articles/abc?token=a.b' });
    expect(await screen.findByRole('heading', { name: 'Liên kết xem trước đã hết hạn' })).toBeInTheDocument();
    expect(screen.queryByText('Bản xem trước — chưa xuất bản')).toBeNull();
    expectPrivateHead();
  });

  it("keeps the preview's head when the document is gone, and for a link without a token", async () => {
    restore = stubCms(() => ({
      status: 404,
      body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'gone' } },
    })).restore;
    const { unmount } = renderWithApp(<PreviewRoute type="articles" documentId="abc" />, {
      path: '/xem-truoc/articles/abc?token=a.b',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expectPrivateHead();
    expect(document.title).toBe('Xem trước | Thi hành án dân sự tỉnh Phú Thọ');
    unmount();

    renderWithApp(<PreviewRoute type="articles" documentId="abc" />, { path: '/xem-truoc/articles/abc' });
    expect(await screen.findByRole('heading', { name: 'Liên kết xem trước đã hết hạn' })).toBeInTheDocument();
    expectPrivateHead();
  });

  it('shows a campaign theme draft by its name', async () => {
    restore = stubCms(() => ({
      body: {
        data: {
          documentId: 't1',
          name: 'Phong trào nháp năm 2027',
          slug: 'p',
          slogan: 'Về đích sớm',
          description: null,
        },
        meta: { status: 'draft', expiresAt: '2030-01-01T00:00:00.000Z' },
      },
    })).restore;
    renderWithApp(<PreviewRoute type="campaign-themes" documentId="t1" />, {
      path: '/xem-truoc/campaign-themes/t1?token=a.b',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Phong trào nháp năm 2027' })).toBeInTheDocument();
    expect(screen.getByText('Về đích sớm')).toBeInTheDocument();
  });
});
