import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCms } from '../../testing/cms-stub';
import { seedArticle } from '../../testing/fixtures';
import { renderWithApp, stubCms } from '../../testing/render';
import PreviewRoute from './preview';

let restore = () => {};
afterEach(() => {
  restore();
  document.head.querySelectorAll('meta[name="robots"], meta[name="referrer"]').forEach((meta) => meta.remove());
});

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
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    expect(document.head.querySelector('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    const read = cms.calls.find((url) => url.pathname.startsWith('/api/preview/'))!;
    expect(read.pathname).toBe(`/api/preview/articles/${DRAFT.documentId}`);
    expect(read.searchParams.get('token')).toBe('abc.def');
  });

  it('says the link has expired when the CMS refuses the token', async () => {
    restore = stubCms(() => ({
      status: 401,
      body: { data: null, error: { status: 401, name: 'PreviewTokenError', message: 'expired' } },
    })).restore;
    renderWithApp(<PreviewRoute type="articles" documentId="abc" />, { path: '/xem-truoc/articles/abc?token=a.b' });
    expect(await screen.findByRole('heading', { name: 'Liên kết xem trước đã hết hạn' })).toBeInTheDocument();
    expect(screen.queryByText('Bản xem trước — chưa xuất bản')).toBeNull();
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
