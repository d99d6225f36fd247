import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { openPage, SITE_URL, useBrowser } from './browser';

// A page's data starts when its route matches (or a link to it is pointed at), beside the route's chunk: on a slow
// network the chunk then data waterfall would cost a full round trip more on every client-side navigation.
const browser = useBrowser();
const SEED_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
const SEED_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';

/** The article route's chunk in the build the site serves, from Vite's manifest. */
function articleChunk(): string {
  const manifest = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '..', 'dist', '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  const chunk = manifest['src/app/routes/article.tsx'];
  if (!chunk) throw new Error('The build has no chunk for src/app/routes/article.tsx');
  return `/${chunk.file}`;
}

describe('client-side navigation', () => {
  it("asks for the article while its route's chunk is still on its way, and once", async () => {
    const chunkPath = articleChunk();
    const { page, errors } = await openPage(browser);
    // Vĩnh Phúc's home page, which lists the real article, as the server sent it: the click below hands it to the app.
    await page.goto(`${SITE_URL}/vinhphuc/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    // A phone's round trip from here on: the chunk cannot have arrived by the time its data is asked for.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    const events: Array<{ at: number; event: 'request' | 'finished'; url: URL }> = [];
    page.on('request', (request) =>
      events.push({ at: performance.now(), event: 'request', url: new URL(request.url()) }),
    );
    page.on('requestfinished', (request) =>
      events.push({ at: performance.now(), event: 'finished', url: new URL(request.url()) }),
    );
    await page.getByRole('link', { name: SEED_TITLE }).first().click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    const isArticle = (url: URL) =>
      url.pathname === '/api/articles' &&
      url.searchParams.get('filters[slug][$eq]') === SEED_SLUG &&
      url.searchParams.get('filters[agency][$eq]') === 'vinhphuc';
    const articleRequests = events.filter(({ event, url }) => event === 'request' && isArticle(url));
    const chunkFinished = events.find(({ event, url }) => event === 'finished' && url.pathname === chunkPath);
    expect(articleRequests).toHaveLength(1);
    expect(chunkFinished).toBeDefined();
    expect(articleRequests[0]!.at).toBeLessThan(chunkFinished!.at);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
