export default {
  routes: [
    {
      method: 'GET',
      path: '/archive',
      handler: 'archive.days',
      // Public: it only counts published articles.
      config: { auth: false },
    },
  ],
};
