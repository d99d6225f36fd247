import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from '../../../scripts/lib/cluster.mjs';
import { STRAPI_BIN, throwawayCmsEnv } from '../../../scripts/lib/cms-process.mjs';
import { startNginx } from '../../../scripts/lib/nginx.mjs';
import { startTemporaryPostgres } from '../../../scripts/lib/postgres.mjs';
import { freePort, ROOT, startService, waitForHttp } from '../../../scripts/lib/shell.mjs';

// Issue 20: an entry taken off the register is gone from every public path — its own answer, the list, the register's
// search, every cached answer — on both CMS instances behind nginx, within 5 seconds. Production processes on one
// PostgreSQL, each with its response cache on; nginx in front (no site server: these are the CMS's paths).

const REGISTER = '/content-manager/collection-types/api::debtor-entry.debtor-entry';
const WITHIN_MS = 5_000;

describe('an entry taken off the register, through two CMS instances behind nginx', () => {
  let postgres: Awaited<ReturnType<typeof startTemporaryPostgres>>;
  const services: Array<ReturnType<typeof startService>> = [];
  let stateDir: string;
  let bases: string[] = [];

  beforeAll(async () => {
    postgres = await startTemporaryPostgres();
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'thads-register-removal-'));
    const env = {
      ...process.env,
      ...throwawayCmsEnv(),
      ...postgres.env,
      DATABASE_NAME: 'postgres',
      NODE_ENV: 'production',
      SEED_ON_START: 'true',
      SEED_SAMPLE_ARTICLES: '0',
      RATE_LIMIT_BURST: '100000',
      // The administrator signs in by password: this process answers no second factor.
      ADMIN_SECOND_FACTOR: 'optional',
    };
    const ports: number[] = [];
    // One after the other: the first alone syncs the schema and seeds (the sample register entries of Phú Thọ).
    for (const name of ['cms-1', 'cms-2']) {
      const port = await freePort();
      const service = startService(name, 'node', [STRAPI_BIN, 'start'], {
        cwd: path.join(ROOT, 'cms'),
        env: { ...env, CMS_PORT: String(port) },
        quiet: true,
      });
      services.push(service);
      await waitForHttp(`http://127.0.0.1:${port}/_health`, service, 300_000);
      ports.push(port);
    }
    const nginxPort = await freePort();
    const nginx = startNginx(
      stateDir,
      {
        listen: `127.0.0.1:${nginxPort}`,
        cms: ports.map((port) => `127.0.0.1:${port}`),
        // No site server: nothing below asks for a page.
        sites: [`127.0.0.1:${await freePort()}`],
        servedBy: true,
      },
      true,
    );
    services.push(nginx);
    const proxied = `http://127.0.0.1:${nginxPort}`;
    await waitForHttp(`${proxied}/api/debtor-entries?pagination[pageSize]=1`, nginx);
    bases = [proxied, ...ports.map((port) => `http://127.0.0.1:${port}`)];
  }, 420_000);

  afterAll(async () => {
    for (const service of services.reverse()) await service.stop();
    postgres?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('is gone from its answer, the list and the search of each instance and of nginx within 5 s', async () => {
    const [proxied] = bases;
    type Entry = { documentId: string; fullName: string; decisionNumber: string };
    const listed = (await (await fetch(`${proxied}/api/debtor-entries?agency=phutho&pageSize=100`)).json()) as {
      data: Entry[];
    };
    const entry = listed.data[0];
    if (!entry) throw new Error('The seed made no register entry for Phú Thọ');
    const folded = entry.fullName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    const paths = [
      `/api/debtor-entries/${entry.documentId}`,
      '/api/debtor-entries?agency=phutho&pageSize=100',
      '/api/debtor-entries?pageSize=100',
      `/api/debtor-entries?q=${encodeURIComponent(folded)}`,
      `/api/debtor-entries?q=${encodeURIComponent(entry.decisionNumber)}&agency=phutho`,
    ];
    /** Whether the entry is in the answer of `url` (its own answer: 200; a list: listed). */
    const shows = async (url: string) => {
      const response = await fetch(url);
      const body = (await response.json()) as { data: Entry | Entry[] | null };
      if (url.includes(`/api/debtor-entries/${entry.documentId}`)) {
        if (response.status === 404) return false;
        expect(response.status).toBe(200);
        return true;
      }
      expect(response.status).toBe(200);
      return (body.data as Entry[]).some((item) => item.documentId === entry.documentId);
    };
    const urls = bases.flatMap((base) => paths.map((suffix) => `${base}${suffix}`));
    // Every answer holds it, twice over so that each instance's response cache (and any other) keeps it.
    for (let round = 0; round < 2; round += 1)
      for (const url of urls) expect({ url, shows: await shows(url) }).toEqual({ url, shows: true });

    // An Editor gives the reason and takes the entry off, on the first instance, through nginx.
    const token = await adminSession(proxied!);
    const request = (method: string, suffix: string, body?: unknown) =>
      fetch(`${proxied}${REGISTER}/${entry.documentId}${suffix}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await request('PUT', '', { removalReason: 'paid', removalNote: 'Đã nộp đủ' })).status).toBe(200);
    const started = performance.now();
    expect((await request('POST', '/actions/unpublish')).status).toBe(200);

    // Polled, never slept: each answer asked again until none holds the entry, for at most 5 s.
    let still = urls;
    while (still.length > 0 && performance.now() - started < WITHIN_MS) {
      const shown = await Promise.all(still.map(async (url) => ((await shows(url)) ? url : null)));
      still = shown.filter((url): url is string => url !== null);
      if (still.length > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(still).toEqual([]);
    // And it stays gone (no instance answers it again from a cache a moment later).
    for (const url of urls) expect({ url, shows: await shows(url) }).toEqual({ url, shows: false });
    // The audit trail says who took it off and why, without the person's name (written just after the change).
    const auditStarted = performance.now();
    let trail = '';
    while (!trail.includes('register.remove') && performance.now() - auditStarted < WITHIN_MS) {
      const audit = await fetch(`${proxied}/thads-history/audit?pageSize=20`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(audit.status).toBe(200);
      const { data } = (await audit.json()) as { data: Array<{ action: string; targetDocumentId: string }> };
      trail = JSON.stringify(data.filter((item) => item.targetDocumentId === entry.documentId));
      if (!trail.includes('register.remove')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(trail).toContain('register.remove');
    expect(trail).toContain('paid');
    expect(trail).not.toContain(entry.fullName);
  });
});
