/** The public site's origin: links in feeds and sitemaps point readers there, not at the CMS. */
export function siteUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.WEB_PORT || 8080}`).replace(/\/+$/, '');
}
