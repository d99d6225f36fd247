/**
 * Where each kind of document lives on the public site. The site's router, the CMS (feeds, sitemaps) and the site
 * server (share previews) all build links from these, so a page never moves in one place only.
 */
export const SITE_PATHS = {
  article: '/tin-tuc/',
  category: '/chuyen-muc/',
  campaignThemes: '/phong-trao',
  campaignTheme: '/phong-trao/',
  author: '/tac-gia/',
  day: '/ngay/',
  signIn: '/dang-nhap',
  search: '/tim-kiem',
  siteMap: '/so-do-cong-thong-tin',
  /** The directory of agencies ("Các cơ quan thi hành án dân sự"), linked from every header. */
  agencies: '/co-quan',
  /** The agencies' records (issue 20): legal documents, notices, the register of debtors (never indexed). */
  legalDocuments: '/van-ban',
  legalDocument: '/van-ban/',
  notices: '/thong-bao',
  notice: '/thong-bao/',
  register: '/danh-sach-chua-co-dieu-kien-thi-hanh',
  registerEntry: '/danh-sach-chua-co-dieu-kien-thi-hanh/',
  // An agency's introduction, organisation and contacts; citizens' questions (issue 21).
  about: '/gioi-thieu',
  organisation: '/gioi-thieu/co-cau-to-chuc',
  contact: '/lien-he',
  questions: '/hoi-dap',
  question: '/hoi-dap/',
  askQuestion: '/hoi-dap/gui-cau-hoi',
  trackQuestion: '/hoi-dap/tra-cuu',
} as const;

/** An agency's pages in English, each the counterpart of a Vietnamese one (under `/<code>` as the others). */
export const ENGLISH_PATHS = {
  home: '/en',
  about: '/en/about',
  contact: '/en/contact',
} as const;

/**
 * Paths the site server answers itself, outside the app's routes: built files, the sitemap files (proxied to the
 * CMS), robots.txt and the CMS's change announcements. With SITE_PATHS and the preview, they make every first path
 * word of the site.
 */
export const SITE_SERVER_PATHS = {
  assets: '/assets/',
  sitemapIndex: '/sitemap.xml',
  sitemapFiles: '/sitemaps/',
  robots: '/robots.txt',
  changeHook: '/_site/content-changed',
  /** The English pages of an agency (its introduction and contacts). */
  english: '/en',
} as const;

/** A draft as its page will show it, opened from the admin (see preview.ts). */
export const PREVIEW_PATH = '/xem-truoc';

export type DocumentKind =
  'article' | 'category' | 'campaignTheme' | 'author' | 'legalDocument' | 'notice' | 'question';

/** The site path of one document, e.g. `/tin-tuc/<slug>`. */
export function documentPath(kind: DocumentKind, slug: string): string {
  return `${SITE_PATHS[kind]}${encodeURIComponent(slug)}`;
}

/**
 * Whether a site path (without its agency's prefix) is a page of the register of debtors: personal data, never
 * indexed (`X-Robots-Tag` from the site server, `robots` in the page's head) and never in a share preview.
 */
export const isRegisterPath = (path: string): boolean =>
  path === SITE_PATHS.register || path.startsWith(SITE_PATHS.registerEntry);

/** The first word of a path (`/tin-tuc/x` → `tin-tuc`), lower-cased as routers match it. */
export const firstPathWord = (path: string): string => (path.split('/')[1] ?? '').toLowerCase();

/**
 * Every first path word the site uses, from its path tables: an agency's code (a path prefix, `/<code>/…`) must be
 * none of them, or one of the two would hide the other.
 */
export const SITE_FIRST_PATH_WORDS: readonly string[] = [
  ...new Set([...Object.values(SITE_PATHS), ...Object.values(SITE_SERVER_PATHS), PREVIEW_PATH].map(firstPathWord)),
].filter(Boolean);

/**
 * The path prefix of an agency's pages: none for the installation's home agency (served at the root), `/<code>` for
 * every other one.
 */
export const agencyPrefix = (code: string, homeCode: string): string => (code === homeCode ? '' : `/${code}`);

/** A site path under an agency's prefix: `/phutho` + `/tin-tuc/x`; the home page of an agency is `/<code>/`. */
export const underAgency = (prefix: string, path: string): string =>
  prefix && path === '/' ? `${prefix}/` : `${prefix}${path}`;
