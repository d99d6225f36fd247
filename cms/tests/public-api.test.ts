import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type TestCms } from './support/strapi';
import type { Article, ArticleSummary, ErrorResponse, ListResponse, SingleResponse } from '@thads/content';
import { contentClient, getJson, withDefaultRelations, type Answer } from './support/api';
import { newArticle } from './support/documents';

let cms: TestCms;
const TYPES = ['articles', 'authors', 'campaign-themes', 'categories'];

beforeAll(async () => {
  cms = await startSeededCms(3);
});
afterAll(async () => {
  await cms?.stop();
});

describe('public writes', () => {
  it('are refused with 403 on every content type', async () => {
    const { body: list } = await getJson<ListResponse<ArticleSummary>>(cms.baseUrl, '/api/articles');
    const documentId = list.data[0]!.documentId;
    for (const type of TYPES) {
      const json = {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ data: { title: 'x', name: 'x' } }),
      };
      expect((await getJson(cms.baseUrl, `/api/${type}`, json)).status).toBe(403);
      expect((await getJson(cms.baseUrl, `/api/${type}/${documentId}`, { ...json, method: 'PUT' })).status).toBe(403);
      expect((await getJson(cms.baseUrl, `/api/${type}/${documentId}`, { method: 'DELETE' })).status).toBe(403);
    }
    expect((await getJson<ListResponse<ArticleSummary>>(cms.baseUrl, '/api/articles')).body.meta.pagination.total).toBe(
      4,
    );
  });
});

describe('only published content is public', () => {
  it('never lists, finds or counts a draft, nor embeds a draft relation', async () => {
    const draftAuthor = await cms.strapi
      .documents('api::author.author')
      .create({ data: { name: 'Tác giả bản nháp', agency: 'vinhphuc' } });
    const draft = await cms.strapi.documents('api::article.article').create({
      data: newArticle({ title: 'Bản nháp chưa duyệt', authors: [draftAuthor.documentId] }),
    });
    const published = await cms.strapi.documents('api::article.article').create({
      data: newArticle({ title: 'Đã xuất bản có tác giả nháp', authors: [draftAuthor.documentId] }),
      status: 'published',
    });

    const client = contentClient(cms.baseUrl);
    expect(await client.getArticle(draft.slug as string)).toBeNull();
    const { data, meta } = await client.listArticles({ pageSize: 100 });
    expect(data.map((article) => article.slug)).not.toContain(draft.slug);
    expect(meta.pagination.total).toBe(data.length);
    expect((await getJson(cms.baseUrl, `/api/articles/${draft.documentId}`)).status).toBe(404);
    expect(await client.getAuthor(draftAuthor.slug as string)).toBeNull();

    const withDraftAuthor = await client.getArticle(published.slug as string);
    expect(withDraftAuthor?.authors).toEqual([]);
    const everything = await getJson(cms.baseUrl, '/api/authors?populate=*&pagination[pageSize]=100');
    expect(JSON.stringify(everything.body)).not.toContain('Bản nháp chưa duyệt');
  });

  it('refuses status=draft (Strapi 5 would serve drafts to anyone with find permission)', async () => {
    const draft = await cms.strapi
      .documents('api::article.article')
      .create({ data: newArticle({ title: 'Nháp chỉ biên tập viên thấy' }) });
    for (const path of [
      '/api/articles?status=draft',
      `/api/articles?status=draft&filters[slug][$eq]=${draft.slug}`,
      `/api/articles/${draft.documentId}?status=draft`,
      '/api/articles?status=draft&fields[0]=title',
      '/api/authors?status=draft',
      '/api/campaign-themes?status=draft&populate=*',
      '/api/categories?status=draft',
      '/api/articles?status[0]=draft',
    ]) {
      const { status, body } = await getJson<ErrorResponse>(cms.baseUrl, path);
      expect(status, path).toBe(400);
      expect(JSON.stringify(body)).not.toContain('Nháp chỉ biên tập viên thấy');
      expect(body.error.message, path).toContain('status');
    }
    expect((await getJson(cms.baseUrl, '/api/articles?status=published')).status).toBe(200);
  });

  it('hides an article again once it is unpublished', async () => {
    const article = await cms.strapi
      .documents('api::article.article')
      .create({ data: newArticle({ title: 'Sẽ gỡ xuống' }), status: 'published' });
    const client = contentClient(cms.baseUrl);
    expect(await client.getArticle(article.slug as string)).not.toBeNull();
    await cms.strapi.documents('api::article.article').unpublish({ documentId: article.documentId });
    expect(await client.getArticle(article.slug as string)).toBeNull();
  });
});

