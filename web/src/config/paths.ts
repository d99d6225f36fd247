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
} as const;

/** ?trang=N, defaulting to 1 for anything that is not a positive whole number. */
export function pageFromSearch(search: string): number {
  const page = Number(new URLSearchParams(search).get('trang'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}
