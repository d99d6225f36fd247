import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Blocks } from '@thads/content';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCms } from '../../testing/cms-stub';
import { coverPhoto, seedArticle } from '../../testing/fixtures';
import { renderWithApp, stubCms } from '../../testing/render';
import ArticleRoute from './article';

let restore = () => {};
afterEach(() => restore());

describe('article page', () => {
  it('shows a loading state, then the article: title, dd/MM/yyyy date in Vietnam time, lead, headings, byline', async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    renderWithApp(<ArticleRoute slug={seedArticle.slug} />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải bài viết');

    expect(await screen.findByRole('heading', { level: 1, name: seedArticle.title })).toBeInTheDocument();
    expect(screen.getByText('16/03/2021')).toHaveAttribute('datetime', seedArticle.date);
    expect(screen.getByText(seedArticle.lead!)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Thi đua bứt phá hiệu quả, về đích sớm',
      'Giải pháp đẩy mạnh các phong trào',
      'Phong trào thi đua liên quan',
      'Các tin đã đưa ngày',
    ]);
    expect(screen.getByRole('link', { name: 'Đỗ Hùng' })).toHaveAttribute('href', '/tac-gia/do-hung');
    expect(screen.getByRole('link', { name: /Phong trào thi đua năm 2021/ })).toHaveAttribute(
      'href',
      '/phong-trao/thi-dua-2021-thads-phu-tho',
    );
    const crumbs = within(screen.getByRole('navigation', { name: 'Vị trí trang' })).getAllByRole('listitem');
    expect(crumbs.map((crumb) => crumb.textContent)).toEqual(['Trang chủ', 'Thi đua – Khen thưởng', seedArticle.title]);
    expect(crumbs[2]).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe(`${seedArticle.title} | Thi hành án dân sự tỉnh Phú Thọ`);

    // One request, by slug among the agency's articles, for everything the page shows; "Các tin khác" (of the same
    // agency) only follows it.
    expect(cms.calls[0]!.searchParams.get('filters[slug][$eq]')).toBe(seedArticle.slug);
    expect(cms.calls[0]!.searchParams.get('filters[agency][$eq]')).toBe('phutho');
    const later = () => cms.calls.slice(1).filter((url) => url.pathname === '/api/articles');
    await waitFor(() => expect(later()).toHaveLength(1));
    expect(later()[0]!.searchParams.get('filters[documentId][$ne]')).toBe(seedArticle.documentId);
    expect(later()[0]!.searchParams.get('filters[agency][$eq]')).toBe('phutho');
  });

  it('fetches the cover first, in the size that fits, named for what it illustrates', async () => {
    const fixtures = fixtureCms();
    const body: Blocks = [
      ...(seedArticle.body ?? []),
      { type: 'image', image: { ...coverPhoto('trao-giai'), alternativeText: 'Trao giải' }, children: [] },
    ];
    const article = { ...seedArticle, cover: coverPhoto(), body };
    restore = stubCms((url) =>
      url.pathname === '/api/articles' && url.searchParams.has('filters[slug][$eq]')
        ? { body: { data: [article], meta: { pagination: { page: 1, pageSize: 1, pageCount: 1, total: 1 } } } }
        : fixtures(url),
    ).restore;
    renderWithApp(<ArticleRoute slug={seedArticle.slug} />);
    const cover = await screen.findByRole('img', { name: `Ảnh minh họa: ${seedArticle.title}` });
    expect(cover).toHaveAttribute('fetchpriority', 'high');
    expect(cover).not.toHaveAttribute('loading');
    expect(cover.getAttribute('srcset')).toContain('/uploads/large_hoi-nghi_a1b2.jpg 1000w');
    expect(cover).toHaveAttribute('width', '1600');
    const inBody = screen.getByRole('img', { name: 'Trao giải' });
    expect(inBody).toHaveAttribute('loading', 'lazy');
    expect(inBody.getAttribute('srcset')).toContain('/uploads/medium_trao-giai_a1b2.jpg 750w');
  });

  it('shows the not-found page for an unknown slug', async () => {
    restore = stubCms(() => ({ body: { data: [], meta: {} } })).restore;
    renderWithApp(<ArticleRoute slug="khong-co-bai-nay" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    expect(document.title).toMatch(/^Không tìm thấy trang/);
  });

  it('shows an error with a retry that works once the CMS answers again', async () => {
    let failing = true;
    restore = stubCms((url) =>
      failing
        ? { status: 503, body: { data: null, error: { status: 503, name: 'ServiceUnavailable', message: 'down' } } }
        : fixtureCms()(url),
    ).restore;
    renderWithApp(<ArticleRoute slug={seedArticle.slug} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được nội dung');
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: seedArticle.title })).toBeInTheDocument());
  });

  it('tells readers when the CMS cannot be reached at all', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    restore = () => (globalThis.fetch = original);
    renderWithApp(<ArticleRoute slug={seedArticle.slug} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ');
  });
});
