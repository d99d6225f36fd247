export default {
  routes: [
    {
      method: 'GET',
      path: '/redirects',
      handler: 'redirect.find',
      // Public: it only names where published public pages now are.
      config: { auth: false },
    },
  ],
};
