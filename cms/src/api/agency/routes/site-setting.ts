export default {
  routes: [
    {
      method: 'GET',
      path: '/site-setting',
      handler: 'agency.siteSetting',
      // Public: the home agency's header and footer, as the portal's single settings answered before agencies.
      config: { auth: false },
    },
  ],
};
