import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureCms } from '../testing/cms-stub';
import { homedAt, sampleSummary, seedArticle } from '../testing/fixtures';
import { renderWithApp, stubCms } from '../testing/render';
import { SiteLayout } from './layout/site-layout';
import { AppRouter } from './router';
import { useScrollToTopOnNavigation } from './use-scroll-reset';

let restore = () => {};
afterEach(() => restore());

const site = <SiteLayout>{<AppRouter />}</SiteLayout>;
const header = () => screen.getByRole('banner');

describe("an agency's pages", () => {
  it('are under its code, with its own name, header, footer and links (the home agency is at the root)', async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    renderWithApp(site, { path: '/hanoi/' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Cổng thông tin điện tử Thi hành án dân sự thành phố Hà Nội',
    );
    expect(within(header()).getByRole('link', { name: /Thi hành án dân sự thành phố Hà Nội/ })).toHaveAttribute(
      'href',
      '/hanoi/',
    );
    expect(within(header()).getByRole('link', { name: 'Phong trào thi đua' })).toHaveAttribute(
      'href',
      '/hanoi/phong-trao',
    );
    expect(within(header()).getByRole('link', { name: 'Các cơ quan THADS' })).toHaveAttribute('href', '/co-quan');
    expect(within(header()).getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' })).toHaveAttribute(
      'action',
      '/hanoi/tim-kiem',
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Bản quyền thuộc Thi hành án dân sự thành phố Hà Nội.');
    // Its own articles (here a Phú Thọ article the stand-in CMS gives anyway: linked on Phú Thọ's pages, at the root).
    const list = cms.calls.find(
      (url) => url.pathname === '/api/articles' && url.searchParams.get('pagination[pageSize]') === '10',
    );
    expect(list?.searchParams.get('filters[agency][$eq]')).toBe('hanoi');
    expect(cms.calls.some((url) => url.searchParams.get('filters[code][$eq]') === 'hanoi')).toBe(false);
    expect((await screen.findAllByRole('link', { name: seedArticle.title }))[0]).toHaveAttribute(
      'href',
      `/tin-tuc/${seedArticle.slug}`,
    );
    const picker = screen.getByRole('form', { name: 'Các tin đã đưa ngày' });
    expect(picker).toHaveAttribute('action', '/hanoi/ngay');
    await vi.waitFor(() =>
      expect(cms.calls.find((url) => url.pathname === '/api/archive')?.searchParams.get('agency')).toBe('hanoi'),
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('of a merged agency carry, on every page, the notice of the merger linking to the agency of today', async () => {
    restore = stubCms(fixtureCms()).restore;
    const { location } = renderWithApp(site, { path: '/hoabinh/so-do-cong-thong-tin' });
    const notice = await screen.findByRole('note');
    expect(notice).toHaveTextContent(
      'Từ 01/07/2025, Cục THADS tỉnh Hòa Bình hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ.',
    );
    expect(within(notice).getByRole('link', { name: 'Thi hành án dân sự tỉnh Phú Thọ' })).toHaveAttribute('href', '/');
    await userEvent.click(within(header()).getByRole('link', { name: 'Trang chủ' }));
    expect(location.history.at(-1)).toBe('/hoabinh/');
    expect(await screen.findByRole('note')).toHaveTextContent('hợp nhất vào');
  });

  it('move to another agency on a link across agencies, the layout following', async () => {
    restore = stubCms(fixtureCms()).restore;
    const { location } = renderWithApp(site, { path: '/hoabinh/' });
    await userEvent.click(within(await screen.findByRole('note')).getByRole('link'));
    expect(location.history.at(-1)).toBe('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Cổng thông tin điện tử Thi hành án dân sự tỉnh Phú Thọ',
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  it("start at their top with focus on the content, from another agency's page of the same path", async () => {
    restore = stubCms(fixtureCms()).restore;
    const scrolled = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    function ScrollReset() {
      useScrollToTopOnNavigation();
      return null;
    }
    renderWithApp(
      <>
        <ScrollReset />
        {site}
      </>,
      { path: '/hoabinh/' },
    );
    await userEvent.click(within(await screen.findByRole('note')).getByRole('link'));
    await screen.findByRole('heading', { level: 1, name: /tỉnh Phú Thọ$/ });
    expect(scrolled).toHaveBeenCalledWith(0, 0);
    expect(document.activeElement?.id).toBe('noi-dung');
    scrolled.mockRestore();
  });

  it('are found at their one address: /<code> and alias codes move there', async () => {
    restore = stubCms(fixtureCms()).restore;
    const { location } = renderWithApp(site, { path: '/hanoi' });
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/hanoi/'));
    act(() => location.navigate('/ha-noi/tim-kiem?q=thi'));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/hanoi/tim-kiem?q=thi'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tìm kiếm' })).toBeInTheDocument();
  });
});

describe('the home page of the central department', () => {
  it('adds the newest articles of every agency, each naming its agency and linking to its pages', async () => {
    const cms = stubCms(fixtureCms(() => [seedArticle, sampleSummary(2, 'hanoi')]));
    restore = cms.restore;
    renderWithApp(site, { path: '/', directory: homedAt('trunguong') });
    const block = (await screen.findByRole('heading', { level: 2, name: 'Tin mới từ các cơ quan thi hành án dân sự' }))
      .parentElement!;
    const cards = within(block).getAllByRole('article');
    expect(cards[0]).toHaveTextContent('Thi hành án dân sự tỉnh Phú Thọ ·');
    expect(within(cards[0]!).getByRole('link')).toHaveAttribute('href', `/phutho/tin-tuc/${seedArticle.slug}`);
    expect(cards[1]).toHaveTextContent('Thi hành án dân sự thành phố Hà Nội ·');
    expect(within(cards[1]!).getByRole('link')).toHaveAttribute('href', '/hanoi/tin-tuc/bai-mau-2');
    // Every agency's: asked without an agency.
    const national = cms.calls.find(
      (url) => url.pathname === '/api/articles' && url.searchParams.get('pagination[pageSize]') === '6',
    );
    expect(national).toBeDefined();
    expect([...national!.searchParams.keys()].some((key) => key.startsWith('filters[agency]'))).toBe(false);
  });

  it("is the only one with that block: a province's home page has none", async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(site, { path: '/' });
    await screen.findByRole('heading', { level: 2, name: 'Tin mới' });
    expect(screen.queryByRole('heading', { name: 'Tin mới từ các cơ quan thi hành án dân sự' })).toBeNull();
  });
});

describe('the directory of agencies', () => {
  it('lists every agency in order, merged ones under the agency that absorbed them, each linked to its pages', async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(site, { path: '/co-quan' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Các cơ quan thi hành án dân sự' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    const top = [...main.querySelectorAll('.agency-directory > li > a')].map((link) => [
      link.textContent,
      link.getAttribute('href'),
    ]);
    expect(top).toEqual([
      ['Cục Quản lý Thi hành án dân sự', '/trunguong/'],
      ['Thi hành án dân sự thành phố Hà Nội', '/hanoi/'],
      ['Thi hành án dân sự tỉnh Phú Thọ', '/'],
    ]);
    const merged = within(main).getByRole('list', {
      name: 'Các cơ quan đã hợp nhất vào Thi hành án dân sự tỉnh Phú Thọ',
    });
    expect(merged).toHaveTextContent('Cục Thi hành án dân sự tỉnh Hòa Bình (hợp nhất từ 01/07/2025)');
    expect(within(merged).getByRole('link')).toHaveAttribute('href', '/hoabinh/');
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/co-quan$/);
  });
});

describe('an author or campaign theme of an agency', () => {
  it("is looked for among the agencies its articles may name, own first, and lists the agency's articles", async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    renderWithApp(site, { path: '/phutho/tac-gia/do-hung', directory: homedAt('hanoi') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Đỗ Hùng' })).toBeInTheDocument();
    // In Phú Thọ's view: its own authors and those of the agencies merged into it.
    const lookup = cms.calls.find((url) => url.pathname === '/api/authors')!;
    expect(lookup.searchParams.get('agency')).toBe('phutho');
    await vi.waitFor(() => {
      const list = cms.calls.find((url) => url.searchParams.get('filters[authors][documentId][$eq]') === 'do-hung');
      expect(list?.searchParams.get('filters[agency][$eq]')).toBe('phutho');
    });
  });
});
