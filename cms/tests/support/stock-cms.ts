import path from 'node:path';
import { STRAPI_BIN, throwawayCmsEnv } from '../../../scripts/lib/cms-process.mjs';
import { freePort, startService, waitForHttp } from '../../../scripts/lib/shell.mjs';
import { APP_DIR } from './strapi';

export type StockCms = { baseUrl: string; output: () => string; stop: () => Promise<void> };

/**
 * A second CMS process, started with every read optimisation of this project off from boot (`LEAN_READS=false`: no
 * lean controller or service, no remembered public ability, no SQLite statement cache) and no response cache, on the
 * database of the test's own instance (the `DATABASE_*` variables `startCms` set): stock Strapi's answers to compare with.
 */
export async function startStockCms(): Promise<StockCms> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...throwawayCmsEnv(),
    NODE_ENV: 'production',
    LEAN_READS: 'false',
    RESPONSE_CACHE_ENABLED: 'false',
    RATE_LIMIT_ENABLED: 'false',
    SEED_ON_START: 'false',
    CMS_PORT: String(port),
  };
  const service = startService('stock-cms', 'node', [path.join(APP_DIR, STRAPI_BIN), 'start'], {
    cwd: APP_DIR,
    env,
    quiet: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/_health`, service, 120_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { baseUrl, output: service.recentOutput, stop: service.stop };
}
