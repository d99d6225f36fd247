import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatVietnamDate, vietnamDay } from '@thads/vietnamese';
import { APP_DIR, startCms, type TestCms } from './support/strapi';
import type {
  AgencyListResponse,
  CampaignTheme,
  Category,
  ListResponse,
  SearchResponse,
  SingleResponse,
  SiteSettings,
} from '@thads/content';
import { contentClient, getJson } from './support/api';

type SeedModule = typeof import('../src/seed');

const SEED_COPY = path.join(APP_DIR, 'seed', 'real-article.txt');
const SHARED_SEED = path.resolve(APP_DIR, '..', '..', 'shared', 'seeds', '000_742cc5e3f51387aa.txt');
const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const TYPES = [
  'api::article.article',
  'api::author.author',
  'api::campaign-theme.campaign-theme',
  'api::category.category',
  'api::legal-document.legal-document',
  'api::notice.notice',
  'api::debtor-entry.debtor-entry',
] as const;

let cms: TestCms;
let seedModule: SeedModule;

const countAll = async () =>
  Object.fromEntries(
    await Promise.all(TYPES.map(async (uid) => [uid, await cms.strapi.db.query(uid).count()] as const)),
  );

beforeAll(async () => {
  cms = await startCms();
  seedModule = cms.appModule<SeedModule>('src/seed/index.js');
  await seedModule.seed(cms.strapi, { log: () => {} });
});
afterAll(async () => {
  await cms?.stop();
});

/** When PostgreSQL last analysed the articles table by command (null never; SQLite: null). */
async function lastAnalyze(): Promise<string | null> {
  if (process.env.DATABASE_CLIENT !== 'postgres') return null;
  const result = (await cms.strapi.db.connection.raw(
    "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'articles'",
  )) as { rows: Array<{ last_analyze: Date | null }> };
  return result.rows[0]?.last_analyze?.toISOString() ?? null;
}

describe('the real article', () => {
  it('is a verbatim copy of the agency page kept in shared/seeds', () => {
    if (fs.existsSync(SHARED_SEED))
      expect(fs.readFileSync(SEED_COPY, 'utf8')).toBe(fs.readFileSync(SHARED_SEED, 'utf8'));
  });

  it('reads over REST exactly as the seed file: title, date, every paragraph in order, both headings, author', async () => {
    const lines = fs
      .readFileSync(SEED_COPY, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    // Page furniture of the original portal: "Sign In" first, "Các tin đã đưa ngày:" last.
    expect(lines[0]).toBe('Sign In');
    expect(lines.at(-1)).toBe('Các tin đã đưa ngày:');
    const [title, day, ...rest] = lines.slice(1, -1);
    const byline = rest.pop();

    const article = await contentClient(cms.baseUrl).getArticle(REAL_SLUG);
    expect(article).not.toBeNull();
    expect(article!.title).toBe(title);
    expect(formatVietnamDate(article!.date)).toBe(day);
    expect(vietnamDay(article!.date)).toBe('2021-03-16');
    expect(article!.isSample).toBe(false);

    const body = article!.body ?? [];
    const texts = body.map((block) =>
      'children' in block ? block.children.map((child) => ('text' in child ? child.text : '')).join('') : '',
    );
    expect(texts).toEqual(rest);
    const headings = body.filter((block) => block.type === 'heading');
    expect(headings.map((block) => block.type === 'heading' && block.level)).toEqual([2, 2]);
    expect(headings.map((block) => texts[body.indexOf(block)])).toEqual([
      'Thi đua bứt phá hiệu quả, về đích sớm',
      'Giải pháp đẩy mạnh các phong trào',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Sign In|Các tin đã đưa ngày/);

    expect(article!.authors?.map((author) => [author.name, author.slug])).toEqual([[byline, 'do-hung']]);
    expect(byline).toBe('Đỗ Hùng');
    expect(article!.category?.slug).toBe('thi-dua-khen-thuong');
    expect(article!.campaignThemes?.map((theme) => theme.name).sort()).toEqual(
      [
        'Cán bộ Tư pháp đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
        'Cả nước chung sức xây dựng nông thôn mới',
        'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
        'Phong trào thi đua năm 2021 của các cơ quan THADS tỉnh Vĩnh Phúc',
      ].sort(),
    );
  });

  it("comes with the agency's 2021 campaign: slogan, period, issuing body, targets and anniversaries", async () => {
    const theme = await contentClient(cms.baseUrl).getCampaignTheme('thi-dua-2021-thads-vinh-phuc');
    expect(theme?.slogan).toMatch(
      /^Đoàn kết, kỷ cương, liêm chính, hành động, trách nhiệm thi đua bứt phá hiệu quả, về đích sớm/,
    );
    expect([theme?.startDate, theme?.endDate]).toEqual(['2021-01-01', '2021-12-31']);
    expect(theme?.issuingBody).toBe('Cục THADS tỉnh Vĩnh Phúc');
    expect(theme?.targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'trên 97%' }),
        expect.objectContaining({ target: '100%' }),
      ]),
    );
    expect(theme?.milestones?.map((milestone) => milestone.date)).toEqual(['1945-08-28', '1946-07-19']);
    const national = await contentClient(cms.baseUrl).getCampaignTheme('ca-nuoc-chung-suc-xay-dung-nong-thon-moi');
    expect([national?.startDate?.slice(0, 4), national?.endDate?.slice(0, 4)]).toEqual(['2020', '2025']);
  });

  it('sits among the categories of the portal, in display order', async () => {
    const { data } = await contentClient(cms.baseUrl).listCategories();
    expect(data.map((category) => category.name)).toEqual([
      'Hoạt động của cơ quan',
      'Tin từ địa phương',
      'Thi đua – Khen thưởng',
      'Nghiên cứu – Trao đổi',
      'Thông báo',
    ]);
  });
});

