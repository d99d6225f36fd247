// The head tags of each page of the site (title, description, canonical URL, OpenGraph, Twitter, Dublin Core,
// JSON-LD), built in one place: the site server writes them into the first page's HTML, the browser puts them in
// place after each client-side navigation, and both give the same tags for the same page.
import { formatVietnamDate, toVietnamIso } from '@thads/vietnamese';
import { blocksToText } from './blocks-text.js';
import { LANGUAGE_LOCALES, pageLanguages, type SiteLanguage } from './site-language.js';
import { documentPath, ENGLISH_PATHS, SITE_PATHS, underAgency } from './site-paths.js';

/** The site's name when its agency is not known (the same as index.html's title). */
export const DEFAULT_SITE_NAME = 'Cổng thông tin điện tử Thi hành án dân sự';
/** index.html's description, for pages of an agency without a description of its own. */
export const SITE_DESCRIPTION =
  'Cổng thông tin điện tử của các cơ quan thi hành án dân sự: tin tức, hoạt động, phong trào thi đua.';
const DESCRIPTION_LENGTH = 200;

/** A picture of a document (a cover, a photo), as the CMS gives it. */
type Picture = { url: string } | null | undefined;
type Text = string | null | undefined;

/**
 * A page of the site with the document(s) it shows, as the site fetches them (the public API's types fit: only the
 * public fields named here are read); `page` is a list's page (?trang=N).
 */
export type PageHeadInput =
  | { kind: 'home'; page?: number }
  | {
      kind: 'article';
      article: {
        title: string;
        slug: string;
        lead?: Text;
        body?: unknown;
        date?: Text;
        updatedAt?: Text;
        cover?: Picture;
        category?: { name: string } | null;
        authors?: Array<{ name: string; slug: string }> | null;
      };
    }
  | { kind: 'category'; category: { name: string; slug: string; description?: Text }; page?: number }
  | {
      kind: 'campaignTheme';
      theme: { name: string; slug: string; slogan?: Text; description?: unknown; cover?: Picture };
      page?: number;
    }
  | { kind: 'campaignThemes' }
  | {
      kind: 'author';
      author: { name: string; slug: string; bio?: Text; position?: Text; unit?: Text; photo?: Picture };
      page?: number;
    }
  /** `day`: yyyy-mm-dd, a day that exists (any other is a not-found page). */
  | { kind: 'day'; day: string; page?: number }
  | { kind: 'search'; query: string }
  | { kind: 'siteMap' }
  | { kind: 'signIn' }
  /** The directory of agencies (`/co-quan`). */
  | { kind: 'agencies' }
  /** Citizens' published questions ("Hỏi đáp"), of one topic (`value`: its path word) or all. */
  | { kind: 'questions'; topic?: { value: string; label: string } | null; page?: number }
  /** A published question with its answer: the citizen's text (edited for privacy), never who asked. */
  | { kind: 'question'; question: { title: string; slug: string; question?: Text } }
  | { kind: 'askQuestion' }
  | { kind: 'trackQuestion' }
  /** An agency's introduction, its organisation, its contacts (`summary`: its introduction's, when it has one). */
  | { kind: 'about'; summary?: Text }
  | { kind: 'organisation' }
  | { kind: 'contact' }
  /**
   * An agency's pages in English: its English home, introduction and contacts, named by its English name (`name`; its
   * Vietnamese one where it has none yet).
   */
  | { kind: 'englishHome' | 'englishAbout' | 'englishContact'; name: string; summary?: Text }
  | { kind: 'legalDocuments'; page?: number }
  | {
      kind: 'legalDocument';
      document: {
        number: string;
        slug: string;
        summary: string;
        issuedOn?: Text;
        updatedAt?: Text;
        issuingBody?: Text;
      };
    }
  | { kind: 'notices'; page?: number }
  | {
      kind: 'notice';
      notice: { title: string; slug: string; date?: Text; updatedAt?: Text; assetDescription?: Text };
    }
  /**
   * The register of debtors and its entries: personal data, never indexed, no share tags (no name in any `og:` or
   * `twitter:` tag, JSON-LD or Dublin Core: the head names only the register).
   */
  | { kind: 'register' }
  | { kind: 'registerEntry' }
  | { kind: 'notFound' }
  /** A draft opened with a preview token: never indexed, and its URL never sent on. */
  | { kind: 'preview'; title: string | null };

