import { throwawayCmsEnv } from '../../../scripts/lib/cms-process.mjs';

// CI has no .env: every secret a Strapi boot needs is made up for the run, and no file is read or written.
Object.assign(process.env, {
  NODE_ENV: 'test',
  ...throwawayCmsEnv(),
  SEED_ON_START: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
