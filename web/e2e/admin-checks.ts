import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/**
 * axe-core's WCAG 2.1 A/AA violations inside `selector` (the project's page, panel or modal: Strapi's own chrome
 * around it is Strapi's). The admin's CSP forbids inline scripts: axe is evaluated, not added as a tag.
 */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async (scope) => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(
      { include: [...document.querySelectorAll(scope)] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations;
  }, selector)) as AxeViolation[];
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Visible text inside `selector` set smaller than 12 px: each as "text (size)". */
export async function smallText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const small: string[] = [];
    for (const root of document.querySelectorAll(scope)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const element = node.parentElement;
        if (!text || !element) continue;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        // Screen-reader-only text (1 px boxes) and hidden text are not read on screen.
        if (style.visibility === 'hidden' || style.display === 'none' || box.width <= 1 || box.height <= 1) continue;
        const size = parseFloat(style.fontSize);
        if (size < 12) small.push(`${text.slice(0, 40)} (${size}px)`);
      }
    }
    return small;
  }, selector);
}

/** Picks `option` in the design system's select labelled `label` (a combobox, not a native <select>). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** `dd/MM/yyyy HH:mm` in Vietnam time, as the schedule panel asks for it (written with Intl, apart from the panel). */
export const vietnamText = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(', ', ' ');
