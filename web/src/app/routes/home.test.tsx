import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pageFromSearch } from '../../config/paths';
import { fixtureCms } from '../../testing/cms-stub';
import { sampleSummary, seedArticle } from '../../testing/fixtures';
import { renderWithApp, stubCms } from '../../testing/render';
import HomeRoute from './home';

let restore = () => {};
afterEach(() => restore());

describe('home page', () => {
  it('shows featured news, the latest news, news by category, active campaigns and the day picker', async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    renderWithApp(<HomeRoute />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cổng thông tin điện tử');
    expect(await screen.findByRole('heading', { level: 2, name: 'Tin nổi bật' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Tin mới' })).toBeInTheDocument();
    expect((await screen.findAllByRole('link', { name: seedArticle.title }))[0]).toHaveAttribute(
      'href',
      `/tin-tuc/${seedArticle.slug}`,
    );
    expect(screen.getAllByText('16/03/2021').length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { level: 2, name: 'Hoạt động của Cục' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Phong trào thi đua đang diễn ra' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Phong trào năm 2019')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Các tin đã đưa ngày' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trang sau' })).toHaveAttribute('href', '/?trang=2');
    const latest = cms.calls.find(
      (url) => url.pathname === '/api/articles' && url.searchParams.get('pagination[pageSize]') === '10',
    );
    expect(latest?.searchParams.get('sort[0]')).toBe('date:desc');
  });

  it('asks for the page in the URL and leaves the previews for page one', async () => {
    const cms = stubCms(fixtureCms(() => [sampleSummary(11)]));
    restore = cms.restore;
    renderWithApp(<HomeRoute />, { path: '/?trang=2' });
    expect(await screen.findByText('Trang 2 / 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trang trước' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('heading', { name: 'Tin nổi bật' })).toBeNull();
  });

  it('says so when nothing is published yet', async () => {
    restore = stubCms(fixtureCms(() => [])).restore;
    renderWithApp(<HomeRoute />);
    expect(await screen.findByText('Chưa có tin bài nào được đăng.')).toBeInTheDocument();
  });

  it('shows an error with a retry when the CMS fails', async () => {
    restore = stubCms(({ pathname }) =>
      pathname === '/api/articles' ? { status: 503, body: null } : fixtureCms()(new URL(`http://x${pathname}`)),
    ).restore;
    renderWithApp(<HomeRoute />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được nội dung');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('reads only positive whole page numbers', () => {
    expect(pageFromSearch('trang=3')).toBe(3);
    expect(pageFromSearch('trang=-1')).toBe(1);
    expect(pageFromSearch('trang=abc')).toBe(1);
    expect(pageFromSearch('')).toBe(1);
  });
});
