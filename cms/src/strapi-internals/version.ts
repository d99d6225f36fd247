/**
 * The Strapi release every file in this folder was checked against, and the knex release under it (for
 * `statement-cache`). A test (tests/unit/strapi-internals-version.test.ts) fails when the installed packages differ;
 * README.md here says what to re-check before changing these.
 */
export const VERIFIED_STRAPI_VERSION = '5.54.0';
export const VERIFIED_KNEX_VERSION = '3.0.1';
