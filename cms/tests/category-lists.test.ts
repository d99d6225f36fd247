import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, Category, ListResponse } from '@thads/content';
import { backfillCategoryColumn } from '../src/document-middlewares/category-column';
import { contentClient, getJson } from './support/api';
import { newArticle } from './support/documents';
import { startSeededCms, type TestCms } from './support/strapi';

// A category page's list reads the category kept on the article's row (`categoryDocument`, a copy of the link):
// these tests hold it to the link's answer (`filters[category][documentId][$in]`, which still reads the link).
let cms: TestCms;

beforeAll(async () => {
  cms = await startSeededCms(60);
});
afterAll(async () => {
  await cms?.stop();
});

const ARTICLE = 'api::article.article';
const slugsOf = (list: ListResponse<ArticleSummary>) => list.data.map((article) => article.slug);

async function categories(): Promise<Category[]> {
  const { body } = await getJson<ListResponse<Category>>(cms.baseUrl, '/api/categories?pagination[pageSize]=100');
  return body.data;
}

/**
 * The category's articles as the site asks for them (by slug: the column), and as the link gives them. A write past
 * the Document Service leaves the response cache as it was: `pageSize` asks anew.
 */
async function bothWays(category: Category, pageSize = 100) {
  const bySlug = await contentClient(cms.baseUrl).listArticles({ categorySlug: category.slug, pageSize });
  const { body: byLink } = await getJson<ListResponse<ArticleSummary>>(
    cms.baseUrl,
    `/api/articles?filters[category][documentId][$in][0]=${category.documentId}&sort[0]=date:desc&sort[1]=id:desc&pagination[pageSize]=${pageSize}`,
  );
  return { bySlug, byLink };
}

describe('a category page', () => {
  it('lists what the category link holds, in the same order and count, for every category', async () => {
    const all = await categories();
    expect(all.length).toBeGreaterThan(2);
    let listed = 0;
    for (const category of all) {
      const { bySlug, byLink } = await bothWays(category);
      expect(slugsOf(bySlug)).toEqual(slugsOf(byLink));
      expect(bySlug.meta.pagination.total).toBe(byLink.meta.pagination.total);
      listed += bySlug.data.length;
    }
    // The samples are spread over the categories: the lists above were not all empty.
    expect(listed).toBeGreaterThan(30);
  });

  it('follows an article moved to another category when it is published, not before', async () => {
    const [from, to] = await categories();
    const article = await cms.strapi.documents(ARTICLE).create({
      data: newArticle({ title: 'Bài chuyển chuyên mục', category: from!.documentId }),
      status: 'published',
    });
    expect(slugsOf((await bothWays(from!)).bySlug)).toContain(article.slug);

    // A draft's change is the draft's: the published article stays where it was.
    await cms.strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { category: to!.documentId } });
    expect(slugsOf((await bothWays(from!)).bySlug)).toContain(article.slug);
    expect(slugsOf((await bothWays(to!)).bySlug)).not.toContain(article.slug);

    await cms.strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    const [before, after] = [await bothWays(from!), await bothWays(to!)];
    expect(slugsOf(before.bySlug)).not.toContain(article.slug);
    expect(slugsOf(after.bySlug)).toContain(article.slug);
    expect(slugsOf(after.bySlug)).toEqual(slugsOf(after.byLink));

    // Out of every category, and unpublished: on no category page.
    await cms.strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { category: null } });
    await cms.strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    expect(slugsOf((await bothWays(to!)).bySlug)).not.toContain(article.slug);
    await cms.strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { category: to!.documentId } });
    await cms.strapi.documents(ARTICLE).publish({ documentId: article.documentId });
    await cms.strapi.documents(ARTICLE).unpublish({ documentId: article.documentId });
    expect(slugsOf((await bothWays(to!)).bySlug)).not.toContain(article.slug);
  });

  it('agrees with the link when the category itself is unpublished and published again', async () => {
    const [, , category] = await categories();
    const before = await bothWays(category!);
    expect(before.bySlug.data.length).toBeGreaterThan(0);
    await cms.strapi.documents('api::category.category').unpublish({ documentId: category!.documentId });
    await cms.strapi.documents('api::category.category').publish({ documentId: category!.documentId });
    const after = await bothWays(category!, 97);
    expect(slugsOf(after.bySlug)).toEqual(slugsOf(after.byLink));
  });

  it('of a category that does not exist lists nothing', async () => {
    const list = await contentClient(cms.baseUrl).listArticles({ categorySlug: 'khong-co-chuyen-muc-nay' });
    expect(list.data).toEqual([]);
    expect(list.meta.pagination.total).toBe(0);
  });

  it('is made again at start for rows written past the Document Service', async () => {
    const [category] = await categories();
    const expected = slugsOf((await bothWays(category!)).byLink);
    expect(expected.length).toBeGreaterThan(0);
    await cms.strapi.db.connection('articles').update({ category_document: null });
    expect((await bothWays(category!, 99)).bySlug.data).toEqual([]);
    await backfillCategoryColumn(cms.strapi);
    expect(slugsOf((await bothWays(category!, 98)).bySlug)).toEqual(expected);
  });

  it('keeps the copy private: never shown, chosen or filtered on by a reader', async () => {
    const { body } = await getJson<ListResponse<Record<string, unknown>>>(cms.baseUrl, '/api/articles?populate=*');
    expect(body.data.length).toBeGreaterThan(0);
    for (const article of body.data) expect(Object.keys(article)).not.toContain('categoryDocument');
    expect((await getJson(cms.baseUrl, '/api/articles?fields[0]=categoryDocument')).status).toBe(400);
    expect((await getJson(cms.baseUrl, '/api/articles?filters[categoryDocument][$eq]=x')).status).toBe(400);
  });
});
