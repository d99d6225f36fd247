// Share previews without JavaScript: each page of the site is sent with its own title, description, canonical URL,
// OpenGraph and Twitter tags, JSON-LD and Dublin Core, built by `pageHead` of @thads/content (as the browser builds
// them after a navigation). Every client gets the same HTML (no user-agent sniffing); the app then takes over.
import { headTagsHtml, pageHead, SITE_PATHS } from '@thads/content';
import { SLUG_PATTERN } from '@thads/vietnamese';

/** @typedef {import('@thads/content').PageHeadInput} PageHeadInput */

const PATTERNS = [
  { kind: 'article', prefix: SITE_PATHS.article },
  { kind: 'category', prefix: SITE_PATHS.category },
  { kind: 'campaignTheme', prefix: SITE_PATHS.campaignTheme },
  { kind: 'author', prefix: SITE_PATHS.author },
  { kind: 'question', prefix: SITE_PATHS.question },
];
/** Pages under a document kind's prefix that are no document: the question form and the tracking page. */
const NOT_DOCUMENTS = new Set(/** @type {string[]} */ ([SITE_PATHS.askQuestion, SITE_PATHS.trackQuestion]));

/** The document a site path shows, if it is a document page: `/tin-tuc/<slug>` and the like. */
export function documentOfPath(/** @type {string} */ pathname) {
  if (NOT_DOCUMENTS.has(pathname.replace(/\/$/, ''))) return null;
  for (const pattern of PATTERNS) {
    if (!pathname.startsWith(pattern.prefix)) continue;
    const slug = pathname.slice(pattern.prefix.length).replace(/\/$/, '');
    return SLUG_PATTERN.test(slug) ? { ...pattern, slug } : null;
  }
  return null;
}

/**
 * What the head of a document page of an agency shows, or null when the CMS has no such published document (the page
 * is then a 404): the page's kind with the document, for `pageHead`. Read as the app reads it: the agency's own
 * article; an author or campaign theme among the agencies its articles may name, its own first; a category of the
 * national list.
 * @param {{ kind: string, slug: string }} page
 * @param {import('@thads/content').ContentClient & import('@thads/content').QuestionsClient} client the CMS's public API
 * @param {import('@thads/content').AgencyDirectory} directory
 * @param {string} code the agency whose page it is
 * @returns {Promise<{ input: PageHeadInput } | null>}
 */
export async function loadPageHead(page, client, directory, code) {
  const central = directory.agencies.find((agency) => agency.kind === 'central')?.code;
  const related = { agency: code, fallback: central };
  /** @type {PageHeadInput | null} */
  let input = null;
  if (page.kind === 'article') {
    const article = await client.getArticle(page.slug, { agency: code });
    input = article && { kind: 'article', article };
  } else if (page.kind === 'author') {
    const author = await client.getAuthor(page.slug, related);
    input = author && { kind: 'author', author };
  } else if (page.kind === 'question') {
    const question = await client.getQuestion(page.slug, { agency: code });
    input = question?.slug ? { kind: 'question', question: { ...question, slug: question.slug } } : null;
  } else if (page.kind === 'campaignTheme') {
    const theme = await client.getCampaignTheme(page.slug, related);
    input = theme && { kind: 'campaignTheme', theme };
  } else {
    const category = await client.getCategory(page.slug);
    input = category && { kind: 'category', category };
  }
  return input && { input };
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
