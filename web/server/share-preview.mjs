// Share previews without JavaScript: each document page of the site is sent with its own title, description,
// canonical URL, OpenGraph and Twitter tags, JSON-LD and Dublin Core, built from the CMS's public API. Every client
// gets the same HTML (no user-agent sniffing); the single-page app then takes over.
import { blocksToText, documentPath, SITE_PATHS } from '@thads/content';
import { SLUG_PATTERN, toVietnamIso } from '@thads/vietnamese';

const PATTERNS = [
  { kind: 'article', prefix: SITE_PATHS.article, collection: 'articles' },
  { kind: 'category', prefix: SITE_PATHS.category, collection: 'categories' },
  { kind: 'campaignTheme', prefix: SITE_PATHS.campaignTheme, collection: 'campaign-themes' },
  { kind: 'author', prefix: SITE_PATHS.author, collection: 'authors' },
];
const DESCRIPTION_LENGTH = 200;

/** @param {string} text */
export const escapeHtml = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The document a site path shows, if it is a document page: `/tin-tuc/<slug>` and the like. */
export function documentOfPath(/** @type {string} */ pathname) {
  for (const pattern of PATTERNS) {
    if (!pathname.startsWith(pattern.prefix)) continue;
    const slug = pathname.slice(pattern.prefix.length).replace(/\/$/, '');
    return SLUG_PATTERN.test(slug) ? { ...pattern, slug } : null;
  }
  return null;
}

