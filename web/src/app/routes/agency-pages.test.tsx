import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCms } from '../../testing/cms-stub';
import { renderWithApp, stubCms } from '../../testing/render';
import AgencyPageRoute from './agency-page';

let restore = () => {};
afterEach(() => restore());

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const list = (data: unknown[]) => ({
  data,
  meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: data.length } },
});
const base = { createdAt: '', updatedAt: '', publishedAt: '', isSample: true, agency: 'phutho' };

const UNITS = {
  vi: [
    {
      ...base,
      id: 1,
      documentId: 'tru-so',
      locale: 'vi',
      kind: 'head-office',
      order: 0,
      name: 'Trụ sở chính Phú Thọ',
      hours: 'Thứ Hai – Thứ Sáu',
      address: 'Phường Việt Trì, tỉnh Phú Thọ',
      phone: '0210 000 0000 (mẫu)',
      email: 'mau@phutho.example.gov.vn',
      communes: null,
      headName: 'Lãnh đạo mẫu',
      headTitle: 'Thủ trưởng',
      mapUrl: 'https://www.openstreetmap.org/?mlat=21.3&mlon=105.4',
    },
    {
      ...base,
      id: 2,
      documentId: 'kv1',
      locale: 'vi',
      kind: 'regional',
      order: 1,
      name: 'Phòng Thi hành án dân sự khu vực 1',
      hours: 'Sáng 7:30–11:30',
      area: 'Khu vực Việt Trì',
      address: 'Khu vực Việt Trì',
      phone: '0210 000 0001',
      email: 'kv1@phutho.example.gov.vn',
      communes: 'Phường Việt Trì\nPhường Vân Phú',
      headName: 'Trưởng phòng mẫu',
      headTitle: 'Trưởng phòng',
      mapUrl: 'javascript:alert(1)',
    },
  ],
  en: [
    {
      ...base,
      id: 3,
      documentId: 'tru-so',
      locale: 'en',
      kind: 'head-office',
      order: 0,
      name: 'Phu Tho head office',
      hours: 'Monday – Friday',
      address: 'Phường Việt Trì, tỉnh Phú Thọ',
      phone: '0210 000 0000 (mẫu)',
      email: 'mau@phutho.example.gov.vn',
      communes: null,
      headName: 'Lãnh đạo mẫu',
      headTitle: 'Head of the agency',
      mapUrl: 'https://www.openstreetmap.org/?mlat=21.3&mlon=105.4',
    },
    // Its hours are not translated yet.
    {
      ...base,
      id: 4,
      documentId: 'kv1',
      locale: 'en',
      kind: 'regional',
      order: 1,
      name: 'Regional Office No. 1',
      hours: null,
      area: 'The Việt Trì area',
      address: 'Khu vực Việt Trì',
      phone: '0210 000 0001',
      email: 'kv1@phutho.example.gov.vn',
      communes: 'Phường Việt Trì\nPhường Vân Phú',
      headName: 'Trưởng phòng mẫu',
      headTitle: 'Head of Office',
      mapUrl: 'javascript:alert(1)',
    },
  ],
};
const PROFILES = {
  vi: {
    ...base,
    id: 5,
    documentId: 'gt',
    locale: 'vi',
    summary: 'Thi hành án dân sự tỉnh Phú Thọ tổ chức thi hành án.',
    functions: paragraph('Chức năng tiếng Việt'),
    duties: paragraph('Nhiệm vụ tiếng Việt'),
    history: paragraph('Lịch sử chỉ có tiếng Việt'),
  },
  en: {
    ...base,
    id: 6,
    documentId: 'gt',
    locale: 'en',
    summary: 'The agency enforces civil judgments.',
    functions: paragraph('Functions in English'),
    duties: paragraph('Duties in English'),
    history: null,
  },
};
const LEADERS = {
  vi: [
    {
      ...base,
      id: 7,
      documentId: 'l1',
      locale: 'vi',
      order: 1,
      name: 'Lãnh đạo mẫu 1',
      position: 'Thủ trưởng',
      responsibilities: 'Phụ trách chung',
      photo: { url: '/uploads/l1.jpg', alternativeText: 'Chân dung lãnh đạo mẫu 1' },
    },
  ],
  en: [
    {
      ...base,
      id: 8,
      documentId: 'l1',
      locale: 'en',
      order: 1,
      name: 'Lãnh đạo mẫu 1',
      position: 'Head of the agency',
      responsibilities: null,
      photo: { url: '/uploads/l1.jpg', alternativeText: 'Chân dung lãnh đạo mẫu 1' },
    },
  ],
};

function agencyCms() {
  const fixtures = fixtureCms();
  return (url: URL) => {
    const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'vi';
    const own = url.searchParams.get('filters[agency][$eq]') === 'phutho';
    switch (url.pathname) {
      case '/api/units':
        return { body: list(own ? UNITS[locale] : []) };
      case '/api/agency-profiles':
        return { body: list(own ? [PROFILES[locale]] : []) };
      case '/api/leaders':
        return { body: list(own ? LEADERS[locale] : []) };
      default:
        return fixtures(url);
    }
  };
}

