import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import type { ErrorResponse } from '@thads/content';
import { getJson, setTestClock } from './support/api';
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
// The real article is Vĩnh Phúc's; the installation's home (served at the root) is the central department.
const REAL_LINK =
  'https://thads.example.gov.vn/vinhphuc/tin-tuc/cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const VINH_PHUC = 'Cục Thi hành án dân sự tỉnh Vĩnh Phúc';
let cms: TestCms;

beforeAll(async () => {
  process.env.SITE_URL = 'https://thads.example.gov.vn';
  // The notices' feeds are checked across an expiry, by the scheduler's test clock.
  process.env.SCHEDULER_TEST_CLOCK = 'true';
  cms = await startSeededCms(30);
  await cms.strapi
    .documents('api::article.article')
    .create({ data: newArticle({ title: 'Bản nháp không được vào feed' }) });
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.SCHEDULER_TEST_CLOCK;
});

async function feed(path: string) {
  const response = await fetch(`${cms.baseUrl}${path}`);
  const xml = await response.text();
  return { response, xml, parsed: response.ok ? await parser.parseString(xml) : null };
}

describe('RSS 2.0', () => {
  it("lists an agency's newest published news with links to its pages, +07:00 dates, authors and summaries", async () => {
    const { response, xml, parsed } = await feed('/api/feeds/rss?agency=vinhphuc');
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    expect(parsed!.title).toBe(`${VINH_PHUC} – Tin tức`);
    expect(parsed!.link).toBe('https://thads.example.gov.vn/vinhphuc/');
    const real = parsed!.items.find((item) => item.title === REAL_TITLE)!;
    expect(real.link).toBe(REAL_LINK);
    expect(real.pubDate).toBe('Tue, 16 Mar 2021 00:00:00 +0700');
    expect(real['dc:creator']).toBe('Đỗ Hùng');
    expect(real.contentSnippet ?? real.content).toContain('100% các cơ quan THADS');
    expect(xml).not.toContain('Bản nháp');
    const agencies = (await cms.strapi.db.query('api::article.article').findMany({
      where: {
        publishedAt: { $notNull: true },
        slug: { $in: parsed!.items.map((item) => item.link!.split('/').pop()) },
      },
      select: ['agency'],
    })) as Array<{ agency: string }>;
    expect(new Set(agencies.map((row) => row.agency))).toEqual(new Set(['vinhphuc']));
  });

  it("without an agency, lists the whole installation's newest news, each linked under its agency", async () => {
    const { xml, parsed } = await feed('/api/feeds/rss');
    expect(parsed!.title).toBe('Cục Quản lý Thi hành án dân sự – Tin tức của các cơ quan thi hành án dân sự');
    expect(parsed!.items).toHaveLength(20);
    expect(xml).not.toContain('Bản nháp');
    const dates = parsed!.items.map((item) => Date.parse(item.pubDate!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const prefixes = new Set(parsed!.items.map((item) => new URL(item.link!).pathname.split('/')[1]));
    // Samples of Phú Thọ and Hà Nội under their codes; the central department's (the home agency) at the root.
    expect([...prefixes]).toEqual(expect.arrayContaining(['phutho', 'hanoi', 'tin-tuc']));
  });

  it('carries the full article as an option, headings included and markup escaped', async () => {
    const { parsed } = await feed('/api/feeds/rss?full=1&author=do-hung&agency=vinhphuc');
    expect(parsed!.items).toHaveLength(1);
    const html = parsed!.items[0]!['content:encoded']!;
    expect(html).toContain('<h2>Thi đua bứt phá hiệu quả, về đích sớm</h2>');
    expect(html).toContain('<p>Nhằm thực hiện có hiệu quả');
  });

  it('has one feed per category, campaign theme and author', async () => {
    const category = await feed('/api/feeds/rss?category=thi-dua-khen-thuong&agency=vinhphuc');
    expect(category.parsed!.title).toBe(`${VINH_PHUC} – Chuyên mục: Thi đua – Khen thưởng`);
    const inCategory = await cms.strapi.db.query('api::article.article').count({
      where: {
        publishedAt: { $notNull: true },
        audience: 'public',
        agency: 'vinhphuc',
        category: { slug: 'thi-dua-khen-thuong' },
      },
    });
    expect(inCategory).toBeGreaterThan(0);
    expect(category.parsed!.items).toHaveLength(Math.min(20, inCategory));
    expect(category.parsed!.items.map((item) => item.categories)).toEqual(
      category.parsed!.items.map(() => ['Thi đua – Khen thưởng']),
    );
    const theme = await feed('/api/feeds/rss?theme=thi-dua-2021-thads-vinh-phuc&agency=vinhphuc');
    expect(theme.parsed!.items.map((item) => item.title)).toEqual([REAL_TITLE]);
  });

  it('sends an address from before agencies to the agency that has the author or theme it names', async () => {
    const response = await fetch(`${cms.baseUrl}/api/feeds/rss?author=do-hung`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/api/feeds/rss?author=do-hung&agency=vinhphuc');
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
    const { response, parsed } = await feed('/api/feeds/atom?agency=vinhphuc');
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const real = parsed!.items.find((item) => item.title === REAL_TITLE)!;
    expect(real.link).toBe(REAL_LINK);
    // Vĩnh Phúc's items keep the ids they had before agencies: feed readers do not show them as new.
    expect(real.id).toMatch(/^urn:thads-vinhphuc:article:/);
    expect(real.published ?? real.isoDate).toMatch(/^2021-03-1[56]T/);
    expect(real.author).toBe('Đỗ Hùng');
  });
});

describe("notices' own feeds (type=notice)", () => {
  const NOTICE = 'api::notice.notice';
  const START = Date.parse('2026-03-01T00:00:00+07:00');
  const AUCTION = '2026-03-10T09:00:00+07:00';
  const TITLE = 'Thông báo đấu giá xe ô tô tại thành phố Việt Trì';
  const DEBTOR = 'Trần Thị Chỉ Có Trong Danh Sách';

  beforeAll(async () => {
    await setTestClock(cms.baseUrl, START);
    await cms.strapi.documents(NOTICE).create({
      data: {
        agency: 'phutho',
        kind: 'asset-auction',
        title: TITLE,
        date: '2026-02-27',
        assetDescription: 'Xe ô tô con đã qua sử dụng',
        assetKind: 'vehicle',
        startingPrice: '350000000',
        auctionAt: AUCTION,
      } as never,
      status: 'published',
    });
    // A register entry of the same agency: never in any feed.
    await cms.strapi.documents('api::debtor-entry.debtor-entry').create({
      data: {
        agency: 'phutho',
        fullName: DEBTOR,
        obligation: 'Trả nợ 10.000.000 đồng',
        decisionNumber: '501/QĐ-THADS',
        decisionDate: '2024-03-04',
        noConditionsOn: '2025-01-02',
      } as never,
      status: 'published',
    });
  });
  afterAll(async () => {
    await setTestClock(cms.baseUrl, Date.now());
  });

  it("list an agency's open notices linked to their pages under its path, RSS and Atom; nationally every agency's", async () => {
    const rss = await feed('/api/feeds/rss?type=notice&agency=phutho');
    expect(rss.response.headers.get('content-type')).toContain('application/rss+xml');
    expect(rss.parsed!.title).toBe('Thi hành án dân sự tỉnh Phú Thọ – Thông báo');
    expect(rss.parsed!.link).toBe('https://thads.example.gov.vn/phutho/thong-bao');
    const item = rss.parsed!.items.find((each) => each.title === TITLE)!;
    expect(item.link).toMatch(/^https:\/\/thads\.example\.gov\.vn\/phutho\/thong-bao\/[a-z0-9-]+$/);
    expect(item.pubDate).toBe('Fri, 27 Feb 2026 00:00:00 +0700');
    expect(item.categories).toEqual(['Thông báo đấu giá tài sản']);
    expect(item.contentSnippet ?? item.content).toBe('Xe ô tô con đã qua sử dụng');
    // Only notices: no article of the agency.
    expect(rss.parsed!.items.every((each) => each.link!.includes('/thong-bao/'))).toBe(true);
    const atom = await feed('/api/feeds/atom?type=notice&agency=phutho');
    expect(atom.parsed!.items.find((each) => each.title === TITLE)!.id).toMatch(/^urn:thads-phutho:notice:/);
    const national = await feed('/api/feeds/rss?type=notice');
    expect(national.parsed!.items.map((each) => each.title)).toContain(TITLE);
    expect(
      (await feed('/api/feeds/rss?type=notice&agency=hanoi')).parsed!.items.map((each) => each.title),
    ).not.toContain(TITLE);
    for (const text of [rss.xml, atom.xml, national.xml]) expect(text).not.toContain(DEBTOR);
  });

  it('drop a notice when it expires, from the cached feed too', async () => {
    const titles = async (path: string) => (await feed(path)).parsed!.items.map((each) => each.title);
    expect(await titles('/api/feeds/rss?type=notice&agency=phutho')).toContain(TITLE);
    // The second read is the cached answer, which the expiry must renew.
    const cached = await fetch(`${cms.baseUrl}/api/feeds/rss?type=notice&agency=phutho`);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    await setTestClock(cms.baseUrl, Date.parse(AUCTION) + 1000);
    expect(await titles('/api/feeds/rss?type=notice&agency=phutho')).not.toContain(TITLE);
    expect(await titles('/api/feeds/atom?type=notice')).not.toContain(TITLE);
    await setTestClock(cms.baseUrl, START);
  });

  it('refuse what a notice feed cannot be', async () => {
    const scoped = await getJson<ErrorResponse>(cms.baseUrl, '/api/feeds/rss?type=notice&category=thong-bao');
    expect(scoped.status).toBe(400);
    expect(scoped.body.error.message).toContain('type=notice');
    const unknown = await getJson<ErrorResponse>(cms.baseUrl, '/api/feeds/rss?type=debtor-entry');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('"type"');
    expect((await getJson(cms.baseUrl, '/api/feeds/rss?type=notice&agency=khong-co')).status).toBe(404);
  });
});
