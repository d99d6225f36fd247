import { ARTICLE_PAGE, AUTHOR, CAMPAIGN_THEME_PAGE, type QueryShape } from './shapes.js';
import { PREVIEW_PATH, type DocumentKind } from './site-paths.js';

/**
 * Draft preview: the admin opens `/xem-truoc/<type>/<documentId>?token=…` on the site, which reads the document
 * through the CMS's `/api/preview/<type>/<documentId>?token=…`. The token (short-lived, signed by the CMS for that
 * one document and status) is all the site holds: it never sees the secret.
 */
export { PREVIEW_PATH };

/** The types with a page of their own on the site, by their API name, with the page that shows them. */
export const PREVIEW_TYPES = {
  articles: 'article',
  'campaign-themes': 'campaignTheme',
  authors: 'author',
  categories: 'category',
} as const satisfies Record<string, DocumentKind>;

export type PreviewType = keyof typeof PREVIEW_TYPES;

export const isPreviewType = (type: string): type is PreviewType => Object.hasOwn(PREVIEW_TYPES, type);

/** What the preview reads of each type: the same fields and relations as the type's own page. */
export const PREVIEW_SHAPES: Record<PreviewType, QueryShape | null> = {
  articles: ARTICLE_PAGE,
  'campaign-themes': CAMPAIGN_THEME_PAGE,
  authors: AUTHOR,
  categories: null,
};

/** The site path of a preview. */
export function previewPath(type: PreviewType, documentId: string, token: string): string {
  return `${PREVIEW_PATH}/${type}/${encodeURIComponent(documentId)}?token=${encodeURIComponent(token)}`;
}
