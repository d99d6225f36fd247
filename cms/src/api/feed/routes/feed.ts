export default {
  routes: [
    // Public: feeds list only published articles.
    { method: 'GET', path: '/feeds/rss', handler: 'feed.rss', config: { auth: false } },
    { method: 'GET', path: '/feeds/atom', handler: 'feed.atom', config: { auth: false } },
  ],
};
