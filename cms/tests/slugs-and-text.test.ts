import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/strapi';
import { newArticle, type NewArticle } from './support/documents';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

const articles = () => cms.strapi.documents('api::article.article');
const createArticle = (data: NewArticle) => articles().create({ data: newArticle(data), status: 'published' });

describe('slugs', () => {
  it('are transliterated from Vietnamese titles on the server', async () => {
    const article = await createArticle({ title: 'Đỗ Hùng: Thi đua – Khen thưởng năm 2021' });
    expect(article.slug).toBe('do-hung-thi-dua-khen-thuong-nam-2021');
    // The seeded Đỗ Hùng is Vĩnh Phúc's: another agency's author may have the same slug.
    const author = await cms.strapi
      .documents('api::author.author')
      .create({ data: { name: 'Đỗ Hùng', agency: 'phutho' } });
    expect(author.slug).toBe('do-hung');
  });

  it("are unique within an agency only: the same title in two agencies keeps the same slug, in each agency's own", async () => {
    const vinhphuc = await createArticle({ title: 'Giới thiệu chung', agency: 'vinhphuc' });
    const phutho = await createArticle({ title: 'Giới thiệu chung', agency: 'phutho' });
    const again = await createArticle({ title: 'Giới thiệu chung', agency: 'phutho' });
    expect([vinhphuc.slug, phutho.slug, again.slug]).toEqual([
      'gioi-thieu-chung',
      'gioi-thieu-chung',
      'gioi-thieu-chung-2',
    ]);
    const byAgency = async (agency: string) =>
      (
        (await (
          await fetch(`${cms.baseUrl}/api/articles?filters[slug][$eq]=gioi-thieu-chung&filters[agency][$eq]=${agency}`)
        ).json()) as {
          data: Array<{ documentId: string }>;
        }
      ).data.map((article) => article.documentId);
    expect(await byAgency('vinhphuc')).toEqual([vinhphuc.documentId]);
    expect(await byAgency('phutho')).toEqual([phutho.documentId]);
  });

  it('are unique: a second and third article with the same title get -2 and -3, NFD input included', async () => {
    const first = await createArticle({ title: 'Hội nghị sơ kết' });
    const second = await createArticle({ title: 'Hội nghị sơ kết' });
    const third = await createArticle({ title: 'Hội nghị sơ kết'.normalize('NFD') });
    expect([first.slug, second.slug, third.slug]).toEqual([
      'hoi-nghi-so-ket',
      'hoi-nghi-so-ket-2',
      'hoi-nghi-so-ket-3',
    ]);
  });

  it('do not change when the title is edited, and are made again only when emptied', async () => {
    const article = await createArticle({ title: 'Tiêu đề ban đầu' });
    const edited = await articles().update({
      documentId: article.documentId,
      data: { title: 'Tiêu đề đã sửa' },
      status: 'published',
    });
    expect(edited?.slug).toBe('tieu-de-ban-dau');
    const emptied = await articles().update({
      documentId: article.documentId,
      data: { slug: '' },
      status: 'published',
    });
    expect(emptied?.slug).toBe('tieu-de-da-sua');
  });

  it('keep a document its own slug when it is saved again (no -2 against its own draft)', async () => {
    const article = await createArticle({ title: 'Lưu lại' });
    const saved = await articles().update({
      documentId: article.documentId,
      data: { slug: 'luu-lai' },
      status: 'published',
    });
    expect(saved?.slug).toBe('luu-lai');
  });

  it('are cleaned when an editor types one, and usable for titles without letters', async () => {
    const typed = await createArticle({ title: 'Bất kỳ', slug: 'Tin Mới Nhất!' });
    expect(typed.slug).toBe('tin-moi-nhat');
    const emoji = await createArticle({ title: '🎉🎉' });
    expect(emoji.slug).toBe('article');
  });
});