export type PageKind = PageHeadInput['kind'];

/**
 * Where the page is: the site's public origin (`https://…`, no trailing slash) and the agency whose page it is, if
 * known: its name (the site's name on its pages), short name and description, its code (its feeds) and the prefix of
 * its pages (`''` for the installation's home agency, `/<code>` for any other). `national`: the central department,
 * whose pages also offer the feed of every agency's news.
 */
export type SiteIdentity = {
  origin: string;
  name?: string | null;
  shortName?: string | null;
  description?: string | null;
  code?: string | null;
  prefix?: string;
  national?: boolean;
};

export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; attribute: 'name' | 'property'; key: string; content: string }
  /** `type` and `title` for a feed (`rel="alternate"`); `hreflang` for a page's version in another language. */
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string; hreflang?: string }
  /** A `<script type="application/ld+json">` data block. */
  | { tag: 'json-ld'; data: Record<string, unknown> };

/** What one page says of itself, before it becomes tags. */
type PageMeta = {
  title: string | null;
  /** The page's language (Vietnamese unless said), and the site's name in it. */
  language?: SiteLanguage;
  siteName?: string;
  description: string;
  /** The page's path on the site (with its list page), for its canonical URL. */
  path: string;
  type: 'article' | 'website' | 'profile';
  image?: string | null;
  published?: string;
  modified?: string;
  authors?: Array<{ name: string; slug: string }>;
  section?: string | null;
};

function shorten(text: string | null | undefined): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= DESCRIPTION_LENGTH) return clean;
  const cut = clean.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH - 30))}…`;
}

/** The register's name (Luật Thi hành án dân sự, Điều 44a): its pages' title, never a person's name. */
export const REGISTER_TITLE = 'Danh sách người phải thi hành án chưa có điều kiện thi hành';

const withPage = (path: string, page = 1) => (page > 1 ? `${path}?trang=${page}` : path);
const paged = (title: string, page = 1) => (page > 1 ? `${title} – trang ${page}` : title);

/** An image on the site or on the web (never `javascript:`, `data:` or `//host`), made absolute. */
function imageUrl(url: string | null | undefined, origin: string): string {
  // Browsers ignore control characters and spaces inside schemes: judge the URL as they read it.
  const clean = (url ?? '').replace(/[\u0000-\u0020\u007f]/g, '');
  return /^(https?:|\/(?!\/))/i.test(clean) ? new URL(clean, `${origin}/`).href : `${origin}/share-image.png`;
}

/** The English pages: title (none: the agency's name), path, and what the page is about when it has no summary. */
const ENGLISH_PAGES = {
  englishHome: [null, ENGLISH_PATHS.home, 'who we are and how to reach us'],
  englishAbout: ['About us', ENGLISH_PATHS.about, 'functions, duties, leadership and offices'],
  englishContact: ['Contact', ENGLISH_PATHS.contact, 'addresses, phones, email and working hours of its offices'],
} as const;

