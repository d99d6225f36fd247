/** Every URL of the site in one place: patterns for the router, builders for links. */
const segment = encodeURIComponent;
const withPage = (path: string, page = 1) => (page > 1 ? `${path}?trang=${page}` : path);

export const paths = {
  home: { pattern: '/', build: (page = 1) => withPage('/', page) },
  article: { pattern: '/tin-tuc/:slug', build: (slug: string) => `/tin-tuc/${segment(slug)}` },
  category: { pattern: '/chuyen-muc/:slug', build: (slug: string, page = 1) => withPage(`/chuyen-muc/${segment(slug)}`, page) },
  campaignThemes: { pattern: '/phong-trao', build: () => '/phong-trao' },
  campaignTheme: { pattern: '/phong-trao/:slug', build: (slug: string, page = 1) => withPage(`/phong-trao/${segment(slug)}`, page) },
  author: { pattern: '/tac-gia/:slug', build: (slug: string, page = 1) => withPage(`/tac-gia/${segment(slug)}`, page) },
  /** "Các tin đã đưa ngày": one Vietnam calendar day, yyyy-mm-dd. */
  day: { pattern: '/ngay/:day', build: (day: string, page = 1) => withPage(`/ngay/${segment(day)}`, page) },
  signIn: { pattern: '/dang-nhap', build: () => '/dang-nhap' },
  /** The query and filters live in the URL: results can be shared, and the back button works. */
  search: {
    pattern: '/tim-kiem',
    build: (params: Partial<Record<SearchUrlParam, string | number | undefined>>) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '' && !(key === 'trang' && value === 1)) query.set(key, String(value));
      const text = query.toString();
      return text ? `/tim-kiem?${text}` : '/tim-kiem';
    },
  },
} as const;

export type SearchUrlParam = 'q' | 'trang' | 'chuyen-muc' | 'phong-trao' | 'tac-gia' | 'tu-ngay' | 'den-ngay';

/** ?trang=N, defaulting to 1 for anything that is not a positive whole number. */
export function pageFromSearch(search: string): number {
  const page = Number(new URLSearchParams(search).get('trang'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}
