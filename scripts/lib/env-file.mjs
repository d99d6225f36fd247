// Settings live in one ignored .env at the repository root; .env.example documents them all.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './shell.mjs';

export const ENV_FILE = path.join(ROOT, '.env');
const EXAMPLE_FILE = path.join(ROOT, '.env.example');

/** Secrets are generated per installation; the example's placeholders must never run anywhere. */
const SECRETS = {
  APP_KEYS: () => Array.from({ length: 4 }, () => randomBytes(16).toString('base64')).join(','),
  API_TOKEN_SALT: () => randomBytes(16).toString('base64'),
  ADMIN_JWT_SECRET: () => randomBytes(32).toString('base64'),
  TRANSFER_TOKEN_SALT: () => randomBytes(16).toString('base64'),
  JWT_SECRET: () => randomBytes(32).toString('base64'),
  PREVIEW_SECRET: () => randomBytes(32).toString('base64'),
  ENCRYPTION_KEY: () => randomBytes(32).toString('base64'),
  // Shared by the CMS and the site server: signs the CMS's "content changed" announcements.
  CONTENT_CHANGE_SECRET: () => randomBytes(32).toString('base64'),
};

/** @param {string} text @returns {Record<string, string>} */
export function parseEnv(text) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    const key = match?.[1];
    if (!key) continue;
    let value = match[2] ?? '';
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    values[key] = value;
  }
  return values;
}

/**
 * Creates .env from .env.example on first start, with fresh secrets; later adds any secret that is missing or
 * still a placeholder, and leaves every other line as the administrator wrote it.
 * @returns {{ created: boolean, values: Record<string, string> }}
 */
export function ensureEnvFile() {
  const created = !existsSync(ENV_FILE);
  let text = created ? readFileSync(EXAMPLE_FILE, 'utf8') : readFileSync(ENV_FILE, 'utf8');
  const values = parseEnv(text);
  let changed = created;
  for (const [key, generate] of Object.entries(SECRETS)) {
    const current = values[key];
    if (current && current !== 'tobemodified' && !current.includes('tobemodified')) continue;
    const secret = generate();
    const line = new RegExp(`^\\s*${key}\\s*=.*$`, 'm');
    text = line.test(text) ? text.replace(line, `${key}=${secret}`) : `${text.replace(/\n?$/, '\n')}${key}=${secret}\n`;
    changed = true;
  }
  if (changed) writeFileSync(ENV_FILE, text, { mode: 0o600 });
  return { created, values: parseEnv(text) };
}

/**
 * The environment for the product's processes: .env first, then whatever the shell already sets (it wins).
 * @returns {NodeJS.ProcessEnv}
 */
export function productEnv() {
  const { values } = ensureEnvFile();
  return { ...values, ...process.env, ENV_PATH: ENV_FILE, STRAPI_TELEMETRY_DISABLED: 'true' };
}
