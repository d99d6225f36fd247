import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import { newArticle } from './support/documents';

const require = createRequire(import.meta.url);
const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
const REAL_ARTICLE = `/api/articles?filters[slug][$eq]=${REAL_SLUG}`;
let cms: TestCms;

beforeAll(async () => {
  cms = await startSeededCms(12);
});
afterAll(async () => {
  await cms?.stop();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${cms.baseUrl}${path}`, { headers });
  return { response, text: await response.text(), cache: response.headers.get('x-cache') };
}

/** Fetches twice so the second answer certainly comes from the cache. */
async function warm(path: string) {
  await get(path);
  const second = await get(path);
  expect(second.cache).toBe('HIT');
  return second.text;
}

const documentIdOf = async (
  uid: 'api::author.author' | 'api::campaign-theme.campaign-theme' | 'api::category.category' | 'api::article.article',
  slug: string,
) =>
  ((await cms.strapi.db.query(uid).findOne({ where: { slug }, select: ['documentId'] })) as { documentId: string })
    .documentId;

describe('HTTP caching of public GETs', () => {
  it('gives every public GET an ETag, public Cache-Control with stale-while-revalidate, and Vary', async () => {
    for (const path of [
      '/api/articles',
      REAL_ARTICLE,
      '/api/authors',
      '/api/campaign-themes',
      '/api/categories',
      '/api/site-setting',
      '/api/search?q=thi+dua',
      '/api/archive?year=2021&month=3',
      '/api/feeds/rss',
    ]) {
      const { response } = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag'), path).toMatch(/^"[\w-]+"$/);
      expect(response.headers.get('cache-control'), path).toBe('public, no-cache');
      expect(response.headers.get('vary'), path).toContain('Authorization');
    }
  });

  it('answers a matching If-None-Match with an empty 304, and anything else with the full response', async () => {
    const first = await get(REAL_ARTICLE);
    const etag = first.response.headers.get('etag')!;
    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const conditional = await get(REAL_ARTICLE, { 'If-None-Match': header });
      expect(conditional.response.status, header).toBe(304);
      expect(conditional.text).toBe('');
      expect(conditional.response.headers.get('etag')).toBe(etag);
    }
    for (const header of ['"nope"', 'garbage,,, W/', 'x'.repeat(4000)]) {
      const other = await get(REAL_ARTICLE, { 'If-None-Match': header });
      expect(other.response.status, header).toBe(200);
      expect(other.text).toBe(first.text);
    }
  });

  it('does not add cache headers to errors', async () => {
    const { response } = await get('/api/articles/does-not-exist');
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('x-cache')).toBeNull();
  });
});

describe('the response cache', () => {
  it('serves a repeated query from memory, whatever the parameter order or encoding', async () => {
    const a = await get('/api/articles?pagination[pageSize]=3&sort=date:desc');
    const b = await get('/api/articles?sort=date%3Adesc&pagination%5BpageSize%5D=3');
    expect(b.cache).toBe('HIT');
    expect(b.text).toBe(a.text);
    expect(b.response.headers.get('content-type')).toContain('application/json');
  });

  it("answers hits with the same security headers as Strapi's own answers", async () => {
    const miss = await get('/api/campaign-themes?pagination[pageSize]=2');
    const hit = await get('/api/campaign-themes?pagination[pageSize]=2');
    expect(hit.cache).toBe('HIT');
    for (const header of [
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'content-type',
      'etag',
      'cache-control',
    ]) {
      expect(hit.response.headers.get(header), header).toBe(miss.response.headers.get(header));
    }
    const head = await fetch(`${cms.baseUrl}/api/campaign-themes?pagination[pageSize]=2`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(hit.text)));
  });

  it('gives cached answers to cross-origin callers with CORS headers for allowed origins only', async () => {
    await warm('/api/categories?sort=name');
    const allowed = await get('/api/categories?sort=name', { Origin: 'http://localhost:8080' });
    expect(allowed.cache).toBe('HIT');
    expect(allowed.response.headers.get('access-control-allow-origin')).toBe('http://localhost:8080');
    const other = await get('/api/categories?sort=name', { Origin: 'https://evil.example' });
    expect(other.response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('never serves or stores a response for a request with credentials (its scope is not the public one)', async () => {
    await warm('/api/categories');
    const withToken = await get('/api/categories', { Authorization: 'Bearer not-a-real-token' });
    expect(withToken.response.status).toBe(401);
    expect(withToken.cache).toBeNull();
  });

  it('shows a new, edited, unpublished or deleted article at once', async () => {
    const articles = cms.strapi.documents('api::article.article');
    const list = '/api/articles?pagination[pageSize]=50';
    expect(await warm(list)).not.toContain('Tin mới về bộ nhớ đệm');

    const created = await articles.create({
      data: newArticle({ title: 'Tin mới về bộ nhớ đệm', date: new Date().toISOString() }),
      status: 'published',
    });
    const afterCreate = await get(list);
    expect(afterCreate.cache).toBe('MISS');
    expect(afterCreate.text).toContain('Tin mới về bộ nhớ đệm');

    await warm(list);
    await articles.update({
      documentId: created.documentId,
      data: { title: 'Tin mới về bộ nhớ đệm (đã sửa)' },
    });
    await articles.publish({ documentId: created.documentId });
    expect((await get(list)).text).toContain('Tin mới về bộ nhớ đệm (đã sửa)');

    await warm(list);
    await articles.unpublish({ documentId: created.documentId });
    expect((await get(list)).text).not.toContain('Tin mới về bộ nhớ đệm');

    await articles.publish({ documentId: created.documentId });
    expect(await warm(list)).toContain('Tin mới về bộ nhớ đệm');
    await articles.delete({ documentId: created.documentId });
    expect((await get(list)).text).not.toContain('Tin mới về bộ nhớ đệm');
  });

  it('a draft edit of an article does not reach the public, but the published change does', async () => {
    const articles = cms.strapi.documents('api::article.article');
    const documentId = await documentIdOf('api::article.article', REAL_SLUG);
    expect(await warm(REAL_ARTICLE)).not.toContain('Bản nháp của biên tập viên');
    await articles.update({ documentId, data: { lead: 'Bản nháp của biên tập viên' } });
    expect((await get(REAL_ARTICLE)).text).not.toContain('Bản nháp của biên tập viên');
    await articles.discardDraft({ documentId });
  });

  it("shows an author's new name in the articles that embed the author", async () => {
    const authors = cms.strapi.documents('api::author.author');
    const documentId = await documentIdOf('api::author.author', 'do-hung');
    expect(await warm(REAL_ARTICLE)).toContain('"Đỗ Hùng"');
    expect(await warm('/api/authors')).toContain('"Đỗ Hùng"');
    await authors.update({ documentId, data: { name: 'Đỗ Văn Hùng' } });
    await authors.publish({ documentId });
    expect((await get(REAL_ARTICLE)).text).toContain('"Đỗ Văn Hùng"');
    expect((await get('/api/authors')).text).toContain('"Đỗ Văn Hùng"');
    expect((await get('/api/feeds/rss')).text).toContain('Đỗ Văn Hùng');
    await authors.update({ documentId, data: { name: 'Đỗ Hùng' } });
    await authors.publish({ documentId });
    expect((await get(REAL_ARTICLE)).text).toContain('"Đỗ Hùng"');
  });

  it("shows a campaign theme's new slogan in the article and in the theme", async () => {
    const themes = cms.strapi.documents('api::campaign-theme.campaign-theme');
    const documentId = await documentIdOf('api::campaign-theme.campaign-theme', 'thi-dua-2021-thads-vinh-phuc');
    const theme = '/api/campaign-themes?filters[slug][$eq]=thi-dua-2021-thads-vinh-phuc';
    await warm(REAL_ARTICLE);
    await warm(theme);
    await themes.update({ documentId, data: { slogan: 'Khẩu hiệu mới của phong trào' } });
    await themes.publish({ documentId });
    expect((await get(REAL_ARTICLE)).text).toContain('Khẩu hiệu mới của phong trào');
    expect((await get(theme)).text).toContain('Khẩu hiệu mới của phong trào');
  });

  it("shows a category's new name in article lists, search and the category list", async () => {
    const categories = cms.strapi.documents('api::category.category');
    const documentId = await documentIdOf('api::category.category', 'thi-dua-khen-thuong');
    const search = '/api/search?q=phat+dong+phong+trao';
    await warm('/api/articles');
    await warm('/api/categories');
    await warm(search);
    await categories.update({ documentId, data: { name: 'Thi đua và khen thưởng' } });
    await categories.publish({ documentId });
    expect((await get('/api/categories')).text).toContain('Thi đua và khen thưởng');
    expect((await get(REAL_ARTICLE)).text).toContain('Thi đua và khen thưởng');
    expect((await get(search)).text).toContain('Thi đua và khen thưởng');
  });

  it("keeps every other agency's answers warm when one agency's content changes", async () => {
    const hanoi = ['/api/articles?agency=hanoi', '/api/search?q=thi+dua&agency=hanoi', '/api/feeds/rss?agency=hanoi'];
    const phutho = ['/api/articles?agency=phutho', '/api/articles?filters[agency][$eq]=phutho&pagination[pageSize]=5'];
    for (const path of [...hanoi, ...phutho]) await warm(path);
    const created = await cms.strapi.documents('api::article.article').create({
      data: newArticle({ title: 'Tin mới của Phú Thọ về bộ nhớ đệm', agency: 'phutho' }),
      status: 'published',
    });
    for (const path of hanoi) expect((await get(path)).cache, path).toBe('HIT');
    for (const path of phutho) {
      const after = await get(path);
      expect(after.cache, path).toBe('MISS');
      expect(after.text, path).toContain('Tin mới của Phú Thọ về bộ nhớ đệm');
    }
    // A national answer (no agency named) and the central department's (its home page aggregates every agency) go too.
    await warm('/api/articles?pagination[pageSize]=3');
    await cms.strapi.documents('api::article.article').delete({ documentId: created.documentId });
    expect((await get('/api/articles?pagination[pageSize]=3')).cache).toBe('MISS');
    for (const path of hanoi) expect((await get(path)).cache, path).toBe('HIT');
  });

  it("shows an agency's changed header and footer at once, in its record and the home agency's site settings", async () => {
    const agencies = cms.strapi.documents('api::agency.agency');
    const home = (await cms.strapi.db.query('api::agency.agency').findOne({ where: { code: 'trunguong' } })) as {
      documentId: string;
    };
    await warm('/api/site-setting');
    await warm('/api/agencies?filters[code][$eq]=trunguong');
    await agencies.update({ documentId: home.documentId, data: { phone: '024 3 000 000' } as never });
    expect((await get('/api/site-setting')).text).toContain('024 3 000 000');
    expect((await get('/api/agencies?filters[code][$eq]=trunguong')).text).toContain('024 3 000 000');
  });

  it('stays fresh when public permissions change', async () => {
    await warm('/api/categories');
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permission = await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action: 'api::category.category.find', role: role.id } });
    await cms.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
    expect((await get('/api/categories')).response.status).toBe(403);
    await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::category.category.find', role: role.id } });
    expect((await get('/api/categories')).response.status).toBe(200);
  });

  it('stops embedding a relation the public may no longer read, in a query shape it has already seen', async () => {
    // The client's own populate tree is checked once per public permission set (lib/lean-read): a relation the public
    // may no longer read must stop being embedded as soon as the permission goes, like the type itself.
    const path = '/api/articles?populate[category][fields][0]=slug&fields[0]=title';
    const embedsCategory = async () => ((await get(path)).text.match(/"category":\{/g) ?? []).length > 0;
    expect(await embedsCategory()).toBe(true);
    expect(await embedsCategory()).toBe(true);
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permission = await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action: 'api::category.category.find', role: role.id } });
    await cms.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
    try {
      const answer = await get(path);
      expect(answer.response.status).toBe(200);
      expect(answer.text).not.toMatch(/"category":\{/);
    } finally {
      await cms.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action: 'api::category.category.find', role: role.id } });
    }
    expect(await embedsCategory()).toBe(true);
  });

  it.runIf(process.env.DATABASE_CLIENT === 'postgres')(
    'empties itself when another instance announces a change',
    async () => {
      await warm('/api/categories');
      const { Client } = require('pg') as typeof import('pg');
      const connection = cms.strapi.config.get<import('pg').ClientConfig>('database.connection.connection');
      const otherInstance = new Client(connection);
      await otherInstance.connect();
      try {
        await otherInstance.query("select pg_notify('thads_content_changed', 'another-instance')");
      } finally {
        await otherInstance.end();
      }
      await expect.poll(async () => (await get('/api/categories')).cache, { timeout: 5000 }).toBe('MISS');
    },
  );
});

describe('counts kept until content changes', () => {
  const articles = () => cms.strapi.documents('api::article.article');
  type Counted = { data: Array<{ documentId: string }>; meta: { pagination: { total: number } } };
  const read = async (path: string) => {
    const { response, text } = await get(path);
    expect(response.status, path).toBe(200);
    return JSON.parse(text) as Counted;
  };
  const totalOf = async (path: string) => (await read(path)).meta.pagination.total;
  /** A change that every kept count must follow, though it changes none of the public's counts. */
  const announceChange = () =>
    articles().create({ data: newArticle({ title: 'Tin nội bộ về số đếm', audience: 'staff' }), status: 'published' });
  /**
   * With one match hidden behind Strapi's back: page 2 still has page 1's count, page 3 (after a change) one fewer,
   * and page 4 (after `restore`) the first count again.
   */
  const expectKeptUntilChange = async (
    page: (n: number) => string,
    before: number,
    restore: () => Promise<unknown>,
  ) => {
    let staff: { documentId: string } | undefined;
    try {
      expect(await totalOf(page(2))).toBe(before);
      staff = await announceChange();
      expect(await totalOf(page(3))).toBe(before - 1);
    } finally {
      await restore();
      if (staff) await articles().delete({ documentId: staff.documentId });
    }
    expect(await totalOf(page(4))).toBe(before);
  };

  it("gives a list's other pages the count of its first, and counts again after a change", async () => {
    const page = (n: number) => `/api/articles?fields[0]=title&pagination[pageSize]=1&pagination[page]=${n}`;
    const before = await totalOf(page(1));
    // Hidden from the public behind Strapi's back: nothing announces it, so only a new count sees it.
    const { id } = (await cms.strapi.db.query('api::article.article').findOne({
      where: { publishedAt: { $notNull: true }, audience: 'public' },
      select: ['id'],
    })) as { id: number };
    await cms.strapi.db.query('api::article.article').update({ where: { id }, data: { audience: 'staff' } });
    await expectKeptUntilChange(page, before, () =>
      cms.strapi.db.query('api::article.article').update({ where: { id }, data: { audience: 'public' } }),
    );
  });

  it("gives a search's other pages the count of its first, and counts again after a change", async () => {
    const page = (n: number) => `/api/search?q=thi+dua&pageSize=1&page=${n}`;
    const first = await read(page(1));
    const before = first.meta.pagination.total;
    const removed = first.data[0]!.documentId;
    // Out of the index behind Strapi's back (the full-text row the count reads): nothing announces it.
    if (cms.strapi.db.dialect.client === 'postgres')
      await cms.strapi.db.connection.raw('DELETE FROM search_articles WHERE document_id = ?', [removed]);
    else
      await cms.strapi.db.connection.raw(
        'DELETE FROM search_articles_fts WHERE rowid = (SELECT fts_rowid FROM search_articles WHERE document_id = ?)',
        [removed],
      );
    // Publishing it again puts it back into the index.
    await expectKeptUntilChange(page, before, () => articles().publish({ documentId: removed }));
  });
});
