import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openPage, SITE_URL, useBrowser } from './browser';

const browser = useBrowser();

it.each([
  // The central department's, at the root (with its block of every agency's news), and a merged agency's (with the
  // notice of its merger), under its code.
  ['home', '/'],
  ["merged agency's home", '/vinhphuc/'],
  ['article', '/vinhphuc/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua'],
  ['category', '/vinhphuc/chuyen-muc/thi-dua-khen-thuong'],
  ['campaign themes', '/phong-trao'],
  ['campaign theme', '/vinhphuc/phong-trao/thi-dua-2021-thads-vinh-phuc'],
  ['author', '/vinhphuc/tac-gia/do-hung'],
  ['day archive', '/vinhphuc/ngay/2021-03-16'],
  ['sign-in', '/dang-nhap'],
  ['national search, with its agency filter', '/tim-kiem?q=thi%20dua'],
  ["an agency's search", '/phutho/tim-kiem?q=thi%20dua'],
  ['directory of agencies', '/co-quan'],
  ['site map', '/so-do-cong-thong-tin'],
  ['not found', '/tin-tuc/khong-co-bai-viet-nay'],
])(
  'the %s page has no WCAG 2.1 AA violations that axe-core can find, at desktop and phone widths',
  async (_name, pathName) => {
    for (const width of [1280, 360]) {
      const { page } = await openPage(browser, { width, bypassCSP: true });
      await page.goto(`${SITE_URL}${pathName}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Let the page's own queries settle, so axe sees what a reader sees.
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      await page.context().close();
    }
  },
);

/**
 * Every stop of the keyboard's walk through a page, with the contrast of its focus ring against what lies just
 * outside it (WCAG 1.4.11: 3:1 for what shows a state), measured on each side.
 */
async function focusRings(page: Page): Promise<Array<{ name: string; at: string; contrast: number }>> {
  const stops: Array<{ name: string; at: string; contrast: number }> = [];
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = rgb(colour).map((value) => {
          const channel = value / 255;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(element);
      const ring = style.outlineStyle === 'none' ? '' : style.outlineColor;
      const box = element.getBoundingClientRect();
      const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
      const sides = [
        [box.left - reach, box.top + box.height / 2],
        [box.right + reach, box.top + box.height / 2],
        [box.left + box.width / 2, box.top - reach],
        [box.left + box.width / 2, box.bottom + reach],
      ];
      const contrasts = sides
        .filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight)
        .map(([x, y]) => {
          const under = document
            .elementsFromPoint(x!, y!)
            .filter((candidate) => !element.contains(candidate))
            .map((candidate) => getComputedStyle(candidate).backgroundColor)
            .find((colour) => rgb(colour)[3] !== 0);
          const [light, dark] = [luminance(ring), luminance(under ?? 'rgb(255, 255, 255)')].sort((a, b) => b - a);
          return (light! + 0.05) / (dark! + 0.05);
        });
      return {
        name: `${element.tagName} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
        at: `${Math.round(box.left + scrollX)},${Math.round(box.top + scrollY)}`,
        contrast: ring && contrasts.length ? Math.min(...contrasts) : 0,
      };
    });
    if (!stop || stops.some((seen) => seen.name === stop.name && seen.at === stop.at)) break;
    stops.push(stop);
  }
  return stops;
}

it('shows a focus ring that stands out 3:1 from what surrounds it, in the header as in the page', async () => {
  for (const width of [1280, 360]) {
    const { page } = await openPage(browser, { width });
    // A merged agency's article: its notice (with a link) is in the header.
    await page.goto(`${SITE_URL}/vinhphuc/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    // On a phone the search box and the navigation are behind the menu button: open it, then walk from the top.
    if (width === 360) await page.getByText('Menu', { exact: true }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops = await focusRings(page);
    expect(stops.length, `${width} px`).toBeGreaterThan(20);
    expect(
      stops
        .filter((stop) => stop.contrast < 3)
        .map((stop) => `${width} px: ${stop.name} ${stop.contrast.toFixed(2)}:1`),
    ).toEqual([]);
    await page.context().close();
  }
});
