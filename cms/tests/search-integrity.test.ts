import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import type { SearchResponse } from '@thads/content';
import { getJson } from './support/api';
import { newArticle } from './support/documents';

let cms: TestCms;
const isSqlite = () => cms.strapi.db.dialect.client !== 'postgres';

beforeAll(async () => {
  cms = await startSeededCms(4);
});
afterAll(async () => {
  await cms?.stop();
});

const indexer = () =>
  cms.appModule<typeof import('../src/search/indexer')>('src/search/indexer.js').searchIndexer(cms.strapi);
const articles = () => cms.strapi.documents('api::article.article');
const slugsFor = async (q: string) =>
  (
    await getJson<SearchResponse>(cms.baseUrl, `/api/search?${new URLSearchParams({ q, pageSize: '50' })}`)
  ).body.data.map((hit) => hit.slug);
const raw = (sql: string, bindings: unknown[] = []) => cms.strapi.db.connection.raw(sql, bindings);

/** Runs `work` with the index's upsert replaced, as if the process had died between the publish and the index write. */
async function withUpsert(replacement: () => Promise<void>, work: () => Promise<unknown>) {
  const store = indexer().store;
  const original = store.upsert;
  store.upsert = replacement;
  try {
    return await work();
  } finally {
    store.upsert = original;
  }
}