/** The meta of an indexable page; null for the pages that are not (not found, preview). */
function pageMeta(input: PageHeadInput, siteName: string): PageMeta | null {
  switch (input.kind) {
    case 'home':
      return {
        title: input.page && input.page > 1 ? paged('Tin mới', input.page) : null,
        description: `Tin tức, hoạt động và phong trào thi đua của ${siteName}.`,
        path: withPage('/', input.page),
        type: 'website',
      };
    case 'article': {
      const { article } = input;
      return {
        title: article.title,
        description: shorten(article.lead || blocksToText(article.body)),
        path: documentPath('article', article.slug),
        type: 'article',
        image: article.cover?.url,
        published: article.date ? toVietnamIso(article.date) : undefined,
        modified: article.updatedAt ? toVietnamIso(article.updatedAt) : undefined,
        authors: (article.authors ?? []).map(({ name, slug }) => ({ name, slug })),
        section: article.category?.name,
      };
    }
    case 'category': {
      const { category } = input;
      return {
        title: paged(`Chuyên mục ${category.name}`, input.page),
        description: shorten(category.description || `Tin tức chuyên mục ${category.name}`),
        path: withPage(documentPath('category', category.slug), input.page),
        type: 'website',
      };
    }
    case 'campaignTheme': {
      const { theme } = input;
      return {
        title: paged(`Phong trào thi đua: ${theme.name}`, input.page),
        description: shorten(theme.slogan || blocksToText(theme.description) || theme.name),
        path: withPage(documentPath('campaignTheme', theme.slug), input.page),
        type: 'website',
        image: theme.cover?.url,
      };
    }
    case 'campaignThemes':
      return {
        title: 'Phong trào thi đua',
        description: `Các phong trào thi đua của ngành Tư pháp, Thi hành án dân sự và ${siteName}.`,
        path: SITE_PATHS.campaignThemes,
        type: 'website',
      };
    case 'author': {
      const { author } = input;
      const role = [author.position, author.unit].filter(Boolean).join(', ');
      return {
        title: paged(`Tác giả ${author.name}`, input.page),
        description: shorten(author.bio || role || `Các bài viết của ${author.name}`),
        path: withPage(documentPath('author', author.slug), input.page),
        type: 'profile',
        image: author.photo?.url,
      };
    }
    case 'day': {
      const label = formatVietnamDate(`${input.day}T12:00:00+07:00`);
      return {
        title: paged(`Các tin đã đưa ngày ${label}`, input.page),
        description: `Các tin bài đã đưa ngày ${label} trên cổng thông tin.`,
        path: withPage(`${SITE_PATHS.day}${encodeURIComponent(input.day)}`, input.page),
        type: 'website',
      };
    }
    case 'search': {
      const query = input.query.trim();
      return {
        title: query ? `Tìm kiếm: ${query}` : 'Tìm kiếm',
        description: `Tìm kiếm tin bài trên cổng thông tin ${siteName}.`,
        path: query ? `${SITE_PATHS.search}?${new URLSearchParams({ q: query }).toString()}` : SITE_PATHS.search,
        type: 'website',
      };
    }
    case 'siteMap':
      return {
        title: 'Sơ đồ cổng thông tin',
        description: 'Sơ đồ các trang, chuyên mục, phong trào thi đua và tác giả của cổng thông tin.',
        path: SITE_PATHS.siteMap,
        type: 'website',
      };
    case 'signIn':
      return {
        title: 'Đăng nhập',
        description: `Đăng nhập dành cho cán bộ, công chức ${siteName}.`,
        path: SITE_PATHS.signIn,
        type: 'website',
      };
    case 'agencies':
      return {
        title: 'Các cơ quan thi hành án dân sự',
        description:
          'Các cơ quan thi hành án dân sự ở trung ương, các tỉnh, thành phố và các cơ quan đã hợp nhất, với cổng thông tin của từng cơ quan.',
        path: SITE_PATHS.agencies,
        type: 'website',
      };
    case 'questions': {
      const topic = input.topic;
      const path = topic
        ? `${SITE_PATHS.questions}?${new URLSearchParams({ 'chu-de': topic.value }).toString()}`
        : SITE_PATHS.questions;
      return {
        title: paged(topic ? `Hỏi đáp: ${topic.label}` : 'Hỏi đáp', input.page),
        description: `Câu hỏi của người dân và trả lời của ${siteName}${topic ? ` về ${topic.label.toLowerCase()}` : ''}.`,
        path: input.page && input.page > 1 ? `${path}${topic ? '&' : '?'}trang=${input.page}` : path,
        type: 'website',
      };
    }
    case 'question': {
      const { question } = input;
      return {
        title: question.title,
        description: shorten(question.question || question.title),
        path: documentPath('question', question.slug),
        type: 'website',
      };
    }
    case 'askQuestion':
      return {
        title: 'Gửi câu hỏi',
        description: `Gửi câu hỏi về thi hành án dân sự tới ${siteName}; không cần tài khoản.`,
        path: SITE_PATHS.askQuestion,
        type: 'website',
      };
    case 'trackQuestion':
      return {
        title: 'Tra cứu câu hỏi',
        description: 'Tra cứu tình trạng câu hỏi đã gửi bằng mã tra cứu.',
        path: SITE_PATHS.trackQuestion,
        type: 'website',
      };
    case 'about':
      return {
        title: 'Giới thiệu',
        description: shorten(input.summary || `Chức năng, nhiệm vụ, lãnh đạo và các đơn vị của ${siteName}.`),
        path: SITE_PATHS.about,
        type: 'website',
      };
    case 'organisation':
      return {
        title: 'Cơ cấu tổ chức',
        description: `Cơ cấu tổ chức của ${siteName}: lãnh đạo, trụ sở chính và các đơn vị trực thuộc.`,
        path: SITE_PATHS.organisation,
        type: 'website',
      };
    case 'contact':
      return {
        title: 'Liên hệ',
        description: `Địa chỉ, điện thoại, thư điện tử và giờ làm việc của ${siteName} và các đơn vị trực thuộc.`,
        path: SITE_PATHS.contact,
        type: 'website',
      };
    case 'englishHome':
    case 'englishAbout':
    case 'englishContact': {
      const [title, path, about] = ENGLISH_PAGES[input.kind];
      return {
        title,
        language: 'en',
        siteName: input.name,
        description: shorten(input.summary || `${input.name}: ${about}.`),
        path,
        type: 'website',
      };
    }
    case 'legalDocuments':
      return {
        title: paged('Văn bản', input.page),
        description: `Văn bản do ${siteName} ban hành hoặc áp dụng, và văn bản của Trung ương: số hiệu, trích yếu, hiệu lực.`,
        path: withPage(SITE_PATHS.legalDocuments, input.page),
        type: 'website',
      };
    case 'legalDocument': {
      const { document } = input;
      return {
        title: `Văn bản ${document.number}`,
        description: shorten(`${document.number}: ${document.summary}`),
        path: documentPath('legalDocument', document.slug),
        type: 'article',
        published: document.issuedOn ? toVietnamIso(`${document.issuedOn}T00:00:00+07:00`) : undefined,
        modified: document.updatedAt ? toVietnamIso(document.updatedAt) : undefined,
        section: 'Văn bản',
      };
    }
    case 'notices':
      return {
        title: paged('Thông báo', input.page),
        description: `Thông báo đấu giá tài sản, lựa chọn tổ chức đấu giá, thẩm định giá và thông báo thi hành án của ${siteName}.`,
        path: withPage(SITE_PATHS.notices, input.page),
        type: 'website',
      };
    case 'notice': {
      const { notice } = input;
      return {
        title: notice.title,
        description: shorten(notice.assetDescription || notice.title),
        path: documentPath('notice', notice.slug),
        type: 'article',
        published: notice.date ? toVietnamIso(`${notice.date}T00:00:00+07:00`) : undefined,
        modified: notice.updatedAt ? toVietnamIso(notice.updatedAt) : undefined,
        section: 'Thông báo',
      };
    }
    case 'register':
    case 'registerEntry':
    case 'notFound':
    case 'preview':
      return null;
  }
}

