import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Compiles the TypeScript app once; parallel workers compiling it would overwrite each other's dist/. */
export default async function globalSetup() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const { compileStrapi } = require('@strapi/strapi') as {
    compileStrapi: (options: { appDir: string }) => Promise<unknown>;
  };
  await compileStrapi({ appDir: path.resolve(import.meta.dirname, '..', '..') });
}
