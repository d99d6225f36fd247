export default {
  routes: [
    {
      method: 'GET',
      path: '/search',
      handler: 'search.search',
      // Public: it only ever reads the index of published articles.
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/search/questions',
      handler: 'search.questions',
      // Public: citizens' published questions and answers, never who asked them.
      config: { auth: false },
    },
  ],
};