describe('the search index never disagrees with what is published', () => {
  it('rolls a publish back when its index write fails, so search and the published set still agree', async () => {
    const draft = await articles().create({ data: newArticle({ title: 'Tin về hòa giải viên cơ sở' }) });
    const failing = withUpsert(
      () => Promise.reject(new Error('disk full')),
      () => articles().publish({ documentId: draft.documentId }),
    );
    await expect(failing).rejects.toThrow();
    expect(await articles().findOne({ documentId: draft.documentId, status: 'published' })).toBeNull();
    expect(await slugsFor('"hoa giai vien"')).toEqual([]);
    await articles().publish({ documentId: draft.documentId });
    expect(await slugsFor('"hoa giai vien"')).toEqual([draft.slug]);
  });

  it('is brought level with the published articles at start after a crash between a publish and its index write', async () => {
    const missing = await articles().create({ data: newArticle({ title: 'Thông báo về tống đạt văn bản' }) });
    const stale = await articles().create({
      data: newArticle({ title: 'Kết quả xác minh điều kiện' }),
      status: 'published',
    });
    const gone = await articles().create({
      data: newArticle({ title: 'Tin sẽ bị gỡ về ủy thác' }),
      status: 'published',
    });
    // Published rows committed, index writes lost.
    await withUpsert(
      () => Promise.resolve(),
      async () => {
        await articles().publish({ documentId: missing.documentId });
        await articles().update({
          documentId: stale.documentId,
          data: { title: 'Kết quả thẩm định giá' },
          status: 'published',
        });
      },
    );
    await cms.strapi.db.query('api::article.article').deleteMany({ where: { documentId: gone.documentId } });
    expect(await slugsFor('"tong dat"')).toEqual([]);
    expect(await slugsFor('"xac minh dieu kien"')).toEqual([stale.slug]);
    expect(await slugsFor('"uy thac"')).toEqual([gone.slug]);

    // What bootstrap runs at every start.
    await indexer().prepare();
    expect(await slugsFor('"tong dat"')).toEqual([missing.slug]);
    expect(await slugsFor('"xac minh dieu kien"')).toEqual([]);
    expect(await slugsFor('"tham dinh gia"')).toEqual([stale.slug]);
    expect(await slugsFor('"uy thac"')).toEqual([]);
    expect(await indexer().reconcile()).toBe(0);
  });

  it.runIf(process.env.DATABASE_CLIENT !== 'postgres')(
    'never gives two articles the same FTS5 rowid, even 100,000 apart or in a full second',
    async () => {
      expect(isSqlite()).toBe(true);
      const date = '2023-04-05T06:07:08.000Z';
      const first = await articles().create({
        data: newArticle({ title: 'Trùng giây thứ nhất về kê biên', date }),
        status: 'published',
      });
      // The next index row gets an id 100,000 above the first one's (the old rowid was seconds × 100000 + id % 100000).
      const [{ id }] = (await raw('SELECT id FROM search_articles WHERE document_id = ?', [
        first.documentId,
      ])) as Array<{ id: number }>;
      await raw("INSERT INTO search_articles (id, document_id, date, title) VALUES (?, 'filler', ?, '')", [
        id + 99_999,
        date,
      ]);
      const second = await articles().create({
        data: newArticle({ title: 'Trùng giây thứ hai về kê biên', date }),
        status: 'published',
      });
      await raw("DELETE FROM search_articles WHERE document_id = 'filler'");
      expect(await slugsFor('"ke bien"')).toEqual([second.slug, first.slug]);

      // A second whose 100,000 slots are all taken still gives a free rowid.
      const full = '2022-01-02T03:04:05.000Z';
      const floor = Math.floor(Date.parse(full) / 1000) * 100_000;
      await raw(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
       INSERT INTO search_articles (document_id, fts_rowid, date, title) SELECT 'slot-' || i, ? + i, ?, '' FROM n`,
        [floor, full],
      );
      const crowded = await articles().create({
        data: newArticle({ title: 'Giây đông đúc về cưỡng chế', date: full }),
        status: 'published',
      });
      await raw("DELETE FROM search_articles WHERE document_id LIKE 'slot-%'");
      expect(await slugsFor('"giay dong duc"')).toEqual([crowded.slug]);
    },
  );

  it("re-indexes the articles of a renamed author in batches, in the rename's transaction", async () => {
    const author = await cms.strapi
      .documents('api::author.author')
      .create({ data: { name: 'Lê Văn Tám', agency: 'vinhphuc' }, status: 'published' });
    const linked = (count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, index) =>
          articles().create({
            data: newArticle({ title: `Bài số ${index} của tác giả`, authors: [author.documentId] }),
            status: 'published',
          }),
        ),
      );
    type Query = { sql: string; __knexTxId?: string };
    // A table as knex names it: `articles` on SQLite, "public"."articles" on PostgreSQL.
    const table = (name: string) => `(?:[\`"]public[\`"]\\.)?[\`"]${name}[\`"]`;
    const rename = async (name: string) => {
      const queries: Query[] = [];
      const listener = (query: Query) => queries.push(query);
      cms.strapi.db.connection.on('query', listener);
      try {
        await cms.strapi
          .documents('api::author.author')
          .update({ documentId: author.documentId, data: { name }, status: 'published' });
      } finally {
        cms.strapi.db.connection.off('query', listener);
      }
      return queries;
    };

    await linked(2);
    const few = await rename('Lê Văn Chín');
    await linked(18);
    const many = await rename('Lê Văn Mười');

    expect((await slugsFor('"le van muoi"')).length).toBe(20);
    expect(await slugsFor('"le van chin"')).toEqual([]);
    // Reading the articles by document does not grow with their number (writing the index does, one entry each).
    const reads = (queries: Query[]) =>
      queries.filter((query) => new RegExp(`^select .* from ${table('articles')} .*document_id`, 'i').test(query.sql))
        .length;
    expect(reads(few)).toBeGreaterThan(0);
    expect(reads(many)).toBe(reads(few));
    // At least one index write per article (SQLite writes three tables, PostgreSQL one), all in the rename's transaction.
    const writes = many.filter((query) => /search_articles/.test(query.sql));
    expect(writes.length).toBeGreaterThanOrEqual(20);
    const renamed = many.find((query) => new RegExp(`^update\\s+${table('authors')}`, 'i').test(query.sql));
    expect(renamed?.__knexTxId).toBeTruthy();
    expect(new Set(writes.map((query) => query.__knexTxId))).toEqual(new Set([renamed!.__knexTxId]));
  });
});
