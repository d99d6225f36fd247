import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureCms } from '../../testing/cms-stub';
import { coverPhoto, homedAt, sampleSummary, seedArticle } from '../../testing/fixtures';
import { RenderStatusContext } from '../../lib/render-status';
import { renderWithApp, stubCms } from '../../testing/render';
import SearchRoute from './search';

let restore = () => {};
afterEach(() => restore());

describe('search page', () => {
  it('runs the query in the URL and marks the matched words in titles and snippets', async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=phu%20tho' });
    expect(await screen.findByText('Tìm thấy 1 kết quả cho “phu tho”')).toBeInTheDocument();
    // By text: jsdom's accessible-name computation splits at <mark>, which browsers do not.
    const link = screen.getAllByRole('link').find((element) => element.textContent === seedArticle.title)!;
    expect(link).toHaveAttribute('href', `/tin-tuc/${seedArticle.slug}`);
    expect([...link.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Phú', 'Thọ']);
    expect(cms.calls.find((url) => url.pathname === '/api/search')?.searchParams.get('q')).toBe('phu tho');
    expect(screen.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('phu tho');
  });

  it("shows a hit's cover as a small decorative image", async () => {
    restore = stubCms(fixtureCms(() => [{ ...seedArticle, cover: coverPhoto() }])).restore;
    const { container } = renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=phu%20tho' });
    await screen.findByText('Tìm thấy 1 kết quả cho “phu tho”');
    const image = container.querySelector('.search-results img');
    expect(image).toHaveAttribute('src', '/uploads/hoi-nghi_a1b2.jpg');
    expect(image?.getAttribute('srcset')).toContain('/uploads/small_hoi-nghi_a1b2.jpg 500w');
    expect(image).toHaveAttribute('alt', '');
  });

  it('puts a new query and the filters into the URL', async () => {
    restore = stubCms(fixtureCms()).restore;
    const { location } = renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=thi' });
    await screen.findByText(/Tìm thấy/);
    await userEvent.selectOptions(screen.getByLabelText('Chuyên mục'), 'thi-dua-khen-thuong');
    await userEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(location.history?.at(-1)).toBe('/tim-kiem?q=thi&chuyen-muc=thi-dua-khen-thuong');
    const box = screen.getByRole('searchbox', { name: 'Từ khóa' });
    await userEvent.clear(box);
    await userEvent.type(box, 'đỗ hùng{Enter}');
    expect(location.history?.at(-1)).toBe('/tim-kiem?q=%C4%91%E1%BB%97+h%C3%B9ng');
  });

  it('takes the period as dd/mm/yyyy, whatever the browser language, and asks the API for yyyy-mm-dd', async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    const { location } = renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=thi&tu-ngay=2021-03-01' });
    await screen.findByText(/Tìm thấy/);
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('01/03/2021');
    await userEvent.type(screen.getByLabelText('Đến ngày'), '16/03/2021');
    await userEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(location.history?.at(-1)).toBe('/tim-kiem?q=thi&tu-ngay=2021-03-01&den-ngay=2021-03-16');
    await screen.findByText(/Tìm thấy/);
    const asked = cms.calls.filter((url) => url.pathname === '/api/search').at(-1);
    expect([asked?.searchParams.get('from'), asked?.searchParams.get('to')]).toEqual(['2021-03-01', '2021-03-16']);
  });

  it('refuses a day that is not in the calendar, saying so, and searches nothing', async () => {
    restore = stubCms(fixtureCms()).restore;
    const { location } = renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=thi' });
    await screen.findByText(/Tìm thấy/);
    const field = screen.getByLabelText('Từ ngày');
    await userEvent.type(field, '31/02/2021');
    await userEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect((field as HTMLInputElement).validationMessage).toBe(
      'Ngày 31/02/2021 không có trong lịch: nhập dạng dd/mm/yyyy.',
    );
    expect(location.history?.at(-1)).toBe('/tim-kiem?q=thi');
  });

  it('is a plain GET form to the search page under the address names, so it filters without JavaScript', () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=thi&tac-gia=do-hung' });
    const form = screen.getByRole('form', { name: 'Lọc kết quả' }) as HTMLFormElement;
    expect([form.method, new URL(form.action).pathname]).toEqual(['get', '/tim-kiem']);
    expect([...new FormData(form).keys()]).toEqual(['q', 'tac-gia', 'chuyen-muc', 'phong-trao', 'tu-ngay', 'den-ngay']);
    expect(screen.getByLabelText('Từ ngày')).toHaveAttribute('pattern', String.raw`\d{1,2}/\d{1,2}/\d{4}`);
  });

  it('helps when nothing is found', async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=khongcotu&chuyen-muc=thong-bao' });
    const status = await screen.findByText(/Không tìm thấy kết quả nào cho/);
    expect(status).toHaveTextContent('với bộ lọc đã chọn');
    expect(within(status.parentElement!).getByRole('link', { name: 'Bỏ bộ lọc và tìm lại' })).toHaveAttribute(
      'href',
      '/tim-kiem?q=khongcotu',
    );
  });

  it("shows the CMS's message for a query it refuses, and invites a query when there is none", async () => {
    restore = stubCms(() => ({
      status: 400,
      body: {
        data: null,
        error: { status: 400, name: 'ValidationError', message: 'Từ khóa quá dài: tối đa 500 ký tự' },
      },
    })).restore;
    renderWithApp(<SearchRoute />, { path: `/tim-kiem?q=${'a'.repeat(600)}` });
    expect(await screen.findByRole('alert')).toHaveTextContent('Từ khóa quá dài');
    restore();
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<SearchRoute />, { path: '/tim-kiem' });
    expect(screen.getByText(/Nhập từ khóa để tìm tin bài/)).toBeInTheDocument();
  });

  it("marks the English half of a refused query's message as English, and answers it with status 400", async () => {
    restore = stubCms(() => ({
      status: 400,
      body: {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: 'Từ khóa quá dài: tối đa 500 ký tự (q is longer than 500 characters)',
        },
      },
    })).restore;
    const statuses: number[] = [];
    renderWithApp(
      <RenderStatusContext.Provider value={(status) => statuses.push(status)}>
        <SearchRoute />
      </RenderStatusContext.Provider>,
      { path: `/tim-kiem?q=${'a'.repeat(600)}` },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Từ khóa quá dài: tối đa 500 ký tự (q is longer than 500 characters)');
    // Read by a screen reader's Vietnamese voice, the English would be garbled (WCAG 3.1.2).
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe('(q is longer than 500 characters)');
    expect(statuses).toEqual([400]);
  });

  it('answers a page past the last one as not found, not as "no results" for a query that has some', async () => {
    const cms = fixtureCms();
    restore = stubCms((url) =>
      url.pathname === '/api/search' && url.searchParams.get('page') === '99'
        ? { body: { data: [], meta: { pagination: { page: 99, pageSize: 10, pageCount: 2, total: 12 }, query: {} } } }
        : cms(url),
    ).restore;
    const statuses: number[] = [];
    renderWithApp(
      <RenderStatusContext.Provider value={(status) => statuses.push(status)}>
        <SearchRoute />
      </RenderStatusContext.Provider>,
      { path: '/tim-kiem?q=thi%20dua&trang=99' },
    );
    expect(await screen.findByText(/Không có trang 99/)).toBeInTheDocument();
    expect(screen.queryByText(/Không tìm thấy kết quả/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Về trang 1: Kết quả tìm kiếm' })).toHaveAttribute(
      'href',
      '/tim-kiem?q=thi+dua',
    );
    expect(statuses).toEqual([404]);
  });

  it("does not announce the last query's count for a new query while that one is still being searched", async () => {
    const cms = fixtureCms();
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    restore = stubCms(async (url) => {
      if (url.searchParams.get('q') === 'khongco') await answered;
      return cms(url);
    }).restore;
    const { location } = renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=phu%20tho' });
    expect(await screen.findByText('Tìm thấy 1 kết quả cho “phu tho”')).toBeInTheDocument();
    act(() => location.navigate('/tim-kiem?q=khongco'));
    expect(await screen.findByText('Đang tìm “khongco”…')).toBeInTheDocument();
    expect(screen.queryByText(/Tìm thấy 1 kết quả cho “khongco”/)).toBeNull();
    answer();
    expect(await screen.findByText(/Không tìm thấy kết quả nào cho/)).toBeInTheDocument();
  });
});

