// The production shape on one machine: N CMS instances on one PostgreSQL, the site server, nginx in front, all
// supervised. Used by `pnpm start:cluster`, the cluster test and `pnpm bench:cluster`.
import path from 'node:path';
import { startNginx } from './nginx.mjs';
import { STRAPI_BIN } from './cms-process.mjs';
import { freePort, portInUse, ROOT, startService, waitForHttp } from './shell.mjs';
import { supervise } from './supervisor.mjs';

/**
 * @typedef {object} ClusterOptions
 * @property {NodeJS.ProcessEnv} env the CMS's settings, with the DATABASE_* of the shared PostgreSQL
 * @property {number} instances how many CMS instances
 * @property {number} nginxPort
 * @property {number} cmsPort the first instance's port; the others follow it
 * @property {number} webPort
 * @property {string} stateDir nginx's configuration, pid file, cache and temporary folders
 * @property {boolean} [quiet]
 * @property {boolean} [testClock] the scheduler's settable clock (tests only): the CMS instances then run with
 *   NODE_ENV=test, since the clock refuses to start in production
 */

/** @param {ClusterOptions} options */
export async function startCluster({
  env,
  instances,
  nginxPort,
  cmsPort,
  webPort,
  stateDir,
  quiet = false,
  testClock = false,
}) {
  const siteUrl = `http://127.0.0.1:${nginxPort}`;
  const cmsPorts = Array.from({ length: instances }, (_, index) => cmsPort + index);
  const cmsEnv = {
    ...env,
    ...(testClock ? { NODE_ENV: 'test', SCHEDULER_TEST_CLOCK: 'true' } : { NODE_ENV: 'production' }),
    // While PostgreSQL is down a request waits this long for a connection before its 503 (the default is a minute).
    DATABASE_CONNECTION_TIMEOUT: env.DATABASE_CONNECTION_TIMEOUT || '5000',
    // Feeds, sitemaps and share previews link to the public address: nginx's.
    SITE_URL: env.SITE_URL || siteUrl,
    CORS_ORIGINS: [env.CORS_ORIGINS, siteUrl, `http://localhost:${nginxPort}`].filter(Boolean).join(','),
    // Content changes empty the site server's rendered pages.
    SITE_CHANGE_HOOK_URL: env.SITE_CHANGE_HOOK_URL || `http://127.0.0.1:${webPort}/_site/content-changed`,
  };
  /** @type {import('./supervisor.mjs').Supervised[]} */
  const processes = cmsPorts.map((port, index) => ({
    name: `cms-${index + 1}`,
    start: () =>
      startService(`cms-${index + 1}`, 'node', [STRAPI_BIN, 'start'], {
        cwd: path.join(ROOT, 'cms'),
        env: { ...cmsEnv, CMS_PORT: String(port) },
        quiet,
      }),
    ready: (service) => waitForHttp(`http://127.0.0.1:${port}/_health`, service),
  }));
  processes.push(
    {
      name: 'site',
      start: () =>
        startService('site', 'node', ['server/index.mjs'], {
          cwd: path.join(ROOT, 'web'),
          // The site's own calls to the CMS go through nginx too, and so reach a living instance.
          env: { ...env, CMS_URL: siteUrl, WEB_PORT: String(webPort), WEB_TRUSTED_PROXIES: '127.0.0.1' },
          quiet,
        }),
      // Not a page: pages are rendered from the CMS, reached through nginx, which starts after the site server.
      ready: (service) => waitForHttp(`http://127.0.0.1:${webPort}/robots.txt`, service),
    },
    {
      name: 'nginx',
      start: () =>
        startNginx(
          stateDir,
          {
            listen: `127.0.0.1:${nginxPort}`,
            cms: cmsPorts.map((port) => `127.0.0.1:${port}`),
            sites: [`127.0.0.1:${webPort}`],
            servedBy: true,
          },
          quiet,
        ),
      ready: (service) => waitForHttp(`${siteUrl}/api/articles?pagination[pageSize]=1`, service),
    },
  );
  // In order, each ready before the next: the first instance alone syncs the schema, then the others start.
  const supervisor = await supervise(processes, quiet ? { log: () => {} } : undefined);
  return {
    siteUrl,
    cmsUrls: cmsPorts.map((port) => `http://127.0.0.1:${port}`),
    /** The running process of `cms-1`…, `site` or `nginx`. @param {string} name */
    process: (name) => supervisor.current(name),
    stop: () => supervisor.stop(),
  };
}

/** The first of `count` consecutive free loopback ports (for the CMS instances of a test or benchmark). @param {number} count */
export async function consecutiveFreePorts(count) {
  for (;;) {
    const first = await freePort();
    const taken = await Promise.all(Array.from({ length: count - 1 }, (_, n) => portInUse(first + n + 1)));
    if (first + count < 65_536 && !taken.includes(true)) return first;
  }
}

