import { randomBytes } from 'node:crypto';

// CI has no .env: every secret a Strapi boot needs is made up for the run, and no file is read or written.
const secret = () => randomBytes(24).toString('base64');
Object.assign(process.env, {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  ENV_PATH: '/nonexistent/thads-test.env',
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  SERVE_ADMIN_PANEL: 'false',
  SEED_ON_START: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