describe("an agency's introduction", () => {
  it('shows its introduction, its leadership with photos described, and its units', async () => {
    restore = stubCms(agencyCms()).restore;
    renderWithApp(<AgencyPageRoute page="about" language="vi" />, { path: '/gioi-thieu' });
    expect(await screen.findByRole('heading', { level: 1, name: /Giới thiệu/ })).toBeInTheDocument();
    expect(await screen.findByText('Lịch sử chỉ có tiếng Việt')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Chân dung lãnh đạo mẫu 1' })).toBeInTheDocument();
    expect(screen.getByText(/Phòng Thi hành án dân sự khu vực 1/)).toBeInTheDocument();
  });

  it('in English shows what is not translated yet in Vietnamese, marked lang="vi", with a note', async () => {
    restore = stubCms(agencyCms()).restore;
    renderWithApp(<AgencyPageRoute page="about" language="en" />, { path: '/en/about' });
    expect(await screen.findByText('Functions in English')).toBeInTheDocument();
    const history = screen.getByText('Lịch sử chỉ có tiếng Việt');
    expect(history.closest('[lang]')?.getAttribute('lang')).toBe('vi');
    expect(screen.getByText(/has not been translated into English yet/)).toBeInTheDocument();
    // Translated sections carry no such mark.
    expect(screen.getByText('Functions in English').closest('[lang="vi"]')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: /Lãnh đạo mẫu 1/ })).toBeInTheDocument();
    expect(screen.getByText('Head of the agency')).toBeInTheDocument();
  });

  it('of an agency with none yet says so, never an empty page', async () => {
    restore = stubCms(agencyCms()).restore;
    renderWithApp(<AgencyPageRoute page="about" language="vi" />, { path: '/hanoi/gioi-thieu' });
    expect(await screen.findByText('Trang giới thiệu của cơ quan đang được cập nhật.')).toBeInTheDocument();
    expect(screen.getByText('Thông tin lãnh đạo đang được cập nhật.')).toBeInTheDocument();
  });
});

describe("an agency's organisation", () => {
  it('is a nested list: the agency, its leadership, head office and regional offices', async () => {
    restore = stubCms(agencyCms()).restore;
    renderWithApp(<AgencyPageRoute page="organisation" language="vi" />, { path: '/gioi-thieu/co-cau-to-chuc' });
    const tree = await screen.findByRole('list', { name: /Cơ cấu tổ chức của Thi hành án dân sự tỉnh Phú Thọ/ });
    const regional = within(tree).getByText('Các Phòng Thi hành án dân sự khu vực').closest('li')!;
    expect(within(regional).getByRole('list')).toHaveTextContent('Phòng Thi hành án dân sự khu vực 1');
    expect(within(tree).getByText('Thủ trưởng: Lãnh đạo mẫu 1')).toBeInTheDocument();
  });
});

describe("an agency's contacts", () => {
  it('give every unit with tel: and mailto: links, hours, head and an OpenStreetMap link (never a script URL)', async () => {
    restore = stubCms(agencyCms()).restore;
    renderWithApp(<AgencyPageRoute page="contact" language="vi" />, { path: '/lien-he' });
    const office = await screen.findByRole('article', { name: /Trụ sở chính Phú Thọ/ });
    expect(within(office).getByRole('link', { name: '0210 000 0000 (mẫu)' })).toHaveAttribute(
      'href',
      'tel:02100000000',
    );
    expect(within(office).getByRole('link', { name: 'mau@phutho.example.gov.vn' })).toHaveAttribute(
      'href',
      'mailto:mau@phutho.example.gov.vn',
    );
    expect(within(office).getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=21.3&mlon=105.4',
    );
    expect(within(office).getByText('Lãnh đạo mẫu (Thủ trưởng)')).toBeInTheDocument();
    const regional = screen.getByRole('article', { name: /khu vực 1/ });
    expect(within(regional).queryByRole('link', { name: /OpenStreetMap/ })).toBeNull();
    // The portals the law asks for.
    expect(screen.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' })).toHaveAttribute(
      'href',
      'https://dichvucong.gov.vn',
    );
  });

  it('find the office serving a ward typed without diacritics, from the address alone (the server render’s form)', async () => {
    restore = stubCms(agencyCms()).restore;
    renderWithApp(<AgencyPageRoute page="contact" language="vi" />, { path: '/lien-he?xa=van+phu' });
    const result = (await screen.findByText('1 kết quả cho “van phu”:')).closest('[role="status"]') as HTMLElement;
    expect(within(result).getByText('Phường Vân Phú')).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: 'Phòng Thi hành án dân sự khu vực 1' })).toHaveAttribute(
      'href',
      '#don-vi-kv1',
    );
    expect(screen.getByRole('searchbox', { name: /Tên xã, phường/ })).toHaveValue('van phu');
  });

  it('in English give the units in English, untranslated hours in Vietnamese marked as such', async () => {
    restore = stubCms(agencyCms()).restore;
    renderWithApp(<AgencyPageRoute page="contact" language="en" />, { path: '/en/contact?ward=viet+tri' });
    const regional = await screen.findByRole('article', { name: /Regional Office No. 1/ });
    const hours = within(regional).getByText('Sáng 7:30–11:30');
    expect(hours).toHaveAttribute('lang', 'vi');
    const result = screen.getByText('1 result for “viet tri”:').closest('[role="status"]') as HTMLElement;
    expect(within(result).getByText('Phường Việt Trì')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'National Public Service Portal' })).toBeInTheDocument();
  });
});