describe('search by agency', () => {
  it("of an agency: its own and its merged agencies' news, each hit naming its agency and linking to its pages", async () => {
    const merged = { ...sampleSummary(7, 'hoabinh'), title: 'Tin Phú Thọ của Hòa Bình cũ' };
    const cms = stubCms(fixtureCms(() => [seedArticle, merged]));
    restore = cms.restore;
    renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=phu%20tho' });
    await screen.findByText('Tìm thấy 2 kết quả cho “phu tho”');
    expect(cms.calls.find((url) => url.pathname === '/api/search')?.searchParams.get('agency')).toBe('phutho');
    const [own, other] = screen.getAllByRole('listitem').filter((item) => item.classList.contains('article-card'));
    expect(own).toHaveTextContent('Thi hành án dân sự tỉnh Phú Thọ ·');
    expect(within(own!).getAllByRole('link')[0]).toHaveAttribute('href', `/tin-tuc/${seedArticle.slug}`);
    expect(other).toHaveTextContent('Cục Thi hành án dân sự tỉnh Hòa Bình ·');
    expect(within(other!).getAllByRole('link')[0]).toHaveAttribute('href', '/hoabinh/tin-tuc/bai-mau-7');
    // No choice of agency here: the agency's search is the agency's.
    expect(screen.queryByLabelText('Cơ quan')).toBeNull();
  });

  it("of the central department: every agency's, with a filter of one agency (merged ones under theirs)", async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    const { location } = renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=thi', directory: homedAt('trunguong') });
    await screen.findByText(/Tìm thấy/);
    expect(cms.calls.find((url) => url.pathname === '/api/search')?.searchParams.has('agency')).toBe(false);
    // The article is Phú Thọ's: on its pages, under /phutho/ when the central department is at the root.
    const link = screen.getAllByRole('link').find((element) => element.textContent === seedArticle.title);
    expect(link).toHaveAttribute('href', `/phutho/tin-tuc/${seedArticle.slug}`);
    const filter = screen.getByLabelText('Cơ quan');
    expect([...filter.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Tất cả các cơ quan',
      'Cục Quản lý Thi hành án dân sự',
      'Thi hành án dân sự thành phố Hà Nội',
      'Thi hành án dân sự tỉnh Phú Thọ',
      '— Cục Thi hành án dân sự tỉnh Hòa Bình (đã hợp nhất)',
    ]);
    await userEvent.selectOptions(filter, 'phutho');
    await userEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(location.history?.at(-1)).toBe('/tim-kiem?q=thi&co-quan=phutho');
    await vi.waitFor(() =>
      expect(
        cms.calls
          .filter((url) => url.pathname === '/api/search')
          .at(-1)
          ?.searchParams.get('agency'),
      ).toBe('phutho'),
    );
  });

  it('of another agency than the home one, under its prefix: its own search form and pages', async () => {
    const cms = stubCms(fixtureCms());
    restore = cms.restore;
    const { location } = renderWithApp(<SearchRoute />, { path: '/hanoi/tim-kiem?q=thi' });
    await screen.findByText(/Tìm thấy/);
    expect(cms.calls.find((url) => url.pathname === '/api/search')?.searchParams.get('agency')).toBe('hanoi');
    const form = screen.getByRole('form', { name: 'Lọc kết quả' }) as HTMLFormElement;
    expect(new URL(form.action).pathname).toBe('/hanoi/tim-kiem');
    const box = screen.getByRole('searchbox', { name: 'Từ khóa' });
    await userEvent.clear(box);
    await userEvent.type(box, 'khen{Enter}');
    expect(location.history?.at(-1)).toBe('/hanoi/tim-kiem?q=khen');
  });

  it('searches citizens’ questions as their own kind of result, by topic, linking to each on its agency’s pages', async () => {
    const hit = {
      kind: 'question',
      documentId: 'q1',
      title: 'Hỏi về án phí <b>chia</b> tài sản',
      slug: 'hoi-ve-an-phi',
      agency: 'hanoi',
      topic: 'an-phi',
      askedAt: '2026-03-01T02:00:00.000Z',
      answeredAt: '2026-03-05T02:00:00.000Z',
      isSample: false,
      snippet: [
        { text: 'Án phí ', match: true },
        { text: 'được tính…', match: false },
      ],
    };
    const cms = stubCms((url) =>
      url.pathname === '/api/search/questions'
        ? {
            body: {
              data: [hit],
              meta: {
                pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 },
                query: { terms: ['an', 'phi'], phrases: [] },
              },
            },
          }
        : fixtureCms()(url),
    );
    restore = cms.restore;
    const { location } = renderWithApp(<SearchRoute />, { path: '/tim-kiem?q=an%20phi&loai=hoi-dap' });
    expect(await screen.findByText('Tìm thấy 1 kết quả cho “an phi”')).toBeInTheDocument();
    const link = screen.getAllByRole('link').find((element) => element.textContent === hit.title)!;
    expect(link).toHaveAttribute('href', '/hanoi/hoi-dap/hoi-ve-an-phi');
    expect(link.querySelector('b')).toBeNull();
    expect(screen.getByRole('link', { name: 'Hỏi đáp' })).toHaveAttribute('aria-current', 'page');
    // Phú Thọ's search (the fixtures' home): of Phú Thọ, never the articles' search.
    const asked = cms.calls.find((url) => url.pathname === '/api/search/questions')!;
    expect(asked.searchParams.get('agency')).toBe('phutho');
    expect(cms.calls.some((url) => url.pathname === '/api/search')).toBe(false);
    await userEvent.selectOptions(screen.getByLabelText('Chủ đề'), 'an-phi');
    await userEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(location.history?.at(-1)).toBe('/tim-kiem?q=an+phi&loai=hoi-dap&chu-de=an-phi');
    await screen.findByText('Tìm thấy 1 kết quả cho “an phi”');
    expect(
      cms.calls
        .filter((url) => url.pathname === '/api/search/questions')
        .at(-1)
        ?.searchParams.get('topic'),
    ).toBe('an-phi');
    await userEvent.click(screen.getByRole('link', { name: 'Tin bài' }));
    expect(location.history?.at(-1)).toBe('/tim-kiem?q=an+phi');
  });
});
