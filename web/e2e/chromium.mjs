// Debian's Chromium driven by playwright-core, for the browser tests and `pnpm bench:web`'s slow-phone part.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's switches here: no sandbox (root), no GPU, no network traffic of its own (the machine allows none). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless, with CHROMIUM_ARGS. Playwright gives it a fresh profile. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