/**
 * A page that exists in both languages names both versions (and the Vietnamese one as the default), each linking to
 * the other: `hreflang` alternates for search engines.
 */
function languageAlternates(path: string, origin: string, at: (path: string) => string): HeadTag[] {
  const pair = pageLanguages(path);
  if (!pair) return [];
  const link = (hreflang: string, page: string): HeadTag => ({
    tag: 'link',
    rel: 'alternate',
    hreflang,
    href: `${origin}${at(page)}`,
  });
  return [
    link(LANGUAGE_LOCALES.vi.hreflang, pair.vi),
    link(LANGUAGE_LOCALES.en.hreflang, pair.en),
    link('x-default', pair.vi),
  ];
}

const feedHref = (format: 'rss' | 'atom', params: Record<string, string | null | undefined>) => {
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => (value ? [[key, value]] : [])),
  ).toString();
  return `/api/feeds/${format}${query ? `?${query}` : ''}`;
};

/**
 * The agency's news feeds (RSS and Atom), and on the central department's pages the feed of every agency's news: named
 * in the head of every page so that feed readers (which run no script) find them. On the site's own origin, which
 * proxies the API.
 */
function siteFeeds(site: SiteIdentity, siteName: string): HeadTag[] {
  const label = site.shortName || siteName;
  const feed = (format: 'rss' | 'atom', title: string, agency?: string | null): HeadTag => ({
    tag: 'link',
    rel: 'alternate',
    type: `application/${format}+xml`,
    title: `${title} (${format === 'rss' ? 'RSS' : 'Atom'})`,
    href: feedHref(format, { agency }),
  });
  return [
    feed('rss', `Tin tức – ${label}`, site.code),
    feed('atom', `Tin tức – ${label}`, site.code),
    ...(site.national ? [feed('rss', 'Tin tức của các cơ quan thi hành án dân sự')] : []),
  ];
}

