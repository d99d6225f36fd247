import { documentPath, ENGLISH_PATHS, PREVIEW_PATH, SITE_PATHS } from '@thads/content';

/** Every URL of the site in one place: patterns for the router, builders for links. */
const segment = encodeURIComponent;
const withPage = (path: string, page = 1) => (page > 1 ? `${path}?trang=${page}` : path);

export const paths = {
  home: { pattern: '/', build: (page = 1) => withPage('/', page) },
  article: { pattern: `${SITE_PATHS.article}:slug`, build: (slug: string) => documentPath('article', slug) },
  category: {
    pattern: `${SITE_PATHS.category}:slug`,
    build: (slug: string, page = 1) => withPage(documentPath('category', slug), page),
  },
  campaignThemes: { pattern: SITE_PATHS.campaignThemes, build: () => SITE_PATHS.campaignThemes },
  campaignTheme: {
    pattern: `${SITE_PATHS.campaignTheme}:slug`,
    build: (slug: string, page = 1) => withPage(documentPath('campaignTheme', slug), page),
  },
  author: {
    pattern: `${SITE_PATHS.author}:slug`,
    build: (slug: string, page = 1) => withPage(documentPath('author', slug), page),
  },
  /** "Các tin đã đưa ngày": one Vietnam calendar day, yyyy-mm-dd. */
  day: {
    pattern: `${SITE_PATHS.day}:day`,
    build: (day: string, page = 1) => withPage(`${SITE_PATHS.day}${segment(day)}`, page),
  },
  /** `tiep-theo`: the page to return to after signing in; `het-han`: the previous session expired. */
  signIn: {
    pattern: SITE_PATHS.signIn,
    build: ({ returnTo, expired }: { returnTo?: string; expired?: boolean } = {}) => {
      const query = new URLSearchParams();
      if (expired) query.set('het-han', '1');
      if (returnTo && returnTo !== SITE_PATHS.signIn) query.set('tiep-theo', returnTo);
      const text = query.toString();
      return text ? `${SITE_PATHS.signIn}?${text}` : SITE_PATHS.signIn;
    },
  },
  /** A draft as its page will show it, opened by the admin's preview with a short-lived token (never linked). */
  preview: { pattern: `${PREVIEW_PATH}/:type/:documentId` },
  /** "Các cơ quan thi hành án dân sự": the directory of agencies, one page at the root for every agency. */
  agencies: { pattern: SITE_PATHS.agencies, build: () => SITE_PATHS.agencies },
  /** "Sơ đồ cổng thông tin": the HTML sitemap state portals must have. */
  siteMap: { pattern: SITE_PATHS.siteMap, build: () => SITE_PATHS.siteMap },
  /** "Hỏi đáp": an agency's published questions, of one topic (`chu-de`) or all. */
  questions: {
    pattern: SITE_PATHS.questions,
    build: ({ topic, page = 1 }: { topic?: string; page?: number } = {}) => {
      const query = new URLSearchParams();
      if (topic) query.set('chu-de', topic);
      if (page > 1) query.set('trang', String(page));
      const text = query.toString();
      return text ? `${SITE_PATHS.questions}?${text}` : SITE_PATHS.questions;
    },
  },
  /** The form and the tracking page go before a question's page: their words are not slugs. */
  askQuestion: { pattern: SITE_PATHS.askQuestion, build: () => SITE_PATHS.askQuestion },
  /** `ma`: the tracking code to look up (a GET form, so it works without JavaScript). */
  trackQuestion: {
    pattern: SITE_PATHS.trackQuestion,
    build: (code?: string) =>
      code ? `${SITE_PATHS.trackQuestion}?${new URLSearchParams({ ma: code }).toString()}` : SITE_PATHS.trackQuestion,
  },
  question: { pattern: `${SITE_PATHS.question}:slug`, build: (slug: string) => documentPath('question', slug) },
  /** "Văn bản": the agency's documents and the central department's; filters in the query string. */
  legalDocuments: {
    pattern: SITE_PATHS.legalDocuments,
    build: (search = '') => `${SITE_PATHS.legalDocuments}${search}`,
  },
  legalDocument: {
    pattern: `${SITE_PATHS.legalDocument}:slug`,
    build: (slug: string) => documentPath('legalDocument', slug),
  },
  /** "Thông báo": open notices first, then the expired ones; filters in the query string. */
  notices: { pattern: SITE_PATHS.notices, build: (search = '') => `${SITE_PATHS.notices}${search}` },
  notice: { pattern: `${SITE_PATHS.notice}:slug`, build: (slug: string) => documentPath('notice', slug) },
  /** The register of debtors without conditions to pay (never indexed); its search in the query string. */
  register: { pattern: SITE_PATHS.register, build: (search = '') => `${SITE_PATHS.register}${search}` },
  registerEntry: {
    pattern: `${SITE_PATHS.registerEntry}:documentId`,
    build: (documentId: string) => `${SITE_PATHS.registerEntry}${segment(documentId)}`,
  },
  /** The query and filters live in the URL: results can be shared, and the back button works. */
  search: {
    pattern: SITE_PATHS.search,
    build: (params: Partial<Record<SearchUrlParam, string | number | undefined>>) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params))
        if (value !== undefined && value !== '' && !(key === 'trang' && value === 1)) query.set(key, String(value));
      const text = query.toString();
      return text ? `${SITE_PATHS.search}?${text}` : SITE_PATHS.search;
    },
  },
  /** An agency's introduction, its organisation and its contacts (`?xa=`: the ward lookup), and their English pages. */
  about: { pattern: SITE_PATHS.about, build: () => SITE_PATHS.about },
  organisation: { pattern: SITE_PATHS.organisation, build: () => SITE_PATHS.organisation },
  contact: { pattern: SITE_PATHS.contact, build: () => SITE_PATHS.contact },
  englishHome: { pattern: ENGLISH_PATHS.home, build: () => ENGLISH_PATHS.home },
  englishAbout: { pattern: ENGLISH_PATHS.about, build: () => ENGLISH_PATHS.about },
  englishContact: { pattern: ENGLISH_PATHS.contact, build: () => ENGLISH_PATHS.contact },
} as const;

/**
 * `co-quan`: on the central department's search (of every agency), the one agency to search; `loai`: what to search
 * (`van-ban` documents, `thong-bao` notices, `hoi-dap` citizens' questions, of one topic: `chu-de`; news without it).
 */
export type SearchUrlParam =
  'q' | 'trang' | 'chuyen-muc' | 'phong-trao' | 'tac-gia' | 'tu-ngay' | 'den-ngay' | 'co-quan' | 'loai' | 'chu-de';

/** Where to go after signing in: only a path of this site (never another origin, never `//host`). */
export function returnPathFromSearch(search: string): string {
  const target = new URLSearchParams(search).get('tiep-theo') ?? '';
  return /^\/(?![/\\])/.test(target) ? target : '/';
}

/** ?trang=N, defaulting to 1 for anything that is not a positive whole number. */
export function pageFromSearch(search: string): number {
  const page = Number(new URLSearchParams(search).get('trang'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}
