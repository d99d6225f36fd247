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
} as const;

export type DocumentKind = 'article' | 'category' | 'campaignTheme' | 'author';

/** The site path of one document, e.g. `/tin-tuc/<slug>`. */
export function documentPath(kind: DocumentKind, slug: string): string {
  return `${SITE_PATHS[kind]}${encodeURIComponent(slug)}`;
}
