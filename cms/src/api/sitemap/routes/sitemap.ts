export default {
  routes: [
    // Public: sitemaps list only published documents. The site serves them as /sitemap.xml and /sitemaps/<name>.xml.
    { method: 'GET', path: '/sitemaps', handler: 'sitemap.index', config: { auth: false } },
    { method: 'GET', path: '/sitemaps/:name', handler: 'sitemap.part', config: { auth: false } },
  ],
};
