#!/usr/bin/env node
// `pnpm bench:admin [--samples 7] [--articles 200] [--agency hanoi]`: issue 22's "its first load takes 2.5 s", measured,
// not asserted. A real CMS serving its built admin panel (production mode, SQLite, seeded with the real article and
// `--articles` samples spread over the agencies); an Editor of one agency signs in through the project's sign-in page
// in Chromium (1280×900), then, alternating sample by sample, opens
// - the admin's home page (the baseline of this run: the same admin, its shell and its first requests), until its
//   heading shows and the network is quiet;
// - the content manager's article list, until its rows show and the network is quiet.
// Each load is a fresh navigation (the admin's scripts come from the browser's cache, as for an editor opening the
// admin each morning). Prints the medians, the list ÷ home ratio, and the requests the list made to the CMS's API.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCms, buildPackages, buildWeb, compileCms } from './lib/builds.mjs';
import { startStack } from './lib/cms-process.mjs';
import { agencyEditorSession, ADMIN_PASSWORD } from './lib/cluster.mjs';
import { middle } from './lib/load.mjs';
import { ROOT, step } from './lib/shell.mjs';

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string', default: '7' },
    articles: { type: 'string', default: '200' },
    agency: { type: 'string', default: 'hanoi' },
  },
});
const SAMPLES = Number(options.samples);
if (!Number.isInteger(SAMPLES) || SAMPLES < 1)
  throw new Error(`--samples must be a whole number ≥ 1, not "${options.samples}"`);
if (!/^\d+$/.test(options.articles)) throw new Error(`--articles must be a whole number, not "${options.articles}"`);

buildPackages();
compileCms();
buildWeb();
buildCms();

step(`Starting the CMS (built admin) and the site, ${options.articles} sample articles`);
const stack = await startStack({
  samples: Number(options.articles),
  // A benchmark cannot answer a second factor.
  env: { SERVE_ADMIN_PANEL: 'true', ADMIN_SECOND_FACTOR: 'optional' },
});
const { launchChromium } = await import(pathToFileURL(path.join(ROOT, 'web/e2e/chromium.mjs')).href);
/** Chromium, through web's playwright-core (the root's type check does not look into web's browser code). @type {{ close: () => Promise<void> } | undefined} */
let browser;
try {
  const email = `bien-tap-${options.agency}@thads.example.gov.vn`;
  await agencyEditorSession(stack.cmsUrl, options.agency);
  const chromium = await launchChromium();
  browser = chromium;
  const context = await chromium.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  await page.goto(`${stack.cmsUrl}/admin/auth/login`);
  await page.waitForURL(/\/admin\/thads-auth\/dang-nhap/);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(
    (/** @type {URL} */ url) => url.pathname.startsWith('/admin') && !/\/(auth|thads-auth)\//.test(url.pathname),
  );

  const LIST = `${stack.cmsUrl}/admin/content-manager/collection-types/api::article.article`;
  /** The admin's own API, not its scripts: what a page asks the CMS. */
  const isApi = (/** @type {string} */ url) =>
    url.startsWith(stack.cmsUrl) &&
    !/\/admin\/[^?]*\.(js|css|woff2?|svg|png|ico)(\?|$)/.test(url) &&
    !url.endsWith('/admin') &&
    !/\/admin\/content-manager\/collection-types\/[^/?]+$/.test(url);

  /**
   * One load: from the navigation to `shown` and a quiet network; the API requests made meanwhile.
   * @param {string} url
   * @param {() => Promise<unknown>} shown
   */
  const load = async (url, shown) => {
    /** @type {string[]} */
    const requests = [];
    const onRequest = (/** @type {{ url: () => string, method: () => string }} */ request) => {
      if (isApi(request.url())) requests.push(`${request.method()} ${request.url().slice(stack.cmsUrl.length)}`);
    };
    page.on('request', onRequest);
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(url);
    await shown();
    const shownAt = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const quietAt = performance.now() - started;
    page.off('request', onRequest);
    return { shownAt, quietAt, requests };
  };
  const home = () =>
    load(`${stack.cmsUrl}/admin`, () => page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 }));
  const list = () => load(LIST, () => page.locator('tbody tr').first().waitFor({ timeout: 60_000 }));

  // One of each to warm the CMS and the browser's cache.
  await home();
  const firstList = await list();
  const rows = await page.locator('tbody tr').count();
  if (rows === 0) throw new Error('The article list showed no rows');

  /** @type {Record<'home' | 'list', Array<{ shownAt: number, quietAt: number, requests: string[] }>>} */
  const runs = { home: [], list: [] };
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    // Alternating, so that a busier moment of the machine weighs on both.
    if (sample % 2 === 0) {
      runs.home.push(await home());
      runs.list.push(await list());
    } else {
      runs.list.push(await list());
      runs.home.push(await home());
    }
  }
  const median = (/** @type {'home' | 'list'} */ name, /** @type {'shownAt' | 'quietAt'} */ key) =>
    middle(runs[name].map((run) => run[key]));
  const homeShown = median('home', 'shownAt');
  const listShown = median('list', 'shownAt');
  const homeQuiet = median('home', 'quietAt');
  const listQuiet = median('list', 'quietAt');
  console.log(
    `\nAn Editor of ${options.agency}, Chromium 1280×900, ${SAMPLES} loads of each (medians, ms); ${rows} rows on the list's first page\n`,
  );
  console.log('| Page | shown ms | network quiet ms | API requests |\n|---|---|---|---|');
  console.log(
    `| admin home (baseline) | ${homeShown.toFixed(0)} | ${homeQuiet.toFixed(0)} | ${runs.home[0]?.requests.length} |`,
  );
  console.log(
    `| article list | ${listShown.toFixed(0)} | ${listQuiet.toFixed(0)} | ${runs.list[0]?.requests.length} |`,
  );
  console.log(
    `\narticle list ÷ admin home: shown ${(listShown / homeShown).toFixed(2)}×, network quiet ${(listQuiet / homeQuiet).toFixed(2)}×`,
  );
  console.log(
    `\nThe list's API requests (first load):\n${firstList.requests.map((request) => `  ${request}`).join('\n')}`,
  );
} finally {
  await browser?.close();
  await stack.stop();
}