const ADMIN = {
  firstname: 'Quản',
  lastname: 'Trị',
  email: 'quan-tri-cum@thads.example.gov.vn',
  password: 'KiemThu-2026-an-toan!',
};

/** The password of the accounts `adminSession` and `agencyEditorSession` make. */
export const ADMIN_PASSWORD = ADMIN.password;

/**
 * An admin session (its bearer token) on a CMS on a fresh database: registers the first administrator, or signs in
 * as it.
 * @param {string} cmsUrl
 */
export async function adminSession(cmsUrl) {
  const json = { 'Content-Type': 'application/json' };
  let response = await fetch(`${cmsUrl}/admin/register-admin`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok)
    response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
  if (!response.ok) throw new Error(`Cannot sign in to the admin API: ${response.status} ${await response.text()}`);
  return /** @type {{ data: { token: string } }} */ (await response.json()).data.token;
}

/**
 * An admin session of an Editor of one agency (`strapi-editor`), invited with that agency by the first administrator
 * and registered as a new editor does, or signed in when the account exists (a kept database). Needs
 * `ADMIN_SECOND_FACTOR=optional` on the CMS: a benchmark cannot answer a second factor.
 * @param {string} cmsUrl
 * @param {string} agency the agency's code
 */
export async function agencyEditorSession(cmsUrl, agency) {
  const json = { 'Content-Type': 'application/json' };
  const account = { firstname: 'Biên tập', lastname: agency, email: `bien-tap-${agency}@thads.example.gov.vn` };
  const password = ADMIN.password;
  const signIn = async () => {
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: account.email, password }),
    });
    return response.ok ? /** @type {{ data: { token: string } }} */ (await response.json()).data.token : null;
  };
  const existing = await signIn();
  if (existing) return existing;
  const admin = { ...json, Authorization: `Bearer ${await adminSession(cmsUrl)}` };
  const roles = /** @type {{ data: Array<{ id: number, code: string }> }} */ (
    await (await fetch(`${cmsUrl}/admin/roles`, { headers: admin })).json()
  );
  const editor = roles.data.find((role) => role.code === 'strapi-editor');
  if (!editor) throw new Error('No Editor role in the admin');
  const invited = await fetch(`${cmsUrl}/thads-agencies/invitations`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ ...account, roles: [editor.id], agency }),
  });
  if (!invited.ok) throw new Error(`Cannot invite an editor of ${agency}: ${invited.status} ${await invited.text()}`);
  const { registrationToken } = /** @type {{ data: { registrationToken: string } }} */ (await invited.json()).data;
  const registered = await fetch(`${cmsUrl}/admin/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ registrationToken, userInfo: { firstname: account.firstname, lastname: agency, password } }),
  });
  if (!registered.ok)
    throw new Error(`Cannot register the editor of ${agency}: ${registered.status} ${await registered.text()}`);
  const token = await signIn();
  if (!token) throw new Error(`The editor of ${agency} cannot sign in`);
  return token;
}

/**
 * A full-access API token for an editor's tool, created through the admin API (see `adminSession`).
 * @param {string} cmsUrl
 */
export async function editorApiToken(cmsUrl) {
  const json = { 'Content-Type': 'application/json' };
  const admin = await adminSession(cmsUrl);
  const created = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { ...json, Authorization: `Bearer ${admin}` },
    body: JSON.stringify({ name: `Cụm ${Date.now()}`, type: 'full-access', lifespan: null }),
  });
  if (!created.ok) throw new Error(`Cannot create an API token: ${created.status} ${await created.text()}`);
  return /** @type {{ data: { accessKey: string } }} */ (await created.json()).data.accessKey;
}

/**
 * Creates and publishes an article through the content API, as an editor's tool does; resolves to its slug.
 * @param {string} baseUrl
 * @param {string} token
 * @param {string} title
 */
export async function publishThroughApi(baseUrl, token, title) {
  const response = await fetch(`${baseUrl}/api/articles?status=published`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { title, audience: 'public', featured: false, isSample: false } }),
  });
  if (!response.ok) throw new Error(`Publishing failed: ${response.status} ${await response.text()}`);
  return /** @type {{ data: { slug: string } }} */ (await response.json()).data.slug;
}

/**
 * Whether the public sees the article with this slug at `baseUrl`.
 * @param {string} baseUrl
 * @param {string} slug
 */
export async function publiclyVisible(baseUrl, slug) {
  const response = await fetch(`${baseUrl}/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}`);
  if (!response.ok) return false;
  return /** @type {{ data: unknown[] }} */ (await response.json()).data.length === 1;
}
