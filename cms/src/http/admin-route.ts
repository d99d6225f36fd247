import { errors } from '@strapi/utils';

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

/**
 * A 403 whose message reaches the admin user: Strapi's authorize step turns any other ForbiddenError thrown by a route
 * handler into a bare "Forbidden" (PolicyError is its one exception), and the editor should read why.
 */
export const refused = (message: string): Error => new errors.PolicyError(message);
