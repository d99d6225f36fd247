import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminSession,
  consecutiveFreePorts,
  editorApiToken,
  publiclyVisible,
  publishThroughApi,
  startCluster,
} from '../../../scripts/lib/cluster.mjs';
import { buildWeb } from '../../../scripts/lib/builds.mjs';
import { throwawayCmsEnv } from '../../../scripts/lib/cms-process.mjs';
import { deployConfig } from '../../../scripts/lib/nginx.mjs';
import { startTemporaryPostgres } from '../../../scripts/lib/postgres.mjs';
import { freePort } from '../../../scripts/lib/shell.mjs';
import { setTestClock } from '../support/api';

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
  let webPort: number;

  beforeAll(async () => {
    // The site server serves the built site (the home page below): built here too when this file runs alone, as in
    // `pnpm test`'s operations phase (skipped when nothing changed since the last build).
    buildWeb({ ...process.env, NODE_ENV: 'production' });
    postgres = await startTemporaryPostgres();
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'thads-cluster-'));
    webPort = await freePort();
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
        // The scheduler runs at each start and when a test moves its clock, never on its timer meanwhile.
        SCHEDULER_INTERVAL_MS: '3600000',
      },
      // The only difference from `pnpm start:cluster`: NODE_ENV=test, which the settable clock requires.
      testClock: true,
      instances: 2,
      nginxPort: await freePort(),
      cmsPort: await consecutiveFreePorts(2),
      webPort,
      stateDir,
      quiet: true,
    });
  }, 360_000);

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

  it('lets an editor sign in and edit in the admin through nginx: its API calls reach the CMS, never cached', async () => {
    const asEditor = (token: string, path: string) =>
      fetch(`${cluster.siteUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const cmsAddresses = cluster.cmsUrls.map((url) => url.replace('http://', ''));
    // POST /admin/login (or /admin/register-admin on the fresh database) through nginx.
    const token = await adminSession(cluster.siteUrl);
    for (const path of [
      '/content-manager/collection-types/api::article.article?page=1&pageSize=2',
      '/content-type-builder/content-types/api::article.article',
      '/upload/files?page=1&pageSize=1',
      '/users-permissions/roles',
      '/thads-history/audit?pageSize=1',
    ]) {
      const response = await asEditor(token, path);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({
        path,
        status: 200,
        type: expect.stringMatching(/^application\/json/),
      });
      expect(cmsAddresses).toContain(response.headers.get('x-served-by'));
      expect(response.headers.get('x-cache-status')).toBeNull();
    }
    const articles = (await (
      await asEditor(token, '/content-manager/collection-types/api::article.article?page=1&pageSize=2')
    ).json()) as { results: Array<{ documentId: string }> };
    expect(articles.results).toHaveLength(2);
    // Without credentials the CMS refuses: nginx kept nothing to answer from.
    const anonymous = await fetch(`${cluster.siteUrl}/content-manager/collection-types/api::article.article`);
    expect(anonymous.status).toBe(401);
    // A path neither nginx nor the site knows is the site's 404, not a 500.
    const unknown = await fetch(`http://127.0.0.1:${webPort}/thads-history/audit`);
    expect(unknown.status).toBe(404);
  });

  it('shows a publish through nginx (even for a query asked just before), on the other instance and on the home page', async () => {
    const [first, second] = cluster.cmsUrls;
    if (!first || !second) throw new Error('The cluster has fewer than two instances');
    const token = await editorApiToken(cluster.siteUrl);
    const title = `Thông báo bán đấu giá ${Date.now()}`;
    // Through nginx first, so every cache on the way holds the answer without the article.
    const before = `${cluster.siteUrl}/api/articles?filters[title][$eq]=${encodeURIComponent(title)}`;
    expect(((await (await fetch(before)).json()) as { data: unknown[] }).data).toHaveLength(0);
    // The home page too, so the site server's rendered-page cache holds it without the article.
    const home = await fetch(`${cluster.siteUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).not.toContain(title);
    const slug = await publishThroughApi(first, token, title);
    const publishedAt = Date.now();
    // Caches keep answers far longer than this (the CMS's for minutes, the site's rendered pages until told): seeing
    // the article within it means each was emptied. How fast is `pnpm bench:cluster`'s figure (goal: within 1 s).
    const seen = async (check: () => Promise<boolean>) => {
      while (!(await check())) {
        if (Date.now() - publishedAt > 30_000) return null;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Date.now() - publishedAt;
    };
    const [throughNginx, cachedQuery, otherInstance, homePage] = await Promise.all([
      seen(() => publiclyVisible(cluster.siteUrl, slug)),
      seen(async () => ((await (await fetch(before)).json()) as { data: unknown[] }).data.length === 1),
      seen(() => publiclyVisible(second, slug)),
      // The instance that published tells the site server, which empties its rendered pages.
      seen(async () => (await (await fetch(`${cluster.siteUrl}/`)).text()).includes(title)),
    ]);
    const shown = { throughNginx, cachedQuery, otherInstance, homePage };
    console.log(`publish seen after (ms): ${JSON.stringify(shown)}`);
    expect(shown).toEqual({
      throughNginx: expect.any(Number),
      cachedQuery: expect.any(Number),
      otherInstance: expect.any(Number),
      homePage: expect.any(Number),
    });
  }, 60_000);

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

  describe('scheduled publishing', () => {
    const ARTICLES = '/content-manager/collection-types/api::article.article';
    const HOUR = 3_600_000;
    type Draft = { documentId: string; slug: string };
    let admin = '';
    const webhookCalls: string[] = [];
    let receiver: http.Server;

    const asAdmin = (cmsUrl: string, method: string, path: string, body?: unknown) =>
      fetch(`${cmsUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    /** An editor's draft, scheduled in the admin's edit view (content-manager API) for `at`. */
    const scheduled = async (title: string, at: number): Promise<Draft> => {
      const cmsUrl = cluster.cmsUrls[0]!;
      const created = await asAdmin(cmsUrl, 'POST', ARTICLES, { title, lead: `Tóm tắt: ${title}` });
      expect(created.status).toBe(201);
      const draft = ((await created.json()) as { data: Draft }).data;
      const saved = await asAdmin(cmsUrl, 'PUT', `${ARTICLES}/${draft.documentId}`, {
        title,
        publishAt: new Date(at).toISOString(),
      });
      expect(saved.status).toBe(200);
      return draft;
    };
    const publishedRows = async (documentId: string) => {
      const client = new Client({
        host: postgres.env.DATABASE_HOST,
        port: Number(postgres.env.DATABASE_PORT),
        user: postgres.env.DATABASE_USERNAME,
        password: postgres.env.DATABASE_PASSWORD,
        database: 'postgres',
      });
      await client.connect();
      try {
        const { rows } = await client.query(
          'SELECT count(*)::int AS n FROM articles WHERE document_id = $1 AND published_at IS NOT NULL',
          [documentId],
        );
        return (rows[0] as { n: number }).n;
      } finally {
        await client.end();
      }
    };
    const until = async (check: () => Promise<boolean>, ms: number) => {
      const deadline = Date.now() + ms;
      while (!(await check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    };

    beforeAll(async () => {
      admin = await adminSession(cluster.cmsUrls[0]!);
      receiver = http.createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          const payload = JSON.parse(body) as { event: string; entry?: { documentId?: string } };
          if (payload.event === 'entry.publish' && payload.entry?.documentId)
            webhookCalls.push(payload.entry.documentId);
          response.end('ok');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      // A partner's webhook, registered in the admin of one instance (the other hears of it through PostgreSQL).
      const webhook = await asAdmin(cluster.cmsUrls[0]!, 'POST', '/admin/webhooks', {
        name: 'Đối tác nhận tin đăng',
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`,
        headers: {},
        events: ['entry.publish'],
      });
      expect(webhook.status).toBe(201);
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => receiver?.close(() => resolve()));
    });

    it('publishes exactly once when both instances pass the time together: one row, audit entry, webhook, search hit', async () => {
      const [first, second] = cluster.cmsUrls;
      if (!first || !second) throw new Error('The cluster has fewer than two instances');
      const start = Date.now() + 200 * HOUR;
      await Promise.all([setTestClock(first, start), setTestClock(second, start)]);
      const raced = await scheduled('Thông báo cưỡng chế hẹn giờ qua cụm máy chủ', start + HOUR);
      // Scheduled on the first instance, published by the second alone: it must call the webhook too.
      const byOther = await scheduled('Thông báo hẹn giờ do máy thứ hai đăng', start + 2 * HOUR);

      const ticks = await Promise.all(
        [first, second, first, second].map((url) => setTestClock(url, start + HOUR + 1000)),
      );
      expect(ticks.flatMap((tick) => tick.published)).toEqual([raced.documentId]);
      expect(ticks.flatMap((tick) => tick.failed)).toEqual([]);
      expect((await setTestClock(second, start + 2 * HOUR + 1000)).published).toEqual([byOther.documentId]);

      await until(async () => webhookCalls.length >= 2, 5000);
      // Time for a duplicate to arrive, were there one.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect([...webhookCalls].sort()).toEqual([raced.documentId, byOther.documentId].sort());
      expect(await publishedRows(raced.documentId)).toBe(1);
      const audit = await asAdmin(first, 'GET', '/thads-history/audit?pageSize=100&action=publish');
      expect(audit.status).toBe(200);
      const entries = ((await audit.json()) as { data: Array<{ targetDocumentId: string; userName: string }> }).data;
      expect(entries.filter((entry) => entry.targetDocumentId === raced.documentId)).toEqual([
        expect.objectContaining({ userName: 'Hệ thống (system)' }),
      ]);
      for (const baseUrl of [cluster.siteUrl, first, second])
        expect(await publiclyVisible(baseUrl, raced.slug)).toBe(true);
      const search = await fetch(`${cluster.siteUrl}/api/search?q=${encodeURIComponent('cưỡng chế hẹn giờ qua cụm')}`);
      const hits = ((await search.json()) as { data: Array<{ documentId: string }> }).data;
      expect(hits.filter((hit) => hit.documentId === raced.documentId)).toHaveLength(1);
    });

    it('catches up at start: an article that fell due while its instance was down is published when it is back', async () => {
      const [first, second] = cluster.cmsUrls;
      if (!first || !second) throw new Error('The cluster has fewer than two instances');
      // Real time again: an instance that starts runs on it.
      await Promise.all([setTestClock(first, Date.now()), setTestClock(second, Date.now())]);
      const title = 'Thông báo đăng bù khi máy chủ khởi động lại';
      const created = await asAdmin(first, 'POST', ARTICLES, { title, lead: `Tóm tắt: ${title}` });
      expect(created.status).toBe(201);
      const due = ((await created.json()) as { data: Draft }).data;
      const down = cluster.process('cms-2')?.child;
      expect(down?.pid).toBeGreaterThan(0);
      down?.kill('SIGTERM');
      // Due while the second instance is down: its supervisor waits at least a second before starting it again, and
      // a start takes longer still, so the check below runs before it can be back. The first runs no schedule
      // meanwhile (its timer is an hour away): it stands for an instance that was down too.
      const at = Date.now() + 400;
      const saved = await asAdmin(first, 'PUT', `${ARTICLES}/${due.documentId}`, {
        title,
        publishAt: new Date(at).toISOString(),
      });
      expect(saved.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now()) + 100));
      expect(await publiclyVisible(first, due.slug)).toBe(false);

      // The supervisor starts it again; its first run, once it listens, publishes the article.
      const backAt = Date.now();
      await until(async () => {
        const pid = cluster.process('cms-2')?.child.pid;
        if (pid === undefined || pid === down?.pid) return false;
        return (await fetch(`${second}/_health`).catch(() => null))?.status === 204;
      }, 90_000);
      await until(() => publiclyVisible(cluster.siteUrl, due.slug), 10_000);
      console.log(`the restarted instance published the due article ${Date.now() - backAt} ms after the stop's end`);
      for (const baseUrl of [cluster.siteUrl, first, second])
        expect(await publiclyVisible(baseUrl, due.slug)).toBe(true);
      expect(await publishedRows(due.documentId)).toBe(1);
      // The partner hears of it once, as of any publication (the run at start waits until the instance listens).
      await until(async () => webhookCalls.includes(due.documentId), 10_000);
      expect(webhookCalls.filter((id) => id === due.documentId)).toEqual([due.documentId]);
    }, 120_000);
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
