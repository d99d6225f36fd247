/** A route of the admin API (`strapi.server.routes({ type: 'admin', … })`) that needs a signed-in admin user. */
export const adminRoute = <Context>(
  method: 'GET' | 'POST',
  path: string,
  handler: (ctx: Context) => Promise<void>,
) => ({
  method,
  path,
  handler,
  config: { policies: ['admin::isAuthenticatedAdmin'] },
});