describe('what a client gets: stock Strapi for its own fields and populate, every field plus default relations without', () => {
  const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
  const DEFAULT_RELATIONS = ['attachments', 'authors', 'campaignThemes', 'category', 'cover'];

  it('gives every field and the default relations without fields or populate, the same in a list as by slug', async () => {
    const { body: list } = await getJson<ListResponse<Article>>(cms.baseUrl, '/api/articles?pagination[pageSize]=100');
    const inList = list.data.find((article) => article.slug === REAL_SLUG)!;
    expect(inList.body?.length).toBeGreaterThan(5);
    expect(Object.keys(inList)).toEqual(expect.arrayContaining([...DEFAULT_RELATIONS, 'body', 'lead', 'source']));
    expect(inList.campaignThemes).toHaveLength(4);
    const { body: bySlug } = await getJson<ListResponse<Article>>(
      cms.baseUrl,
      `/api/articles?filters[slug][$eq]=${REAL_SLUG}`,
    );
    expect(bySlug.data).toEqual([inList]);
  });

  it('gives the body to a partner asking by title with populate=*', async () => {
    const article = await contentClient(cms.baseUrl).getArticle(REAL_SLUG);
    const { status, body } = await getJson<ListResponse<Article>>(
      cms.baseUrl,
      `/api/articles?filters[title][$eq]=${encodeURIComponent(article!.title)}&populate=*`,
    );
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]!.body).toEqual(article!.body);
    expect(Object.keys(body.data[0]!)).toEqual(expect.arrayContaining(DEFAULT_RELATIONS));
  });

  it('gives exactly the fields asked for, and no relation, to fields alone', async () => {
    const { status, body } = await getJson<ListResponse<Pick<Article, 'id' | 'documentId' | 'title'>>>(
      cms.baseUrl,
      '/api/articles?fields[0]=title',
    );
    expect(status).toBe(200);
    expect(Object.keys(body.data[0]!).sort()).toEqual(['documentId', 'id', 'title']);
    const { body: one } = await getJson<SingleResponse<Pick<Article, 'id' | 'documentId' | 'slug'>>>(
      cms.baseUrl,
      `/api/articles/${body.data[0]!.documentId}?fields[0]=slug`,
    );
    expect(Object.keys(one.data).sort()).toEqual(['documentId', 'id', 'slug']);
  });

  it('lets clients choose their own fields and populate', async () => {
    const { status, body } = await getJson<ListResponse<Pick<Article, 'id' | 'documentId' | 'title' | 'category'>>>(
      cms.baseUrl,
      '/api/articles?fields[0]=title&populate[category][fields][0]=name',
    );
    expect(status).toBe(200);
    expect(Object.keys(body.data[0]!).sort()).toEqual(['category', 'documentId', 'id', 'title']);
  });

  it("serves the site's own explicit shapes: cards without body, the article page with it", async () => {
    const client = contentClient(cms.baseUrl);
    const card = (await client.listArticles({ pageSize: 100 })).data.find((article) => article.slug === REAL_SLUG);
    expect(card).not.toHaveProperty('body');
    expect(card).not.toHaveProperty('campaignThemes');
    expect(Object.keys(card!.category!).sort()).toEqual(['documentId', 'id', 'name', 'slug']);
    const article = await client.getArticle(REAL_SLUG);
    expect(article?.body?.length).toBeGreaterThan(5);
    expect(article?.campaignThemes).toHaveLength(4);
    expect(article).toHaveProperty('attachments');
  });
});

describe('related articles', () => {
  it('are news of the same campaign themes or category, never the article itself', async () => {
    const client = contentClient(cms.baseUrl);
    const article = await client.getArticle('cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua');
    const themed = await cms.strapi.documents('api::article.article').create({
      data: newArticle({ title: 'Cùng phong trào', campaignThemes: [article!.campaignThemes![0]!.documentId] }),
      status: 'published',
    });
    const { data } = await client.listRelatedArticles(article!, 10);
    const slugs = data.map((related) => related.slug);
    expect(slugs).toContain(themed.slug);
    expect(slugs).not.toContain(article!.slug);
    for (const related of data) {
      if (related.slug !== themed.slug) expect(related.category?.slug).toBe('thi-dua-khen-thuong');
    }
  });
});

