// Lighthouse (the version pinned in the root package.json, 12.2.3: later ones need Node 22 or do not install from the
// lockfile) driving Debian's Chromium, for `pnpm bench:web`. Its default mobile settings: a Moto G Power's screen,
// simulated throttling (150 ms round trips, 1.6 Mbit/s, CPU 4× slower), cold cache and storage on every run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../../web/e2e/chromium.mjs';
import { ROOT } from './shell.mjs';

/** The Lighthouse version installed, as its package says. */
export const LIGHTHOUSE_VERSION = /** @type {{ version: string }} */ (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'))
).version;

/** @typedef {{ score: number, tbtMs: number, lcpMs: number, fcpMs: number, cls: number, speedIndexMs: number }} LighthouseRun */

/**
 * A headless Chromium with its DevTools port open (Lighthouse drives it over that port), with the same switches as the
 * browser tests' (no traffic of its own) and a throw-away profile.
 */
export async function startLighthouseBrowser() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'thads-lighthouse-'));
  const chromium = spawn(
    CHROMIUM,
    ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port: ${output}`)), 30_000);
    chromium.stderr.on('data', (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    chromium.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its port: ${output}`)));
  });
  return {
    /**
     * One Lighthouse run of `url`, performance only.
     * @param {string} url
     * @returns {Promise<LighthouseRun>}
     */
    async run(url) {
      let lhr;
      // Lighthouse loses its trace now and then on a loaded machine (NO_NAVSTART: "Please run Lighthouse again"):
      // such a run is made again, twice at most, and said.
      for (let attempt = 1; ; attempt += 1) {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        lhr = result.lhr;
        if (!lhr.runtimeError) break;
        const failure = `Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
        if (attempt === 3) throw new Error(failure);
        console.log(`  (${failure}; run again)`);
      }
      const metric = (/** @type {string} */ id) => {
        const value = lhr.audits[id]?.numericValue;
        if (typeof value !== 'number') throw new Error(`Lighthouse on ${url} measured no ${id}`);
        return value;
      };
      const score = lhr.categories.performance?.score;
      if (typeof score !== 'number') throw new Error(`Lighthouse on ${url} gave no performance score`);
      return {
        score: Math.round(score * 100),
        tbtMs: metric('total-blocking-time'),
        lcpMs: metric('largest-contentful-paint'),
        fcpMs: metric('first-contentful-paint'),
        cls: metric('cumulative-layout-shift'),
        speedIndexMs: metric('speed-index'),
      };
    },
    async stop() {
      if (chromium.exitCode === null && chromium.signalCode === null) {
        const exited = new Promise((resolve) => chromium.once('exit', resolve));
        chromium.kill();
        await exited;
      }
      // Chromium's helper processes may still be writing to the profile for a moment after it exits.
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
