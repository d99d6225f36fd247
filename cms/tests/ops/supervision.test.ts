import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../../../scripts/lib/cms-process.mjs';
import { FIRST_DELAY_MS, HEALTHY_AFTER_MS, MAX_DELAY_MS, nextDelay } from '../../../scripts/lib/supervisor.mjs';

describe('restart back-off', () => {
  it('doubles from 1 s up to 30 s while a process keeps dying, and starts over after a healthy minute', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let crash = 0; crash < 7; crash += 1) {
      delay = nextDelay(delay, 5000);
      delays.push(delay);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect(nextDelay(MAX_DELAY_MS, HEALTHY_AFTER_MS)).toBe(FIRST_DELAY_MS);
  });
});

describe('a supervised CMS and site (as under `pnpm start`)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack({ samples: 2 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('comes back by itself after the CMS is killed with SIGKILL, and the site answers /api/articles again', async () => {
    const articles = () => fetch(`${stack.siteUrl}/api/articles?pagination[pageSize]=1`);
    expect((await articles()).status).toBe(200);
    const killed = stack.process('cms')?.child;
    expect(killed?.pid).toBeGreaterThan(0);
    killed?.kill('SIGKILL');
    await new Promise((resolve) => killed?.once('exit', resolve));
    // While the CMS is down the site says so: a 5xx, not a hang.
    expect((await articles()).status).toBeGreaterThanOrEqual(500);

    const killedAt = Date.now();
    let status = 0;
    while (Date.now() - killedAt < 60_000) {
      status = await articles().then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    const restarted = stack.process('cms')?.child;
    expect(restarted?.pid).toBeGreaterThan(0);
    expect(restarted?.pid).not.toBe(killed?.pid);
    const body = (await (await articles()).json()) as { data: unknown[] };
    expect(body.data).toHaveLength(1);
    console.log(`CMS back ${((Date.now() - killedAt) / 1000).toFixed(1)} s after SIGKILL`);
  }, 90_000);
});