/**
 * A category's, campaign theme's or author's own RSS feed (of the agency's articles), beside the agency's: named in the
 * head so that feed readers find it from the page.
 */
function ownFeed(input: PageHeadInput, site: SiteIdentity): HeadTag[] {
  if (input.kind === 'notices' || input.kind === 'notice')
    return (['rss', 'atom'] as const).map((format) => ({
      tag: 'link',
      rel: 'alternate',
      type: `application/${format}+xml`,
      title: `Thông báo (${format === 'rss' ? 'RSS' : 'Atom'})`,
      href: feedHref(format, { type: 'notice', agency: site.code }),
    }));
  const scope =
    input.kind === 'category'
      ? (['category', input.category] as const)
      : input.kind === 'campaignTheme'
        ? (['theme', input.theme] as const)
        : input.kind === 'author'
          ? (['author', input.author] as const)
          : null;
  if (!scope) return [];
  const [param, { name, slug }] = scope;
  return [
    {
      tag: 'link',
      rel: 'alternate',
      type: 'application/rss+xml',
      title: `${name} (RSS)`,
      href: feedHref('rss', { [param]: slug, agency: site.code }),
    },
  ];
}

/** The title a page shows in its tab: its own with the site's name, or the site's name alone. */
const tabTitle = (title: string | null, siteName: string) => (title ? `${title} | ${siteName}` : siteName);

