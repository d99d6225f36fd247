// Share previews without JavaScript: each page of the site is sent with its own title, description, canonical URL,
// OpenGraph and Twitter tags, JSON-LD and Dublin Core, built by `pageHead` of @thads/content (as the browser builds
// them after a navigation). Every client gets the same HTML (no user-agent sniffing); the app then takes over.
import { headTagsHtml, pageHead, SITE_PATHS } from '@thads/content';
import { SLUG_PATTERN } from '@thads/vietnamese';

/** @typedef {import('@thads/content').PageHeadInput} PageHeadInput */

const PATTERNS = [
  { kind: 'article', prefix: SITE_PATHS.article, collection: 'articles' },
  { kind: 'category', prefix: SITE_PATHS.category, collection: 'categories' },
  { kind: 'campaignTheme', prefix: SITE_PATHS.campaignTheme, collection: 'campaign-themes' },
  { kind: 'author', prefix: SITE_PATHS.author, collection: 'authors' },
];

/** The document a site path shows, if it is a document page: `/tin-tuc/<slug>` and the like. */
export function documentOfPath(/** @type {string} */ pathname) {
  for (const pattern of PATTERNS) {
    if (!pathname.startsWith(pattern.prefix)) continue;
    const slug = pathname.slice(pattern.prefix.length).replace(/\/$/, '');
    return SLUG_PATTERN.test(slug) ? { ...pattern, slug } : null;
  }
  return null;
}

/**
 * What the head of a document page shows, or null when the CMS has no such published document (the page is then a
 * 404): the page's kind with the document, for `pageHead`, and the site's name from its settings.
 * @param {{ kind: string, collection: string, slug: string }} page
 * @param {(path: string) => Promise<any>} getJson the CMS's public API
 * @returns {Promise<{ input: PageHeadInput, siteName: string | undefined } | null>}
 */
export async function loadPageHead(page, getJson) {
  const [list, settings] = await Promise.all([
    getJson(`/api/${page.collection}?filters[slug][$eq]=${encodeURIComponent(page.slug)}&pagination[pageSize]=1`),
    getJson('/api/site-setting').catch(() => null),
  ]);
  const document = list?.data?.[0];
  if (!document) return null;
  /** @type {PageHeadInput} */
  const input =
    page.kind === 'article'
      ? { kind: 'article', article: document }
      : page.kind === 'author'
        ? { kind: 'author', author: document }
        : page.kind === 'campaignTheme'
          ? { kind: 'campaignTheme', theme: document }
          : { kind: 'category', category: document };
  return { input, siteName: settings?.data?.siteName ?? undefined };
}

/**
 * index.html with the page's head tags (its title and description in place of the generic ones).
 * @param {string} html
 * @param {PageHeadInput} input
 * @param {import('@thads/content').SiteIdentity} site
 */
export function injectHead(html, input, site) {
  const tags = headTagsHtml(pageHead(input, site));
  return html
    .replace(/<title>[^<]*<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/, '')
    .replace('</head>', () => `    ${tags}\n  </head>`);
}