/** @param {string | null | undefined} text */
function shorten(text) {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= DESCRIPTION_LENGTH) return clean;
  const cut = clean.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH - 30))}…`;
}

/**
 * @typedef {import('@thads/content').Article} Article
 * @typedef {import('@thads/content').Author} Author
 * @typedef {import('@thads/content').CampaignTheme} CampaignTheme
 * @typedef {import('@thads/content').Category} Category
 */

/**
 * @typedef {{ title: string, description: string, canonical: string, type: 'article' | 'website' | 'profile',
 *   image: string, published?: string, modified?: string, authors: Array<{ name: string, url: string }>,
 *   section?: string }} PageMeta
 */

/**
 * The metadata of a document page, or null when the CMS has no such published document (the page is then a 404).
 * @param {{ kind: string, collection: string, slug: string }} page
 * @param {(path: string) => Promise<any>} getJson the CMS's public API
 * @param {string} origin the site's public origin
 * @returns {Promise<{ meta: PageMeta, siteName: string } | null>}
 */
export async function loadPageMeta(page, getJson, origin) {
  const [list, settings] = await Promise.all([
    getJson(`/api/${page.collection}?filters[slug][$eq]=${encodeURIComponent(page.slug)}&pagination[pageSize]=1`),
    getJson('/api/site-setting').catch(() => null),
  ]);
  const document = list?.data?.[0];
  return document ? pageMetaOf(page, document, settings?.data?.siteName, origin) : null;
}

/**
 * The metadata of a document page from the document itself (as the CMS's public API gives it).
 * @param {{ kind: string, slug: string }} page
 * @param {any} document
 * @param {string | undefined} siteNameSetting the site's name in the CMS's settings, if known
 * @param {string} origin the site's public origin
 * @returns {{ meta: PageMeta, siteName: string }}
 */
export function pageMetaOf(page, document, siteNameSetting, origin) {
  const siteName = siteNameSetting ?? 'Cục Thi hành án dân sự tỉnh Vĩnh Phúc';
  const canonical = `${origin}${documentPath(/** @type {any} */ (page.kind), page.slug)}`;
  const absolute = (/** @type {string | undefined} */ url) =>
    url ? (/^https?:\/\//.test(url) ? url : `${origin}${url}`) : `${origin}/share-image.png`;
  /** @type {PageMeta} */
  let meta;
  if (page.kind === 'article') {
    /** @type {Article} */
    const article = document;
    meta = {
      title: article.title,
      description: shorten(article.lead || blocksToText(article.body)),
      canonical,
      type: 'article',
      image: absolute(article.cover?.url),
      published: article.date,
      modified: article.updatedAt,
      authors: (article.authors ?? []).map((author) => ({
        name: author.name,
        url: `${origin}${documentPath('author', author.slug)}`,
      })),
      section: article.category?.name,
    };
  } else if (page.kind === 'author') {
    /** @type {Author} */
    const author = document;
    meta = {
      title: `Tác giả ${author.name}`,
      description: shorten(
        author.bio || [author.position, author.unit].filter(Boolean).join(', ') || `Các bài viết của ${author.name}`,
      ),
      canonical,
      type: 'profile',
      image: absolute(author.photo?.url),
      authors: [],
    };
  } else if (page.kind === 'campaignTheme') {
    /** @type {CampaignTheme} */
    const theme = document;
    meta = {
      title: `Phong trào thi đua: ${theme.name}`,
      description: shorten(theme.slogan || blocksToText(theme.description) || theme.name),
      canonical,
      type: 'website',
      image: absolute(theme.cover?.url),
      authors: [],
    };
  } else {
    /** @type {Category} */
    const category = document;
    meta = {
      title: `Chuyên mục ${category.name}`,
      description: shorten(category.description || `Tin tức chuyên mục ${category.name}`),
      canonical,
      type: 'website',
      image: absolute(undefined),
      authors: [],
    };
  }
  return { meta, siteName };
}

/**
 * The head tags of a page.
 * @param {PageMeta} meta
 * @param {string} siteName
 * @param {string} origin
 */
export function headTags(meta, siteName, origin) {
  const attr = escapeHtml;
  const tag = (/** @type {string} */ name, /** @type {string | undefined} */ content, key = 'name') =>
    content ? `<meta ${key}="${attr(name)}" content="${attr(content)}" />` : '';
  const published = meta.published ? toVietnamIso(meta.published) : undefined;
  const modified = meta.modified ? toVietnamIso(meta.modified) : undefined;
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: siteName,
    url: `${origin}/`,
    logo: { '@type': 'ImageObject', url: `${origin}/share-image.png` },
  };
  const jsonLd =
    meta.type === 'article'
      ? {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: meta.title,
          description: meta.description,
          datePublished: published,
          dateModified: modified ?? published,
          author: meta.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
          publisher,
          image: [meta.image],
          inLanguage: 'vi',
          articleSection: meta.section,
          mainEntityOfPage: { '@type': 'WebPage', '@id': meta.canonical },
        }
      : {
          '@context': 'https://schema.org',
          '@type': meta.type === 'profile' ? 'ProfilePage' : 'CollectionPage',
          name: meta.title,
          description: meta.description,
          url: meta.canonical,
          inLanguage: 'vi',
          publisher,
        };
  // A data block, never executed; "<" is escaped so no text inside it can close the element.
  const json = JSON.stringify(jsonLd).replace(/</g, '\\u003c');
  const creators = meta.authors.map((author) => author.name).join(', ');
  return [
    `<link rel="canonical" href="${attr(meta.canonical)}" />`,
    tag('og:site_name', siteName, 'property'),
    tag('og:locale', 'vi_VN', 'property'),
    tag('og:type', meta.type, 'property'),
    tag('og:title', meta.title, 'property'),
    tag('og:description', meta.description, 'property'),
    tag('og:url', meta.canonical, 'property'),
    tag('og:image', meta.image, 'property'),
    tag('article:published_time', published, 'property'),
    tag('article:modified_time', modified, 'property'),
    ...meta.authors.map((author) => tag('article:author', author.url, 'property')),
    tag('article:section', meta.section, 'property'),
    tag('twitter:card', 'summary_large_image'),
    tag('twitter:title', meta.title),
    tag('twitter:description', meta.description),
    tag('twitter:image', meta.image),
    '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />',
    tag('DC.title', meta.title),
    tag('DC.creator', creators || siteName),
    tag('DC.date', published ?? modified),
    tag('DC.description', meta.description),
    tag('DC.publisher', siteName),
    tag('DC.identifier', meta.canonical),
    tag('DC.language', 'vi'),
    tag('DC.type', meta.type === 'article' ? 'Text' : 'Collection'),
    `<script type="application/ld+json">${json}</script>`,
  ]
    .filter(Boolean)
    .join('\n    ');
}

/**
 * index.html with the page's title, description and tags in place of the generic ones.
 * @param {string} html
 * @param {PageMeta} meta
 * @param {string} siteName
 * @param {string} origin
 */
export function injectHead(html, meta, siteName, origin) {
  const title = `<title>${escapeHtml(`${meta.title} | ${siteName}`)}</title>`;
  const description = `<meta name="description" content="${escapeHtml(meta.description)}" />`;
  return html
    .replace(/<title>[^<]*<\/title>/, () => title)
    .replace(/<meta\s+name="description"[^>]*>/, () => description)
    .replace('</head>', () => `    ${headTags(meta, siteName, origin)}\n  </head>`);
}