/** The head tags of a page, in the order they are written. */
export function pageHead(input: PageHeadInput, site: SiteIdentity): HeadTag[] {
  const siteName = site.name || DEFAULT_SITE_NAME;
  const { origin } = site;
  const at = (path: string) => underAgency(site.prefix ?? '', path);
  const found = pageMeta(input, siteName);
  // An English page is its agency's by its English name.
  const meta = found && { ...found, language: found.language ?? 'vi' };
  const pageSite = meta?.siteName ?? siteName;
  const language = meta?.language ?? 'vi';
  const name = (key: string, content: string): HeadTag => ({ tag: 'meta', attribute: 'name', key, content });
  if (!meta) {
    const title =
      input.kind === 'preview'
        ? input.title
          ? `Xem trước: ${input.title}`
          : 'Xem trước'
        : input.kind === 'register' || input.kind === 'registerEntry'
          ? REGISTER_TITLE
          : null;
    return [
      { tag: 'title', text: tabTitle(title ?? 'Không tìm thấy trang', siteName) },
      name('description', site.description || SITE_DESCRIPTION),
      name('robots', input.kind === 'notFound' ? 'noindex' : 'noindex, nofollow'),
      // The preview's URL carries its token: never sent on as a referrer.
      ...(input.kind === 'preview' ? [name('referrer', 'no-referrer')] : []),
    ];
  }
  const property = (key: string, content: string | null | undefined): HeadTag[] =>
    content ? [{ tag: 'meta', attribute: 'property', key, content }] : [];
  const title = meta.title ?? pageSite;
  const canonical = `${origin}${at(meta.path)}`;
  const image = imageUrl(meta.image, origin);
  const authors = (meta.authors ?? []).map((author) => ({
    name: author.name,
    url: `${origin}${at(documentPath('author', author.slug))}`,
  }));
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: pageSite,
    url: `${origin}${at('/')}`,
    logo: { '@type': 'ImageObject', url: `${origin}/share-image.png` },
  };
  const jsonLd =
    meta.type === 'article'
      ? {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: title,
          description: meta.description,
          datePublished: meta.published,
          dateModified: meta.modified ?? meta.published,
          author: authors.map((author) => ({ '@type': 'Person', ...author })),
          publisher,
          image: [image],
          inLanguage: language,
          articleSection: meta.section ?? undefined,
          mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
        }
      : {
          '@context': 'https://schema.org',
          '@type': meta.type === 'profile' ? 'ProfilePage' : 'CollectionPage',
          name: title,
          description: meta.description,
          url: canonical,
          inLanguage: language,
          publisher,
        };
  return [
    { tag: 'title', text: tabTitle(meta.title, pageSite) },
    name('description', meta.description),
    { tag: 'link', rel: 'canonical', href: canonical },
    ...languageAlternates(meta.path, origin, at),
    ...siteFeeds(site, siteName),
    ...ownFeed(input, site),
    ...property('og:site_name', pageSite),
    ...property('og:locale', LANGUAGE_LOCALES[language].og),
    ...property('og:type', meta.type),
    ...property('og:title', title),
    ...property('og:description', meta.description),
    ...property('og:url', canonical),
    ...property('og:image', image),
    ...property('article:published_time', meta.published),
    ...property('article:modified_time', meta.modified),
    ...authors.flatMap((author) => property('article:author', author.url)),
    ...property('article:section', meta.section),
    name('twitter:card', 'summary_large_image'),
    name('twitter:title', title),
    name('twitter:description', meta.description),
    name('twitter:image', image),
    { tag: 'link', rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
    name('DC.title', title),
    name('DC.creator', authors.map((author) => author.name).join(', ') || pageSite),
    ...(meta.published || meta.modified ? [name('DC.date', meta.published ?? meta.modified ?? '')] : []),
    name('DC.description', meta.description),
    name('DC.publisher', pageSite),
    name('DC.identifier', canonical),
    name('DC.language', language),
    name('DC.type', meta.type === 'article' ? 'Text' : 'Collection'),
    { tag: 'json-ld', data: jsonLd },
  ];
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The tags as HTML for a page's head, every value escaped (no text from the CMS can close its element). */
export function headTagsHtml(tags: HeadTag[]): string {
  return tags
    .map((tag) => {
      switch (tag.tag) {
        case 'title':
          return `<title>${escapeHtml(tag.text)}</title>`;
        case 'meta':
          return `<meta ${tag.attribute}="${escapeHtml(tag.key)}" content="${escapeHtml(tag.content)}" />`;
        case 'link': {
          const attributes = Object.entries({
            rel: tag.rel,
            hreflang: tag.hreflang,
            href: tag.href,
            type: tag.type,
            title: tag.title,
          })
            .flatMap(([key, value]) => (value ? [`${key}="${escapeHtml(value)}"`] : []))
            .join(' ');
          return `<link ${attributes} />`;
        }
        case 'json-ld':
          // A data block, never executed; "<" is escaped so no text inside it can close the element.
          return `<script type="application/ld+json">${JSON.stringify(tag.data).replace(/</g, '\\u003c')}</script>`;
      }
    })
    .join('\n    ');
}
