export default {
  routes: [
    {
      method: 'GET',
      path: '/search',
      handler: 'search.search',
      // Public: it only ever reads the index of published articles.
      config: { auth: false },
    },
  ],
};