describe('agencies', () => {
  it('are the 64 of agencies.json, in its order, with dated names and the agency each merged one joined', async () => {
    const { status, body } = await getJson<AgencyListResponse>(cms.baseUrl, '/api/agencies?pagination[pageSize]=100');
    expect(status).toBe(200);
    expect(body.meta.home).toBe('trunguong');
    expect(body.data).toHaveLength(64);
    const kinds = body.data.reduce<Record<string, number>>((count, agency) => {
      count[agency.kind] = (count[agency.kind] ?? 0) + 1;
      return count;
    }, {});
    expect(kinds).toEqual({ central: 1, province: 28, city: 6, merged: 29 });
    expect(body.data[0]?.code).toBe('trunguong');
    const vinhphuc = body.data.find((agency) => agency.code === 'vinhphuc');
    expect(vinhphuc).toMatchObject({ kind: 'merged', mergedOn: '2025-07-01', successor: { code: 'phutho' } });
    const phutho = body.data.find((agency) => agency.code === 'phutho');
    expect(phutho?.name).toBe('Thi hành án dân sự tỉnh Phú Thọ');
    expect(phutho?.names?.map((name) => [name.name, name.from, name.until])).toEqual([
      ['Cục Thi hành án dân sự tỉnh Phú Thọ', null, '2025-06-30'],
      ['Thi hành án dân sự tỉnh Phú Thọ', '2025-07-01', null],
    ]);
  });

  it("give Vĩnh Phúc's header and footer what its portal said of itself; the site settings are the home agency's", async () => {
    const vinhphuc = await getJson<AgencyListResponse>(cms.baseUrl, '/api/agencies?filters[code][$eq]=vinhphuc');
    const agency = vinhphuc.body.data[0]!;
    expect(agency.name).toBe('Cục Thi hành án dân sự tỉnh Vĩnh Phúc');
    expect(agency.address).toContain('Vĩnh Phúc');
    expect(agency.responsiblePerson).toBeTruthy();
    expect(agency.relatedLinks?.map((link) => link.label)).toEqual(
      expect.arrayContaining(['Bộ Tư pháp', 'Tổng cục Thi hành án dân sự', 'UBND tỉnh Vĩnh Phúc']),
    );
    const { status, body } = await getJson<SingleResponse<SiteSettings>>(cms.baseUrl, '/api/site-setting');
    expect(status).toBe(200);
    expect(body.data.siteName).toBe('Cục Quản lý Thi hành án dân sự');
    expect(body.data.relatedLinks?.map((link) => link.label)).toEqual(expect.arrayContaining(['Bộ Tư pháp']));
  });

  it('put the real article, its author and its 2021 campaign under Vĩnh Phúc, the national campaigns centrally', async () => {
    const agencyOf = async (
      uid: 'api::article.article' | 'api::author.author' | 'api::campaign-theme.campaign-theme',
      slug: string,
    ) =>
      ((await cms.strapi.db.query(uid).findOne({ where: { slug }, select: ['agency'] })) as { agency: string }).agency;
    expect(
      await agencyOf('api::article.article', 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua'),
    ).toBe('vinhphuc');
    expect(await agencyOf('api::author.author', 'do-hung')).toBe('vinhphuc');
    expect(await agencyOf('api::campaign-theme.campaign-theme', 'thi-dua-2021-thads-vinh-phuc')).toBe('vinhphuc');
    expect(await agencyOf('api::campaign-theme.campaign-theme', 'ca-nuoc-chung-tay-vi-nguoi-ngheo')).toBe('trunguong');
  });
});

describe("the agencies' records", () => {
  it('seeds real public documents under the central department, related to each other', async () => {
    const documents = (await cms.strapi.db.query('api::legal-document.legal-document').findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['number', 'agency', 'kind', 'issuedOn'],
      populate: { guides: { select: ['number'] } },
      orderBy: { issuedOn: 'asc' },
    })) as Array<{ number: string; agency: string; kind: string; guides: Array<{ number: string }> }>;
    expect(documents.map((document) => document.number)).toEqual([
      '26/2008/QH12',
      '64/2014/QH13',
      '62/2015/NĐ-CP',
      '42/2022/NĐ-CP',
      '1898/QĐ-BTP',
    ]);
    expect(new Set(documents.map((document) => document.agency))).toEqual(new Set(['trunguong']));
    expect(documents[2]!.guides.map((guided) => guided.number).sort()).toEqual(['26/2008/QH12', '64/2014/QH13']);
  });

  it('marks every seeded notice and register entry as a sample, with no real person in it', async () => {
    for (const uid of ['api::notice.notice', 'api::debtor-entry.debtor-entry'] as const) {
      const rows = (await cms.strapi.db
        .query(uid)
        .findMany({ where: { publishedAt: { $notNull: true } }, select: ['isSample'] })) as Array<{
        isSample: boolean;
      }>;
      expect(rows.length, uid).toBeGreaterThan(1);
      expect(
        rows.filter((row) => !row.isSample),
        uid,
      ).toEqual([]);
    }
    const { body } = await getJson<{ data: Array<{ address: string; obligation: string }> }>(
      cms.baseUrl,
      '/api/debtor-entries?agency=phutho',
    );
    expect(body.data).toHaveLength(3);
    for (const entry of body.data) {
      expect(entry.address).toContain('Dữ liệu mẫu');
      expect(entry.obligation).toContain('mẫu');
    }
  });
});

