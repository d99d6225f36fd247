import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openPage, SITE_URL, useBrowser } from './browser';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/** axe-core, injected into the real page, checking WCAG 2.0/2.1 A and AA rules. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  })) as AxeViolation[];
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const browser = useBrowser();

it.each([
  ['home', '/'],
  ['article', '/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua'],
  ['category', '/chuyen-muc/thi-dua-khen-thuong'],
  ['campaign themes', '/phong-trao'],
  ['campaign theme', '/phong-trao/thi-dua-2021-thads-vinh-phuc'],
  ['author', '/tac-gia/do-hung'],
  ['day archive', '/ngay/2021-03-16'],
  ['sign-in', '/dang-nhap'],
  ['search', '/tim-kiem?q=thi%20dua'],
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
