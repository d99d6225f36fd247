export default {
  routes: [
    // Public: the description of the public API, for partners and their tools.
    { method: 'GET', path: '/openapi.json', handler: 'openapi.document', config: { auth: false } },
    { method: 'GET', path: '/docs', handler: 'openapi.page', config: { auth: false } },
  ],
};
