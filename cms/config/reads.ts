import type { Core } from '@strapi/strapi';

/**
 * `lean: false` serves public reads exactly as stock Strapi does (every query validated and sanitised in full, the
 * public role's permissions read per request, every read through the Document Service, counts built from the whole
 * query, SQLite statements prepared per query, no default relations added): for the benchmark's baseline, or to rule the lean path out when
 * investigating.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  lean: env.bool('LEAN_READS', true),
});
