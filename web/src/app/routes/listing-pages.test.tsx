import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { failingCms, fixtureCms } from '../../testing/cms-stub';
import { seedArticle } from '../../testing/fixtures';
import { renderWithApp, stubCms } from '../../testing/render';
import AuthorRoute from './author';
import CampaignThemeRoute from './campaign-theme';
import CampaignThemesRoute from './campaign-themes';
import CategoryRoute from './category';
import DayRoute from './day';

let restore = () => {};
afterEach(() => restore());

type PageCase = {
  name: string;
  page: ReactElement;
  missing: ReactElement;
  title: string;
  listParam: [string, string];
  empty: RegExp;
};

const PAGES: PageCase[] = [
  {
    name: 'category',
    page: <CategoryRoute slug="thi-dua-khen-thuong" />,
    missing: <CategoryRoute slug="khong-co" />,
    title: 'Thi đua – Khen thưởng',
    listParam: ['filters[category][slug][$eq]', 'thi-dua-khen-thuong'],
    empty: /Chuyên mục này chưa có tin bài/,
  },
  {
    name: 'campaign theme',
    page: <CampaignThemeRoute slug="thi-dua-2021-thads-phu-tho" />,
    missing: <CampaignThemeRoute slug="khong-co" />,
    title: 'Phong trào thi đua năm 2021 của các cơ quan THADS tỉnh Phú Thọ',
    // By the theme found (a slug may be another agency's theme's too).
    listParam: ['filters[campaignThemes][documentId][$eq]', 'td2021'],
    empty: /Chưa có tin bài nào về phong trào này/,
  },
  {
    name: 'author',
    page: <AuthorRoute slug="do-hung" />,
    missing: <AuthorRoute slug="khong-co" />,
    title: 'Đỗ Hùng',
    listParam: ['filters[authors][documentId][$eq]', 'do-hung'],
    empty: /Tác giả chưa có bài viết nào/,
  },
  {
    name: 'day archive',
    page: <DayRoute day="2021-03-16" />,
    missing: <DayRoute day="2021-02-30" />,
    title: 'Các tin đã đưa ngày 16/03/2021',
    listParam: ['filters[date][$gte]', '2021-03-15T17:00:00.000Z'],
    empty: /Không có tin bài nào được đưa ngày 16\/03\/2021/,
  },
];

describe.each(PAGES)('the $name page', ({ page, missing, title, listParam, empty }) => {
  it('shows a loading state, then its heading and its paginated articles', async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    renderWithApp(page);
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: seedArticle.title })).toHaveAttribute(
      'href',
      `/tin-tuc/${seedArticle.slug}`,
    );
    expect(screen.getByRole('navigation', { name: /Phân trang/ })).toHaveTextContent('Trang 1 / 3');
    // The agency's own articles.
    const list = cms.calls.find(
      (url) => url.pathname === '/api/articles' && url.searchParams.get(listParam[0]) === listParam[1],
    );
    expect(list?.searchParams.get('filters[agency][$eq]')).toBe('phutho');
    expect(document.title).toContain(title.startsWith('Đỗ') ? `Tác giả ${title}` : title);
    const feeds = [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('href'));
    const own = feeds.find((href) => /[?&](category|theme|author)=/.test(href ?? ''));
    if (own) expect(own).toMatch(/^\/api\/feeds\/rss\?(category|theme|author)=[\w-]+&agency=phutho$/);
    else expect(title).toMatch(/^Các tin đã đưa ngày/);
  });

  it('says so when it has no articles', async () => {
    restore = stubCms(fixtureCms(() => [])).restore;
    renderWithApp(page);
    expect(await screen.findByText(empty)).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown slug or day', async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(missing);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
  });

  it('shows an error with a retry when the CMS fails', async () => {
    restore = stubCms(failingCms).restore;
    renderWithApp(page);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được nội dung');
  });
});

describe('the campaign theme page', () => {
  it('gives the slogan prominence, then period, issuing body, targets, a milestone timeline and description', async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<CampaignThemeRoute slug="thi-dua-2021-thads-phu-tho" />);
    const slogan = await screen.findByText(/^Đoàn kết, kỷ cương, liêm chính/);
    expect(slogan.closest('blockquote')).not.toBeNull();
    expect(screen.getByText('từ 01/01/2021')).toBeInTheDocument();
    expect(screen.getByText('Cục THADS tỉnh Phú Thọ')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'trên 97%' })).toBeInTheDocument();
    const timeline = within(screen.getByRole('heading', { name: 'Mốc kỷ niệm' }).parentElement!).getAllByRole(
      'listitem',
    );
    expect(timeline.map((item) => item.querySelector('time')?.textContent)).toEqual(['28/08/1945', '19/07/1946']);
    expect(screen.getByText('100% các cơ quan THADS đã ban hành kế hoạch.')).toBeInTheDocument();
  });
});

describe('the campaign themes page', () => {
  it('lists active and past campaigns apart', async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<CampaignThemesRoute />);
    const active = await screen.findByRole('heading', { level: 2, name: 'Đang diễn ra' });
    const past = screen.getByRole('heading', { level: 2, name: 'Đã kết thúc' });
    expect(
      within(active.parentElement!).getByRole('link', { name: /Phong trào thi đua năm 2021/ }),
    ).toBeInTheDocument();
    expect(within(past.parentElement!).getByRole('link', { name: 'Phong trào năm 2019' })).toHaveAttribute(
      'href',
      '/phong-trao/phong-trao-2019',
    );
  });

  it('says so when there are none, and offers a retry on errors', async () => {
    restore = stubCms((url) =>
      url.pathname === '/api/campaign-themes'
        ? { body: { data: [], meta: { pagination: { page: 1, pageSize: 100, pageCount: 0, total: 0 } } } }
        : fixtureCms()(url),
    ).restore;
    renderWithApp(<CampaignThemesRoute />);
    expect(await screen.findByText('Chưa có phong trào thi đua nào được đăng.')).toBeInTheDocument();
  });
});

describe('the author page', () => {
  it('shows name, position, unit and bio', async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<AuthorRoute slug="do-hung" />);
    expect(await screen.findByText('Phóng viên, Văn phòng Cục')).toBeInTheDocument();
    expect(screen.getByText('Viết về thi đua.')).toBeInTheDocument();
  });
});

describe('the day page', () => {
  it('names a day that is not in the calendar as dd/MM/yyyy and offers to choose another, as the picker would', async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<DayRoute day="2021-02-30" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByText(/Ngày 30\/02\/2021 không có trong lịch/)).toBeInTheDocument();
    expect(screen.queryByText(/2021-02-30/)).toBeNull();
    const picker = screen.getByRole('form', { name: 'Các tin đã đưa ngày' });
    expect(within(picker).getByLabelText('Tháng')).toHaveValue('2');
    expect(within(picker).getByLabelText('Năm')).toHaveValue('2021');
  });
});