describe('slugs under concurrency', () => {
  const sameTitle = (count: number, title: string) => Array.from({ length: count }, () => title);
  const rowsOf = (documentId: string) =>
    cms.strapi.db
      .query('api::article.article')
      .findMany({ where: { documentId }, select: ['slug', 'publishedAt'] }) as Promise<
      Array<{ slug: string; publishedAt: string | null }>
    >;

  it('are decided by the database: simultaneous creates of one title through the Document Service all succeed, distinct', async () => {
    const created = await Promise.all(sameTitle(8, 'Thông báo khẩn cùng lúc').map((title) => createArticle({ title })));
    const slugs = created.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(8);
    expect(slugs).toContain('thong-bao-khan-cung-luc');
    for (const slug of slugs) expect(slug).toMatch(/^thong-bao-khan-cung-luc(-\d+)?$/);
    // Each document's draft and published rows share its slug.
    const rows = await rowsOf(created[0]!.documentId);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.slug)).toEqual([created[0]!.slug, created[0]!.slug]);
  });

  it('are distinct for simultaneous creates through the content API, with no error for any writer', async () => {
    const { accessKey } = (await cms.strapi
      .service('admin::api-token')
      .create({ name: 'Kiểm thử slug', type: 'full-access', lifespan: null })) as {
      accessKey: string;
    };
    const responses = await Promise.all(
      sameTitle(12, 'Lịch tiếp công dân đồng thời').map((title) =>
        fetch(`${cms.baseUrl}/api/articles`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${accessKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ data: { title } }),
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(201));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as Array<{
      data: { slug: string };
    }>;
    expect(new Set(bodies.map((body) => body.data.slug)).size).toBe(12);
  });

  it('are refused by the database for two documents, but shared by the draft and published rows of one', async () => {
    const first = await createArticle({ title: 'Chỉ một chủ' });
    const second = await createArticle({ title: 'Chỉ một chủ khác' });
    const table = cms.strapi.db.metadata.get('api::article.article').tableName;
    await expect(
      cms.strapi.db
        .connection(table)
        .where({ document_id: second.documentId })
        .whereNull('published_at')
        .update({ slug: first.slug }),
    ).rejects.toThrow();
    await expect(
      cms.strapi.db
        .connection(table)
        .where({ document_id: second.documentId })
        .whereNotNull('published_at')
        .update({ slug: first.slug }),
    ).rejects.toThrow();
  });

  it('shared by two documents of one agency before the unique index existed are renamed at start, without losing either', async () => {
    const { ensureDatabaseIndexes } = cms.appModule<typeof import('../src/bootstrap/database-indexes')>(
      'src/bootstrap/database-indexes.js',
    );
    const table = cms.strapi.db.metadata.get('api::article.article').tableName;
    const older = await createArticle({ title: 'Bản trùng cũ' });
    const newer = await createArticle({ title: 'Bản trùng mới' });
    // As an old database or an import would have it: no unique index, and one slug on two documents.
    await cms.strapi.db.connection.raw(`DROP INDEX ${table}_agency_slug_unique`);
    await cms.strapi.db.connection(table).where({ document_id: newer.documentId }).update({ slug: older.slug });

    await ensureDatabaseIndexes(cms.strapi);

    expect((await rowsOf(older.documentId)).map((row) => row.slug)).toEqual(['ban-trung-cu', 'ban-trung-cu']);
    expect((await rowsOf(newer.documentId)).map((row) => row.slug)).toEqual(['ban-trung-cu-2', 'ban-trung-cu-2']);
    const published = await articles().findOne({ documentId: newer.documentId, status: 'published' });
    expect(published?.title).toBe('Bản trùng mới');
    // The index is back: the database refuses the duplicate again, within the agency; another agency's may have it.
    await expect(
      cms.strapi.db.connection(table).where({ document_id: newer.documentId }).update({ slug: older.slug }),
    ).rejects.toThrow();
    const elsewhere = await createArticle({ title: 'Bản trùng cũ', agency: 'hanoi' });
    expect(elsewhere.slug).toBe('ban-trung-cu');
    await ensureDatabaseIndexes(cms.strapi);
    expect((await rowsOf(elsewhere.documentId)).map((row) => row.slug)).toEqual(['ban-trung-cu', 'ban-trung-cu']);
  });
});

describe('NFC on every write', () => {
  it('normalises titles, leads, rich-text blocks and components written in NFD', async () => {
    const nfd = (text: string) => text.normalize('NFD');
    const article = await createArticle({
      title: nfd('Vĩnh Phúc phát động thi đua'),
      lead: nfd('Đoàn kết, kỷ cương, liêm chính'),
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: nfd('Thực hiện thắng lợi các chỉ tiêu'), bold: true }] },
      ],
    });
    const stored = await cms.strapi.db
      .query('api::article.article')
      .findOne({ where: { documentId: article.documentId } });
    expect(stored.title).toBe('Vĩnh Phúc phát động thi đua');
    expect(stored.title).toBe(stored.title.normalize('NFC'));
    expect(stored.lead).toBe('Đoàn kết, kỷ cương, liêm chính');
    const body = typeof stored.body === 'string' ? JSON.parse(stored.body) : stored.body;
    expect(body[0].children[0]).toEqual({ type: 'text', text: 'Thực hiện thắng lợi các chỉ tiêu', bold: true });

    const theme = await cms.strapi.documents('api::campaign-theme.campaign-theme').create({
      data: {
        agency: 'vinhphuc',
        name: nfd('Thi đua'),
        targets: [{ label: nfd('Giải quyết xong đơn thư'), target: nfd('trên 97%') }],
      },
      populate: ['targets'],
    });
    expect((theme as unknown as { targets: Array<{ label: string }> }).targets[0]!.label).toBe(
      'Giải quyết xong đơn thư',
    );

    const updated = await articles().update({
      documentId: article.documentId,
      data: { title: nfd('Đã sửa tiêu đề') },
    });
    expect(updated?.title).toBe('Đã sửa tiêu đề');
  });

  it('dates an article when it is written without a display date', async () => {
    const before = Date.now();
    const article = await createArticle({ title: 'Không có ngày' });
    expect(Date.parse(article.date as string)).toBeGreaterThanOrEqual(before - 1000);
  });
});
