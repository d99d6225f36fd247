import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import type { ErrorResponse } from '@thads/content';
import { getJson } from './support/api';
import { newArticle } from './support/documents';

// A real feed parser, as a reader's feed app would use.
const require = createRequire(import.meta.url);
const Parser = require('rss-parser') as new (options?: unknown) => {
  parseString: (xml: string) => Promise<FeedResult>;
};
type FeedResult = {
  title?: string;
  link?: string;
  items: Array<Record<string, string | undefined> & { categories?: string[] }>;
};
const parser = new Parser({
  customFields: { item: ['dc:creator', 'content:encoded', 'pubDate', 'published', 'author'] },
});

const REAL_TITLE = 'Các cơ quan THADS tỉnh Vĩnh Phúc phát động phong trào thi đua';
let cms: TestCms;

beforeAll(async () => {
  process.env.SITE_URL = 'https://thads.example.gov.vn';
  cms = await startSeededCms(30);
  await cms.strapi
    .documents('api::article.article')
    .create({ data: newArticle({ title: 'Bản nháp không được vào feed' }) });
});
afterAll(async () => {
  await cms?.stop();
});

async function feed(path: string) {
  const response = await fetch(`${cms.baseUrl}${path}`);
  const xml = await response.text();
  return { response, xml, parsed: response.ok ? await parser.parseString(xml) : null };
}

describe('RSS 2.0', () => {
  it('lists the newest published news with site links, +07:00 dates, authors and summaries', async () => {
    const { response, xml, parsed } = await feed('/api/feeds/rss');
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    expect(parsed!.title).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc – Tin tức');
    expect(parsed!.items).toHaveLength(20);
    const real = parsed!.items.find((item) => item.title === REAL_TITLE)!;
    expect(real.link).toBe(
      'https://thads.example.gov.vn/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua',
    );
    expect(real.pubDate).toBe('Tue, 16 Mar 2021 00:00:00 +0700');
    expect(real['dc:creator']).toBe('Đỗ Hùng');
    expect(real.contentSnippet ?? real.content).toContain('100% các cơ quan THADS');
    expect(xml).not.toContain('Bản nháp');
    const dates = parsed!.items.map((item) => Date.parse(item.pubDate!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('carries the full article as an option, headings included and markup escaped', async () => {
    const { parsed } = await feed('/api/feeds/rss?full=1&author=do-hung');
    expect(parsed!.items).toHaveLength(1);
    const html = parsed!.items[0]!['content:encoded']!;
    expect(html).toContain('<h2>Thi đua bứt phá hiệu quả, về đích sớm</h2>');
    expect(html).toContain('<p>Nhằm thực hiện có hiệu quả');
  });

  it('has one feed per category, campaign theme and author', async () => {
    const category = await feed('/api/feeds/rss?category=thi-dua-khen-thuong');
    expect(category.parsed!.title).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc – Chuyên mục: Thi đua – Khen thưởng');
    const inCategory = await cms.strapi.db.query('api::article.article').count({
      where: { publishedAt: { $notNull: true }, audience: 'public', category: { slug: 'thi-dua-khen-thuong' } },
    });
    expect(inCategory).toBeGreaterThan(0);
    expect(category.parsed!.items).toHaveLength(Math.min(20, inCategory));
    expect(category.parsed!.items.map((item) => item.categories)).toEqual(
      category.parsed!.items.map(() => ['Thi đua – Khen thưởng']),
    );
    const theme = await feed('/api/feeds/rss?theme=thi-dua-2021-thads-vinh-phuc');
    expect(theme.parsed!.items.map((item) => item.title)).toEqual([REAL_TITLE]);
  });

  it('answers an unknown or malformed scope with a clear 4xx', async () => {
    expect((await getJson(cms.baseUrl, '/api/feeds/rss?category=khong-co')).status).toBe(404);
    const bad = await getJson<ErrorResponse>(cms.baseUrl, '/api/feeds/rss?author=%3Cscript%3E');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('slug');
  });
});

describe('Atom', () => {
  it('parses, with ids, +07:00 timestamps and authors', async () => {
    const { response, parsed } = await feed('/api/feeds/atom');
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const real = parsed!.items.find((item) => item.title === REAL_TITLE)!;
    expect(real.link).toBe(
      'https://thads.example.gov.vn/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua',
    );
    expect(real.id).toMatch(/^urn:thads-vinhphuc:article:/);
    expect(real.published ?? real.isoDate).toMatch(/^2021-03-1[56]T/);
    expect(real.author).toBe('Đỗ Hùng');
  });
});