describe('bad input', () => {
  const BAD_REQUESTS: Array<[string, number | 'ok']> = [
    ['/api/articles?filters[nope][$eq]=1', 400],
    ['/api/articles?filters[$foo]=1', 400],
    ['/api/articles?filters[title][$unknownOperator]=1', 400],
    ['/api/articles?sort=nope:desc', 400],
    ['/api/articles?populate[createdBy]=*', 400],
    ['/api/articles?fields[0]=password', 400],
    ['/api/articles?populate[authors][populate][articles][populate][authors][populate][articles]=*', 400],
    ['/api/articles?pagination[pageSize]=1000000000', 'ok'],
    ['/api/articles?pagination[page]=-5', 'ok'],
    ['/api/articles?pagination[pageSize]=abc', 'ok'],
    ['/api/articles?filters[slug][$eq]=khong-ton-tai', 'ok'],
    ['/api/articles?filters[date][$gte]=not-a-date', 400],
    ['/api/articles?sort[0][title]=sideways', 400],
    ['/api/articles/khong-ton-tai', 404],
    ['/api/articles?filters[title][$containsi]=%27%3B%20DROP%20TABLE%20articles%3B--', 'ok'],
    ['/api/articles?filters=%7B%22broken', 400],
    ['/api/articles?' + 'filters[title][$eq]=x&'.repeat(200), 'ok'],
  ];

  it.each(
    BAD_REQUESTS.map(
      ([path, expected]) => [path.length > 100 ? `${path.slice(0, 100)}…` : path, path, expected] as const,
    ),
  )('%s gets a clear answer, never a 5xx', async (_label, path, expected) => {
    const { status, body } = await getJson<Answer<ListResponse<ArticleSummary>>>(cms.baseUrl, path);
    if (expected === 'ok') {
      expect(status).toBe(200);
      expect(body.meta?.pagination?.pageSize ?? 0).toBeLessThanOrEqual(100);
    } else {
      expect(status).toBe(expected);
      expect(typeof body.error?.message).toBe('string');
      expect(body.error?.message.length).toBeGreaterThan(0);
    }
    // Error messages may name the refused key; data never carries private fields.
    expect(JSON.stringify(body.data ?? null)).not.toMatch(/createdBy|updatedBy|"password"|"email"/);
  });

  it('answers an unknown slug with an empty list', async () => {
    const { status, body } = await getJson<ListResponse<ArticleSummary>>(
      cms.baseUrl,
      '/api/articles?filters[slug][$eq]=khong-ton-tai',
    );
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
  });
});

describe('lean reads (the route chose the populate tree)', () => {
  // The same query with the default relations spelled out by the client takes stock Strapi's path: answers must match.
  it.each([
    'sort[0]=date:desc&sort[1]=id:desc',
    'sort=date:asc&pagination[page]=2&pagination[pageSize]=3',
    'pagination[start]=2&pagination[limit]=4&sort=id:asc',
    'pagination[withCount]=false&sort=id:desc',
    'pagination[pageSize]=500&sort=id:desc',
    'filters[category][slug][$eq]=thi-dua-khen-thuong&sort=id:asc',
    'filters[$or][0][featured][$eq]=true&filters[$or][1][date][$lt]=2021-01-01&sort=id:asc',
  ])('answers %s exactly as stock Strapi does', async (query) => {
    const lean = await getJson(cms.baseUrl, `/api/articles?${query}`);
    const stock = await getJson(cms.baseUrl, withDefaultRelations(cms, `/api/articles?${query}`));
    expect(lean.status).toBe(200);
    expect(lean.body).toEqual(stock.body);
  });

  it('validates what the client did send: private or unknown fields, bad pagination', async () => {
    for (const query of [
      'filters[createdBy][email][$eq]=a',
      'sort=password:asc',
      'filters[nope][$eq]=1',
      'pagination[withCount]=maybe',
      'pagination[page]=abc',
    ]) {
      const { status } = await getJson(cms.baseUrl, `/api/articles?${query}`);
      expect(status, query).toBe(400);
    }
    // A parameter Strapi does not know is ignored, as stock Strapi does.
    expect((await getJson(cms.baseUrl, '/api/articles?foo=bar')).status).toBe(200);
  });
});
