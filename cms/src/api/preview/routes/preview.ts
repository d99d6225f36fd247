export default {
  routes: [
    {
      method: 'GET',
      path: '/preview/:type/:documentId',
      handler: 'preview.findOne',
      // The token in the query is the credential, checked by the controller.
      config: { auth: false },
    },
  ],
};
