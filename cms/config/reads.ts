import type { Core } from '@strapi/strapi';

/**
 * `lean: false` serves public reads exactly as stock Strapi does (every query sanitised, the public role's
 * permissions read per request, counts built from the whole query): for the benchmark's baseline, or to rule the
 * lean path out when investigating.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  lean: env.bool('LEAN_READS', true),
});
