import { beforeAll, describe, expect, it } from 'vitest';
import { publishArticle } from './admin-api';
import { openPage, SITE_URL, useBrowser } from './browser';

const browser = useBrowser();
const TITLE = 'Bài thử <img src=x onerror="window.__xss=1"> nội dung độc hại';
let slug = '';

// Rich text is data, never markup: what an attacker (or a careless paste) puts into an article must render inert.
const HOSTILE_LINKS = [
  'javascript:window.__xss="link"',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

beforeAll(async () => {
  const article = await publishArticle({
    title: TITLE,
    lead: '<script>window.__xss = "lead"</script>',
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '<script>window.__xss = "body"</script><img src=x onerror="window.__xss=\'img\'">' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Liên kết: ' },
          {
            type: 'link',
            url: 'https://example.com/"><script>window.__xss="href"</script>',
            children: [{ type: 'text', text: 'liên kết có dấu nháy' }],
          },
        ],
      },
      {
        type: 'heading',
        level: 2,
        children: [{ type: 'text', text: '<svg onload="window.__xss=\'svg\'">Tiêu đề</svg>' }],
      },
      {
        type: 'quote',
        children: [{ type: 'text', text: '<iframe src="javascript:window.__xss=\'frame\'"></iframe>' }],
      },
    ],
  });
  slug = article.slug;
});

describe('hostile rich text', () => {
  it('renders as text in Chromium: no script runs, no dangerous link or image is made', async () => {
    const { page, errors } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${SITE_URL}/tin-tuc/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.locator('.article__body').textContent()).toContain('<script>window.__xss = "body"</script>');

    // A quote in a link's address stays inside the attribute.
    const quoted = page.locator('.article__body a:has-text("liên kết có dấu nháy")');
    expect(await quoted.getAttribute('href')).toMatch(/^https:\/\/example\.com\//);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
    const sources = await page
      .locator('img')
      .evaluateAll((images) => images.map((image) => image.getAttribute('src') ?? ''));
    expect(sources.filter((src) => /^\s*javascript:/i.test(src))).toEqual([]);
    expect(await page.locator('.article__body svg, .article__body script, .article__body iframe').count()).toBe(0);

    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('cannot even be saved with javascript:, data: or vbscript: links: the CMS refuses them', async () => {
    for (const url of HOSTILE_LINKS) {
      await expect(
        publishArticle({
          title: `Liên kết độc hại ${url.slice(0, 4)}`,
          body: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'bấm' }] }] }],
        }),
        url,
      ).rejects.toThrow(/400.*valid link/);
    }
  });

  it('stays text in the share-preview HTML the server sends', async () => {
    const html = await (await fetch(`${SITE_URL}/tin-tuc/${slug}`)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    expect(html).not.toMatch(/<script>window\.__xss/);
  });

  it('the site sends a strict Content-Security-Policy with every page', async () => {
    const response = await fetch(`${SITE_URL}/tin-tuc/${slug}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