describe('site settings', () => {
  it('cannot be changed by the public', async () => {
    const put = await getJson(cms.baseUrl, '/api/site-setting', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"data":{"siteName":"x"}}',
    });
    expect([403, 404, 405]).toContain(put.status);
    expect((await getJson<SingleResponse<SiteSettings>>(cms.baseUrl, '/api/site-setting')).body.data.siteName).toBe(
      'Cục Quản lý Thi hành án dân sự',
    );
  });
});

describe('seeding', () => {
  it('adds nothing when run again', async () => {
    const before = await countAll();
    const report = await seedModule.seed(cms.strapi, { log: () => {} });
    expect(report).toEqual({ created: [], samplesCreated: 0 });
    expect(await countAll()).toEqual(before);
  });

  it("never overwrites or resurrects an editor's change", async () => {
    const categories = cms.strapi.documents('api::category.category');
    const [notices] = await categories.findMany({ filters: { slug: 'thong-bao' }, status: 'published' });
    await categories.update({
      documentId: notices!.documentId,
      data: { name: 'Thông báo – Thông cáo' },
      status: 'published',
    });
    const [theme] = await cms.strapi
      .documents('api::campaign-theme.campaign-theme')
      .findMany({ filters: { slug: 'ca-nuoc-chung-suc-xay-dung-nong-thon-moi' } });
    await cms.strapi.documents('api::campaign-theme.campaign-theme').delete({ documentId: theme!.documentId });
    const [decree] = await cms.strapi
      .documents('api::legal-document.legal-document')
      .findMany({ filters: { number: '62/2015/NĐ-CP' } });
    await cms.strapi.documents('api::legal-document.legal-document').delete({ documentId: decree!.documentId });

    await seedModule.seed(cms.strapi, { log: () => {} });

    const { body } = await getJson<ListResponse<Category>>(cms.baseUrl, '/api/categories?filters[slug][$eq]=thong-bao');
    expect(body.data[0]?.name).toBe('Thông báo – Thông cáo');
    const gone = await getJson<ListResponse<CampaignTheme>>(
      cms.baseUrl,
      '/api/campaign-themes?filters[slug][$eq]=ca-nuoc-chung-suc-xay-dung-nong-thon-moi',
    );
    expect(gone.body.data).toEqual([]);
    expect(
      await cms.strapi.db.query('api::legal-document.legal-document').count({ where: { number: '62/2015/NĐ-CP' } }),
    ).toBe(0);
  });

  it('generates sample articles deterministically, flagged so nobody mistakes them for news, and only once', async () => {
    const analyzedBefore = await lastAnalyze();
    const first = await seedModule.seed(cms.strapi, { sampleArticles: 5, log: () => {} });
    expect(first.samplesCreated).toBe(5);
    // On PostgreSQL the planner's statistics are made current at once (plans, estimated totals), not by autovacuum later.
    if (process.env.DATABASE_CLIENT === 'postgres') expect(await lastAnalyze()).not.toBe(analyzedBefore);
    const again = await seedModule.seed(cms.strapi, { sampleArticles: 5, log: () => {} });
    expect(again.samplesCreated).toBe(0);

    const { data, meta } = await contentClient(cms.baseUrl).listArticles({ pageSize: 100 });
    const samples = data.filter((article) => article.isSample);
    expect(samples).toHaveLength(5);
    expect(meta.pagination.total).toBe(6);
    for (const sample of samples) {
      expect(sample.title.startsWith('[Bài mẫu]')).toBe(true);
      expect(sample.lead).toMatch(/không phải tin thật/);
      expect(vietnamDay(sample.date) < '2021-03-16').toBe(true);
    }
    const { sampleArticle } = cms.appModule<typeof import('../src/seed/samples')>('src/seed/samples.js');
    const agencies = [
      { code: 'phutho', shortName: 'THADS tỉnh Phú Thọ', weight: 1 },
      { code: 'hanoi', shortName: 'THADS thành phố Hà Nội', weight: 12 },
      { code: 'trunguong', shortName: 'Cục Quản lý THADS', weight: 2 },
    ];
    expect(sampleArticle(3, 5, agencies)).toEqual(sampleArticle(3, 5, agencies));
    // The first three go to Phú Thọ, Hà Nội and the central department: even a handful shows several agencies.
    expect([1, 2, 3].map((index) => sampleArticle(index, 5, agencies).agency)).toEqual([
      'phutho',
      'hanoi',
      'trunguong',
    ]);
    const byAgency = (await cms.strapi.db.query('api::article.article').findMany({
      where: { isSample: true, publishedAt: { $notNull: true } },
      select: ['slug', 'agency'],
    })) as Array<{ slug: string; agency: string }>;
    expect(byAgency.find((row) => row.slug === 'bai-mau-000002')?.agency).toBe('hanoi');
  });

  it('makes samples that are whole documents: draft and published, with their category, editable and searchable', async () => {
    const { sampleSlug } = cms.appModule<typeof import('../src/seed/samples')>('src/seed/samples.js');
    const client = contentClient(cms.baseUrl);
    const published = await client.getArticle(sampleSlug(2));
    expect(published?.category?.slug).toBeTruthy();
    const articles = cms.strapi.documents('api::article.article');
    const draft = await articles.findOne({
      documentId: published!.documentId,
      status: 'draft',
      populate: ['category'],
    });
    expect((draft as unknown as { category: { slug: string } }).category.slug).toBe(published!.category!.slug);
    await articles.update({ documentId: published!.documentId, data: { title: '[Bài mẫu] Đã sửa tiêu đề' } });
    await articles.publish({ documentId: published!.documentId });
    expect((await client.getArticle(sampleSlug(2)))?.title).toBe('[Bài mẫu] Đã sửa tiêu đề');
    const found = await getJson<SearchResponse>(cms.baseUrl, `/api/search?q=${encodeURIComponent('"đã sửa tiêu đề"')}`);
    expect(found.body.data.map((hit) => hit.slug)).toEqual([sampleSlug(2)]);
  });

  it('refuses a sample count out of range with a clear message', async () => {
    await expect(seedModule.seed(cms.strapi, { sampleArticles: 1_000_001, log: () => {} })).rejects.toThrow(
      /0 to 1000000/,
    );
    await expect(seedModule.seed(cms.strapi, { sampleArticles: -1, log: () => {} })).rejects.toThrow(/0 to 1000000/);
  });
});
