import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, saveSession } from '../../lib/session';
import { agencyQueryOptions } from '../../features/agencies/api/get-agency';
import { fixtureCms } from '../../testing/cms-stub';
import { agencyRecord, categories } from '../../testing/fixtures';
import { renderWithApp, stubCms } from '../../testing/render';
import { SiteLayout } from './site-layout';

let restore = () => {};
afterEach(() => {
  restore();
  clearSession();
});

describe('site layout', () => {
  it("builds navigation from the categories and the footer from the agency's record", async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<SiteLayout>nội dung</SiteLayout>);
    expect(screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toHaveAttribute('href', '#noi-dung');
    expect(await screen.findByRole('link', { name: 'Thi đua – Khen thưởng' })).toHaveAttribute(
      'href',
      '/chuyen-muc/thi-dua-khen-thuong',
    );
    expect(screen.getByRole('link', { name: 'Phong trào thi đua' })).toHaveAttribute('href', '/phong-trao');
    expect(await screen.findByText('Địa chỉ: Phường Việt Trì, tỉnh Phú Thọ')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'lien-he@example.gov.vn' })).toHaveAttribute(
      'href',
      'mailto:lien-he@example.gov.vn',
    );
    expect(screen.getByText('Chịu trách nhiệm nội dung: Người đứng đầu')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bộ Tư pháp' })).toHaveAttribute('href', 'https://moj.gov.vn');
    // A link an editor mistyped as script never becomes a live link.
    expect(screen.getByText('Lạ').closest('a')).not.toHaveAttribute('href');
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/dang-nhap');
    // The portals the law asks for (issue 21 §3), the province's named after its area.
    const portals = screen.getByRole('navigation', { name: 'Dịch vụ công, phản ánh và kiến nghị' });
    expect([...portals.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn'],
      ['Cổng dịch vụ công tỉnh Phú Thọ', 'https://dichvucong.phutho.gov.vn'],
      ['Hệ thống tiếp nhận phản ánh, kiến nghị', 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html'],
    ]);
  });

  it("leaves out a portal link an editor mistyped as script, and a portal the agency's record does not name", async () => {
    restore = stubCms(fixtureCms()).restore;
    renderWithApp(<SiteLayout>nội dung</SiteLayout>, { path: '/hanoi/' });
    const portals = await screen.findByRole('navigation', { name: 'Dịch vụ công, phản ánh và kiến nghị' });
    expect([...portals.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn'],
    ]);
  });

  it("never shows a merged agency's own contacts (a former agency's), in Vietnamese or English: its successor's page", async () => {
    const cms = fixtureCms();
    const former = {
      ...agencyRecord('hoabinh'),
      address: 'Thành phố Hòa Bình cũ',
      phone: '0218 3 852 000',
      fax: '0218 3 852 001',
      email: 'cu@hoabinh.example.gov.vn',
      provinceServicePortal: 'https://dichvucong.hoabinh.gov.vn',
    };
    const stub = stubCms((url) =>
      url.pathname === '/api/agencies' && url.searchParams.get('filters[code][$eq]') === 'hoabinh'
        ? { body: { data: [former], meta: {} } }
        : cms(url),
    );
    restore = stub.restore;
    for (const [path, link] of [
      ['/hoabinh/', '/lien-he'],
      ['/hoabinh/en', '/en/contact'],
    ] as const) {
      const { container, unmount, queryClient } = renderWithApp(<SiteLayout>nội dung</SiteLayout>, { path });
      const footer = await screen.findByRole('contentinfo');
      // Its record as the CMS answers it, contacts included (the test's cache starts with one without).
      await act(() => queryClient.refetchQueries({ queryKey: agencyQueryOptions('hoabinh').queryKey }));
      expect(stub.calls.some((url) => url.searchParams.get('filters[code][$eq]') === 'hoabinh')).toBe(true);
      const successor = within(footer).getByRole('link', { name: 'Thi hành án dân sự tỉnh Phú Thọ' });
      expect(successor, path).toHaveAttribute('href', link);
      expect(footer.textContent, path).toMatch(/Từ 01\/07\/2025|Since 01\/07\/2025/);
      for (const contact of ['Hòa Bình cũ', '0218 3 852', 'cu@hoabinh', 'dichvucong.hoabinh'])
        expect(container.innerHTML, `${path} ${contact}`).not.toContain(contact);
      unmount();
    }
  });

  it('offers one "Thông báo", the notices\' page (which links the category\'s news), "Văn bản" and the register', async () => {
    const noticesCategory = {
      ...categories[0]!,
      id: 9,
      documentId: 'tb',
      name: 'Thông báo',
      slug: 'thong-bao',
      order: 2,
    };
    const cms = fixtureCms();
    restore = stubCms((url) =>
      url.pathname === '/api/categories'
        ? {
            body: {
              data: [...categories, noticesCategory],
              meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 3 } },
            },
          }
        : cms(url),
    ).restore;
    renderWithApp(<SiteLayout>nội dung</SiteLayout>);
    const navigation = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    await screen.findByRole('link', { name: 'Thi đua – Khen thưởng' });
    const notices = screen.getAllByRole('link', { name: 'Thông báo' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toHaveAttribute('href', '/thong-bao');
    expect(navigation.querySelector('a[href="/chuyen-muc/thong-bao"]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Văn bản' })).toHaveAttribute('href', '/van-ban');
    expect(
      screen.getByRole('link', { name: 'Danh sách người phải thi hành án chưa có điều kiện thi hành' }),
    ).toHaveAttribute('href', '/danh-sach-chua-co-dieu-kien-thi-hanh');
  });

  it("shows a signed-in staff member's name and signs them out", async () => {
    restore = stubCms(fixtureCms()).restore;
    saveSession({ jwt: 'token', user: { id: 1, username: 'canbo', email: 'canbo@example.gov.vn' } });
    renderWithApp(<SiteLayout>nội dung</SiteLayout>);
    expect(screen.getByText('canbo')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(window.localStorage.getItem('thads-session')).toBeNull();
  });

  it('folds the search box, account link and navigation behind a native menu button that closes after navigating', async () => {
    restore = stubCms(fixtureCms()).restore;
    const { container, location } = renderWithApp(<SiteLayout>nội dung</SiteLayout>);
    const button = screen.getByText('Menu', { selector: 'summary' });
    const menu = button.closest('details');
    // A <details> works without JavaScript; it starts folded, also in the server's HTML.
    expect(menu).not.toBeNull();
    expect(menu).not.toHaveAttribute('open');
    // The folded parts follow the menu as siblings (CSS shows them on wide screens), not inside it.
    const header = container.querySelector('header');
    expect(header?.querySelector('.site-menu ~ form[role="search"]')).not.toBeNull();
    expect(header?.querySelector('.site-menu ~ .site-header__account')).not.toBeNull();
    expect(menu?.querySelector('nav, form')).toBeNull();
    await userEvent.click(button);
    expect(menu).toHaveAttribute('open');
    await userEvent.click(await screen.findByRole('link', { name: 'Thi đua – Khen thưởng' }));
    expect(location.history.at(-1)).toBe('/chuyen-muc/thi-dua-khen-thuong');
    expect(menu).not.toHaveAttribute('open');
  });

  it('folds the menu again after a search sent from it on the search page, where only the query changes', async () => {
    restore = stubCms(fixtureCms()).restore;
    const { location } = renderWithApp(<SiteLayout>nội dung</SiteLayout>, { path: '/tim-kiem?q=thi+dua' });
    const button = screen.getByText('Menu', { selector: 'summary' });
    await userEvent.click(button);
    const box = screen.getByRole('searchbox', { name: 'Từ khóa' });
    await userEvent.clear(box);
    await userEvent.type(box, 'do hung{Enter}');
    expect(location.history.at(-1)).toBe('/tim-kiem?q=do+hung');
    expect(button.closest('details')).not.toHaveAttribute('open');
  });
});
