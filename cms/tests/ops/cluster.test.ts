import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consecutiveFreePorts,
  editorApiToken,
  publiclyVisible,
  publishThroughApi,
  startCluster,
} from '../../../scripts/lib/cluster.mjs';
import { throwawayCmsEnv } from '../../../scripts/lib/cms-process.mjs';
import { deployConfig } from '../../../scripts/lib/nginx.mjs';
import { startTemporaryPostgres } from '../../../scripts/lib/postgres.mjs';
import { freePort } from '../../../scripts/lib/shell.mjs';

const REPO = path.resolve(import.meta.dirname, '../../..');

describe('the deployed nginx configuration', () => {
  it('is what the generator writes (`node scripts/lib/nginx.mjs > deploy/nginx/thads.conf`)', () => {
    expect(readFileSync(path.join(REPO, 'deploy/nginx/thads.conf'), 'utf8')).toBe(deployConfig());
  });
});

describe('two CMS instances on one PostgreSQL behind nginx (as `pnpm start:cluster`)', () => {
  let postgres: Awaited<ReturnType<typeof startTemporaryPostgres>>;
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let stateDir: string;

  beforeAll(async () => {
    postgres = await startTemporaryPostgres();
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'thads-cluster-'));
    cluster = await startCluster({
      env: {
        ...process.env,
        ...throwawayCmsEnv(),
        ...postgres.env,
        DATABASE_NAME: 'postgres',
        SEED_ON_START: 'true',
        SEED_SAMPLE_ARTICLES: '4',
        // The readers below are one client (this process); only the sign-in limit is under test here.
        RATE_LIMIT_BURST: '100000',
      },
      instances: 2,
      nginxPort: await freePort(),
      cmsPort: await consecutiveFreePorts(2),
      webPort: await freePort(),
      stateDir,
      quiet: true,
    });
  }, 240_000);

  afterAll(async () => {
    await cluster?.stop();
    postgres?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('spreads reads over both instances, and caches public GETs but not ones with credentials', async () => {
    const servedBy = new Set<string>();
    for (let page = 1; page <= 10; page += 1) {
      const response = await fetch(`${cluster.siteUrl}/api/articles?pagination[page]=${page}&pagination[pageSize]=1`);
      expect(response.status).toBe(200);
      servedBy.add(response.headers.get('x-served-by') ?? '');
    }
    expect([...servedBy].sort()).toEqual(cluster.cmsUrls.map((url) => url.replace('http://', '')).sort());

    // The site's built files are public and long-lived: nginx keeps them, except for requests with credentials.
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(`${cluster.siteUrl}/`)).text())?.[1];
    expect(asset).toBeDefined();
    const url = `${cluster.siteUrl}${asset}`;
    expect((await fetch(url)).headers.get('x-cache-status')).toBe('MISS');
    expect((await fetch(url)).headers.get('x-cache-status')).toBe('HIT');
    const withCookie = await fetch(url, { headers: { Cookie: 'phien=1' } });
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers.get('x-cache-status')).toBe('BYPASS');
    const api = await fetch(`${cluster.siteUrl}/api/articles?pagination[pageSize]=2`);
    expect(api.headers.get('x-cache-status')).toBeNull();
  });

  it('shows a publish through nginx (even for a query asked just before) and on the other instance within a second', async () => {
    const [first, second] = cluster.cmsUrls;
    if (!first || !second) throw new Error('The cluster has fewer than two instances');
    const token = await editorApiToken(cluster.siteUrl);
    const title = `Thông báo bán đấu giá ${Date.now()}`;
    // Through nginx first, so the shared cache holds the answer without the article.
    const before = `${cluster.siteUrl}/api/articles?filters[title][$eq]=${encodeURIComponent(title)}`;
    expect(((await (await fetch(before)).json()) as { data: unknown[] }).data).toHaveLength(0);
    // The home page too, so the site server's rendered-page cache holds it without the article.
    expect(await (await fetch(`${cluster.siteUrl}/`)).text()).not.toContain(title);
    const slug = await publishThroughApi(first, token, title);
    const publishedAt = Date.now();
    const seenAt = async (baseUrl: string) => {
      while (!(await publiclyVisible(baseUrl, slug))) {
        if (Date.now() - publishedAt > 5000) return Infinity;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Date.now() - publishedAt;
    };
    const beforeSeen = async () => {
      const deadline = publishedAt + 5000;
      while (Date.now() < deadline) {
        const body = (await (await fetch(before)).json()) as { data: unknown[] };
        if (body.data.length === 1) return Date.now() - publishedAt;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Infinity;
    };
    // The instance that published tells the site server, which empties its rendered pages.
    const onHomePage = async () => {
      while (!(await (await fetch(`${cluster.siteUrl}/`)).text()).includes(title)) {
        if (Date.now() - publishedAt > 5000) return Infinity;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Date.now() - publishedAt;
    };
    const [throughNginx, cachedQuery, otherInstance, homePage] = await Promise.all([
      seenAt(cluster.siteUrl),
      beforeSeen(),
      seenAt(second),
      onHomePage(),
    ]);
    console.log(
      `publish seen: nginx ${throughNginx} ms (cached query ${cachedQuery} ms), other instance ${otherInstance} ms, home page ${homePage} ms`,
    );
    expect(homePage).toBeLessThanOrEqual(1000);
    expect(throughNginx).toBeLessThanOrEqual(1000);
    expect(cachedQuery).toBeLessThanOrEqual(1000);
    expect(otherInstance).toBeLessThanOrEqual(1000);
  });

  it('counts sign-in attempts per real client behind nginx: the 11th wrong password of one client is refused', async () => {
    const attempt = (client: string) =>
      fetch(`${cluster.siteUrl}/api/auth/local`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({ identifier: 'khong-co@thads.example.gov.vn', password: 'sai-mat-khau-1A' }),
      });
    // nginx spreads the attempts over both instances, which share one count: two instances give no more tries.
    const statuses: number[] = [];
    const servedBy = new Set<string>();
    for (let n = 0; n < 12; n += 1) {
      const response = await attempt('203.0.113.7');
      statuses.push(response.status);
      servedBy.add(response.headers.get('x-served-by') ?? '');
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 429, 429]);
    expect(servedBy.size).toBe(2);
    expect((await attempt('198.51.100.23')).status).toBe(400);
  });

  it('answers a clean 503 while PostgreSQL is down, at once after the first, and recovers without a restart', async () => {
    const pids = ['cms-1', 'cms-2'].map((name) => cluster.process(name)?.child.pid);
    const restarting = postgres.restart(6000);
    let n = 0;
    const uncached = async () => {
      n += 1;
      const started = Date.now();
      const response = await fetch(`${cluster.siteUrl}/api/articles?pagination[page]=${1000 + n}`);
      const body = (await response.json()) as { error?: { name: string } };
      return { status: response.status, name: body.error?.name, ms: Date.now() - started };
    };
    let first = await uncached();
    while (first.status === 200 && n < 100) first = await uncached();
    expect(first).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
    const next = await uncached();
    expect(next).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
    expect(next.ms).toBeLessThan(1500);
    console.log(`during the outage: first 503 after ${first.ms} ms, the next after ${next.ms} ms`);

    await restarting;
    const backAt = Date.now();
    let status = 0;
    while (status !== 200 && Date.now() - backAt < 15_000) {
      status = (await uncached()).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect(['cms-1', 'cms-2'].map((name) => cluster.process(name)?.child.pid)).toEqual(pids);
  }, 40_000);

  it('keeps public GETs through nginx answering when one instance is killed with SIGKILL', async () => {
    const victim = cluster.process('cms-2')?.child;
    expect(victim?.pid).toBeGreaterThan(0);
    let failures = 0;
    let answered = 0;
    const reader = async (stopAt: number, id: number) => {
      for (let n = 0; Date.now() < stopAt; n += 1) {
        const response = await fetch(
          `${cluster.siteUrl}/api/articles?pagination[page]=${(n % 50) + 1}&pagination[pageSize]=${(id % 5) + 1}`,
        ).catch(() => null);
        if (response?.status === 200) answered += 1;
        else failures += 1;
        await response?.arrayBuffer();
      }
    };
    const stopAt = Date.now() + 4000;
    const readers = Array.from({ length: 4 }, (_, id) => reader(stopAt, id));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    victim?.kill('SIGKILL');
    await Promise.all(readers);
    console.log(`reads during the kill: ${answered} answered, ${failures} failed`);
    expect(answered).toBeGreaterThan(20);
    expect(failures).toBe(0);
  }, 30_000);
});
