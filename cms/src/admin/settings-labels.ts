import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * Settings lists two "Roles" links under the same translation key (`global.roles`): the admin's own and the site
 * sign-in's (users-permissions). Give the latter its own key so the two read differently.
 */
export function labelSiteSignInRoles(app: StrapiApp): void {
  const link = app.router.settings['users-permissions']?.links.find(({ id }) => id === 'roles');
  if (link) link.intlLabel = { id: 'thads.settings.site-roles', defaultMessage: 'Site sign-in roles' };
}
