import type { Core } from '@strapi/strapi';

/**
 * One installation, many agencies. `home`: the agency served at the site's root (empty: the central department). A
 * province running an installation of its own sets its code here and keeps root URLs. `existingContent`: the agency
 * that content made before agencies existed belongs to, when such a database is upgraded in place.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  home: env('SITE_HOME_AGENCY', ''),
  existingContent: env('EXISTING_CONTENT_AGENCY', 'vinhphuc'),
});
