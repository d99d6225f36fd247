// One cold page load on an emulated slow phone (Chromium over the DevTools protocol), for `pnpm bench:web`: when the
// page's text is on screen, its Largest Contentful Paint, its layout shifts and the requests made before the text.
/* global window, document, requestAnimationFrame, Element -- observePage, observeTaps and the evaluated functions run in the page */
import { tapLatencies } from './interaction-latency.mjs';
import { cumulativeLayoutShift } from './layout-shift.mjs';

/** The slow phone of issue 14: 150 ms per request, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower, 360×780. */
export const SLOW_PHONE = {
  latencyMs: 150,
  downloadBytesPerSecond: 200_000,
  uploadBytesPerSecond: 93_750,
  cpuSlowdown: 4,
  viewport: { width: 360, height: 780 },
};

/**
 * Runs in the page before any of its own code. The text counts as on screen in the first animation frame in which
 * the last element matching `selector` is laid out (it has a box) and every stylesheet of the document has loaded,
 * at the moment that is seen (not the frame's earlier start): the frame Chromium then paints shows it, styled. Polling from requestAnimationFrame costs a query per frame and
 * works the same on a page that renders on the server and on one that builds its content in the browser.
 * @param {string} selector
 */
function observePage(selector) {
  /** @type {{ textAt: number | null, lcp: number[], shifts: Array<{ startTime: number, value: number, hadRecentInput: boolean }> }} */
  const record = { textAt: null, lcp: [], shifts: [] };
  Object.defineProperty(window, '__slowPhone', { value: record });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const paint = /** @type {PerformanceEntry & { renderTime?: number }} */ (entry);
      record.lcp.push(paint.renderTime || paint.startTime);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const shift = /** @type {PerformanceEntry & { value: number, hadRecentInput: boolean }} */ (entry);
      record.shifts.push({ startTime: shift.startTime, value: shift.value, hadRecentInput: shift.hadRecentInput });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const poll = () => {
    const matches = document.querySelectorAll(selector);
    const last = matches[matches.length - 1];
    const styled = [...document.querySelectorAll('link[rel="stylesheet"]')].every(
      (link) => /** @type {HTMLLinkElement} */ (link).sheet !== null,
    );
    if (last && last.textContent?.trim() && last.getClientRects().length > 0 && styled)
      record.textAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * @typedef {{ textMs: number, lcpMs: number, cls: number, requests: number, finished: number, bytes: number }} PhoneSample
 *   requests: those started before the text was on screen, the document included; finished: those complete by then,
 *   and bytes, what these transferred
 */

/** A new browser context (its own empty cache and connections) with one page, on the slow phone. */
async function slowPhonePage(/** @type {import('playwright-core').Browser} */ browser) {
  const context = await browser.newContext({
    viewport: SLOW_PHONE.viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.downloadBytesPerSecond,
    uploadThroughput: SLOW_PHONE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  return { context, page };
}

/** The taps of a reader's first second: the phone menu's button, then the search field it shows. */
export const FIRST_TAPS = [
  { name: 'menu', selector: '.site-menu__button', done: 'details.site-menu[open]' },
  {
    name: 'search',
    selector: '.search-form--header input[name="q"]',
    done: '.search-form--header input[name="q"]:focus',
  },
];
/** Event Timing's smallest threshold: an interaction faster than it is not reported. */
const EVENT_THRESHOLD_MS = 16;

/**
 * Runs in the page before any of its own code: records the Event Timing entries of interactions, each named by the
 * tap target it falls in.
 * @param {{ taps: Array<{ name: string, selector: string }>, threshold: number }} options
 */
function observeTaps({ taps, threshold }) {
  /** @type {Array<{ interactionId: number, duration: number, target: string | null }>} */
  const entries = [];
  Object.defineProperty(window, '__firstTaps', { value: entries });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // interactionId is Event Timing's, missing from TypeScript's DOM types.
      const timing = /** @type {PerformanceEventTiming & { interactionId: number }} */ (entry);
      const target = timing.target instanceof Element ? timing.target : null;
      const tapped = taps.find((tap) => target?.closest(tap.selector));
      entries.push({ interactionId: timing.interactionId, duration: timing.duration, target: tapped?.name ?? null });
    }
  }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', buffered: true, durationThreshold: threshold }));
}

/**
 * The latency of the reader's first taps (INP, per tap) on the slow phone: the page is loaded cold and, as soon as its
 * load event has fired, the menu button is tapped, then the search field; each must have done its job (menu open,
 * field focused), else this throws.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<Record<string, number>>} milliseconds, by tap name (16 means "no more than 16")
 */
export async function firstTapsOnSlowPhone(browser, url) {
  const { context, page } = await slowPhonePage(browser);
  try {
    await page.addInitScript(observeTaps, { taps: FIRST_TAPS, threshold: EVENT_THRESHOLD_MS });
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    for (const tap of FIRST_TAPS) {
      await page.tap(tap.selector, { timeout: 10_000 });
      await page.waitForSelector(tap.done, { timeout: 10_000 });
    }
    // Entries are reported after the frame that follows each interaction is painted.
    await page.waitForTimeout(1000);
    const entries = await page.evaluate(() => Reflect.get(window, '__firstTaps'));
    return tapLatencies(
      entries,
      FIRST_TAPS.map((tap) => tap.name),
      EVENT_THRESHOLD_MS,
    );
  } finally {
    await context.close();
  }
}

/**
 * Loads `url` once in a new browser context (its own empty cache and connections) on the slow phone.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} selector the page's text: its last match must be on screen
 * @returns {Promise<PhoneSample>}
 */
export async function loadOnSlowPhone(browser, url, selector) {
  const { context, page } = await slowPhonePage(browser);
  try {
    await page.addInitScript(observePage, selector);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForFunction(() => Reflect.get(window, '__slowPhone')?.textAt !== null, undefined, {
      timeout: 30_000,
    });
    // Late work (hydration, images, fetches after load) may still shift the layout: wait until the network is quiet.
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    await page.waitForTimeout(1000);
    const seen = await page.evaluate(() => {
      /** @type {{ textAt: number, lcp: number[], shifts: Array<{ startTime: number, value: number, hadRecentInput: boolean }> }} */
      const record = Reflect.get(window, '__slowPhone');
      const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
      const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
      const done = resources.filter((entry) => entry.responseEnd <= record.textAt);
      return {
        ...record,
        requests: resources.filter((entry) => entry.startTime <= record.textAt).length + 1,
        finished: done.length + 1,
        bytes: done.reduce((sum, entry) => sum + entry.transferSize, navigation?.transferSize ?? 0),
      };
    });
    return {
      textMs: seen.textAt,
      lcpMs: seen.lcp.at(-1) ?? Number.NaN,
      cls: cumulativeLayoutShift(seen.shifts),
      requests: seen.requests,
      finished: seen.finished,
      bytes: seen.bytes,
    };
  } finally {
    await context.close();
  }
}
