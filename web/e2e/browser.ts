import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.mjs';

export const SITE_URL = process.env.SITE_URL ?? '';
export const CMS_URL = process.env.CMS_URL ?? '';
if (!SITE_URL)
  throw new Error('SITE_URL is not set: run the browser tests through `pnpm test`, which starts the CMS and the site.');

/** Debian's Chromium, headless (see chromium.mjs). */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await launchChromium();
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** One browser for the test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let launched: { browser: Browser; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('The browser is not running yet');
    return launched.browser;
  };
}

/**
 * A page whose uncaught script errors and Content-Security-Policy violations are collected for the test to fail on.
 * `bypassCSP` is only for tests that inject their own tools (axe-core) into the page.
 */
export async function openPage(
  browser: Browser | (() => Browser),
  options: { width?: number; height?: number; bypassCSP?: boolean; locale?: string; timezoneId?: string } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await (typeof browser === 'function' ? browser() : browser).newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'vi-VN',
    timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) errors.push(message.text());
  });
  return { page, errors };
}

/**
 * Hands the page to the app as a session appearing in another tab would (the reader need not do anything that
 * changes the page), and waits until the app is in charge.
 */
export async function takeOver(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new StorageEvent('storage', { key: 'thads-session' })));
  await page.waitForSelector('html[data-app]');
}
