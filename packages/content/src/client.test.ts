import { describe, expect, it } from 'vitest';
import { createAgencyPagesClient } from './agency-pages-client.js';
import { ContentApiError, createContentClient } from './client.js';
import { toQueryString } from './query-string.js';
import { createQuestionsClient } from './questions-client.js';
import { createRecordsClient } from './records-client.js';

function recordingFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const EMPTY_LIST = { data: [], meta: { pagination: { page: 1, pageSize: 10, pageCount: 0, total: 0 } } };

describe('toQueryString', () => {
  it('writes Strapi bracket syntax and encodes values', () => {
    expect(
      toQueryString({ filters: { slug: { $eq: 'thi đua & co' } }, sort: ['date:desc', 'id:desc'], skipped: undefined }),
    ).toBe('filters[slug][$eq]=thi%20%C4%91ua%20%26%20co&sort[0]=date%3Adesc&sort[1]=id%3Adesc');
  });
});

describe('content client', () => {
  it('asks for one Vietnam day as a UTC range, newest first, with a clamped page size', async () => {
    const { fetch, calls } = recordingFetch(200, EMPTY_LIST);
    const client = createContentClient({ baseUrl: 'http://cms.test/', fetch });
    await client.listArticles({ day: '2021-03-16', pageSize: 10_000, page: -3 });
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/api/articles');
    expect(url.searchParams.get('filters[date][$gte]')).toBe('2021-03-15T17:00:00.000Z');
    expect(url.searchParams.get('filters[date][$lt]')).toBe('2021-03-16T17:00:00.000Z');
    expect(url.searchParams.get('pagination[pageSize]')).toBe('100');
    expect(url.searchParams.get('pagination[page]')).toBe('1');
    expect(url.searchParams.get('sort[0]')).toBe('date:desc');
  });

  it('returns null for an unknown slug and the document for a known one', async () => {
    const none = createContentClient({ baseUrl: '', fetch: recordingFetch(200, EMPTY_LIST).fetch });
    expect(await none.getArticle('khong-co')).toBeNull();
    const article = { id: 1, documentId: 'x', title: 'Tin', slug: 'tin' };
    const some = createContentClient({ baseUrl: '', fetch: recordingFetch(200, { data: [article], meta: {} }).fetch });
    expect(await some.getArticle('tin')).toEqual(article);
  });

  it('asks for related news by theme or category, excluding the article itself', async () => {
    const { fetch, calls } = recordingFetch(200, EMPTY_LIST);
    const client = createContentClient({ baseUrl: '', fetch });
    await client.listRelatedArticles(
      { documentId: 'self', category: { documentId: 'cat' } as never, campaignThemes: [{ documentId: 't1' } as never] },
      4,
    );
    const params = new URL(calls[0]!.url, 'http://x').searchParams;
    expect(params.get('filters[documentId][$ne]')).toBe('self');
    expect(params.get('filters[$or][0][campaignThemes][documentId][$in][0]')).toBe('t1');
    expect(params.get('filters[$or][1][category][documentId][$eq]')).toBe('cat');
    expect(params.get('pagination[pageSize]')).toBe('4');
    expect(params.get('pagination[withCount]')).toBe('false');
    const none = await client.listRelatedArticles({ documentId: 'alone', category: null, campaignThemes: [] });
    expect(none.data).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it("reads one agency's own documents in its view, and a slug in its view, own first, else the central one's", async () => {
    const answers: unknown[] = [
      // Phú Thọ's view: a document of an agency merged into it, and its own.
      [
        { documentId: 'merged', slug: 'do-hung', agency: 'cu' },
        { documentId: 'own', slug: 'do-hung', agency: 'phutho' },
      ],
      // The central department's view.
      [],
      [{ documentId: 'national', slug: 'ca-nuoc', agency: 'trunguong' }],
    ];
    const calls: URLSearchParams[] = [];
    const fetch = (async (url: string | URL | Request) => {
      calls.push(new URL(String(url), 'http://x').searchParams);
      return new Response(JSON.stringify({ data: answers.shift() ?? [], meta: {} }));
    }) as typeof globalThis.fetch;
    const client = createContentClient({ baseUrl: '', fetch });
    const scope = { agency: 'phutho', fallback: 'trunguong' };
    expect((await client.getAuthor('do-hung', scope))?.documentId).toBe('own');
    expect(calls[0]?.get('agency')).toBe('phutho');
    expect(calls[0]?.has('filters[agency][$in][0]')).toBe(false);
    expect((await client.getCampaignTheme('ca-nuoc', scope))?.documentId).toBe('national');
    expect([calls[1]?.get('agency'), calls[2]?.get('agency')]).toEqual(['phutho', 'trunguong']);

    calls.length = 0;
    await client.getArticle('tin', { agency: 'phutho' });
    await client.listArticles({ agency: 'phutho', authorId: 'own' });
    await client.getArchiveMonth(2021, 3, { agency: 'phutho' });
    await client.search({ q: 'thi đua', agency: 'phutho' });
    await client.listRelatedArticles({ documentId: 'x', agency: 'phutho', category: { documentId: 'c' } as never });
    const [article, list, archive, search, related] = calls;
    for (const own of [article, list, related]) {
      expect(own?.get('agency')).toBe('phutho');
      expect(own?.get('filters[agency][$eq]')).toBe('phutho');
    }
    expect(list?.get('filters[authors][documentId][$eq]')).toBe('own');
    expect(archive?.get('agency')).toBe('phutho');
    expect(search?.get('agency')).toBe('phutho');
    // Several agencies' themes: each read in its own view.
    calls.length = 0;
    await client.listCampaignThemes({ agencies: ['phutho', 'trunguong'] });
    expect(calls.map((call) => [call.get('agency'), call.get('filters[agency][$eq]')])).toEqual([
      ['phutho', 'phutho'],
      ['trunguong', 'trunguong'],
    ]);
    // Without an agency, the whole installation's.
    await client.listArticles({});
    expect(calls.at(-1)?.has('agency')).toBe(false);
    expect(calls.at(-1)?.has('filters[agency][$eq]')).toBe(false);
  });

  it('sends the partner token', async () => {
    const { fetch, calls } = recordingFetch(200, EMPTY_LIST);
    await createContentClient({ baseUrl: '', token: 'read-only', fetch }).listCategories();
    expect((calls[0]!.init!.headers as Record<string, string>).Authorization).toBe('Bearer read-only');
  });

  it("turns Strapi's error envelope into a ContentApiError", async () => {
    const { fetch } = recordingFetch(400, {
      data: null,
      error: { status: 400, name: 'ValidationError', message: 'Invalid key slugx' },
    });
    const error = await createContentClient({ baseUrl: '', fetch })
      .listArticles()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentApiError);
    expect((error as ContentApiError).status).toBe(400);
    expect((error as ContentApiError).message).toBe('Invalid key slugx');
  });

  it('reports an unreachable server as status 0 and a non-JSON answer clearly', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    const unreachable = await createContentClient({ baseUrl: '', fetch: failing })
      .listArticles()
      .catch((e: unknown) => e);
    expect((unreachable as ContentApiError).status).toBe(0);
    const html = await createContentClient({ baseUrl: '', fetch: recordingFetch(200, '<html>').fetch })
      .listArticles()
      .catch((e: unknown) => e);
    expect(html).toBeInstanceOf(ContentApiError);
  });

  it('asks for the token before each request and reports a refused one', async () => {
    const { fetch, calls } = recordingFetch(401, {
      data: null,
      error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials' },
    });
    let token: string | null = 'jwt-1';
    let refused = 0;
    const client = createContentClient({
      baseUrl: '',
      fetch,
      token: () => token,
      onUnauthorized: () => (refused += 1),
    });
    await expect(client.listCategories()).rejects.toMatchObject({ status: 401 });
    expect(new Headers(calls[0]!.init?.headers).get('Authorization')).toBe('Bearer jwt-1');
    expect(refused).toBe(1);
    token = null;
    await expect(client.listCategories()).rejects.toMatchObject({ status: 401 });
    expect(new Headers(calls[1]!.init?.headers).get('Authorization')).toBeNull();
    // Without a token a 401 is the CMS's business, not an expired session.
    expect(refused).toBe(1);
  });

  it("asks for an agency's own introduction, leadership and units in one language", async () => {
    const { fetch, calls } = recordingFetch(200, EMPTY_LIST);
    const client = createAgencyPagesClient({ baseUrl: '', fetch });
    expect(await client.getAgencyProfile('phutho', { locale: 'en' })).toBeNull();
    await client.listLeaders('phutho', { locale: 'vi' });
    await client.listUnits('phutho', { locale: 'en' });
    await client.listHeadOffices({ locale: 'en' });
    const [profile, leaders, units, heads] = calls.map((call) => new URL(call.url, 'http://x'));
    expect(profile!.pathname).toBe('/api/agency-profiles');
    for (const url of [profile!, leaders!, units!]) {
      expect(url.searchParams.get('agency')).toBe('phutho');
      // Its own only: not the agencies merged into it (never a former agency's address).
      expect(url.searchParams.get('filters[agency][$eq]')).toBe('phutho');
    }
    expect(profile!.searchParams.get('locale')).toBe('en');
    expect(leaders!.searchParams.get('locale')).toBe('vi');
    expect(leaders!.searchParams.get('populate[photo][fields][1]')).toBe('alternativeText');
    expect(units!.searchParams.get('sort[0]')).toBe('order:asc');
    expect(heads!.searchParams.get('filters[kind][$eq]')).toBe('head-office');
    expect(heads!.searchParams.get('locale')).toBe('en');
  });

  it("reads an agency's records: a document in its view, else the central department's; filtered lists; no bad entry id", async () => {
    const { fetch, calls } = recordingFetch(200, EMPTY_LIST);
    const client = createRecordsClient({ baseUrl: '', fetch });
    expect(await client.getLegalDocument('01-2025-tt', { agency: 'phutho', fallback: 'cuc' })).toBeNull();
    await client.listLegalDocuments({ agency: 'phutho', kind: 'circular', year: 2025, page: 0, pageSize: 500 });
    await client.listNotices({ agency: 'phutho', state: 'open' });
    const [own, central, documents, notices] = calls.map((call) => new URL(call.url, 'http://x'));
    expect(own!.pathname).toBe('/api/legal-documents');
    expect(own!.searchParams.get('agency')).toBe('phutho');
    expect(central!.searchParams.get('agency')).toBe('cuc');
    expect(central!.searchParams.get('filters[slug][$eq]')).toBe('01-2025-tt');
    expect(documents!.searchParams.get('filters[agency][$eq]')).toBe('phutho');
    expect(documents!.searchParams.get('filters[kind][$eq]')).toBe('circular');
    expect(documents!.searchParams.get('filters[issuedOn][$gte]')).toBe('2025-01-01');
    expect(documents!.searchParams.get('pagination[page]')).toBe('1');
    expect(documents!.searchParams.get('pagination[pageSize]')).toBe('100');
    expect(documents!.searchParams.get('fields[0]')).toBe('number');
    expect(notices!.pathname).toBe('/api/notices');
    expect(notices!.searchParams.get('state')).toBe('open');
    expect(notices!.searchParams.get('populate[unit][fields][0]')).toBe('name');
    expect(await client.getRegisterEntry('../admin')).toBeNull();
    expect(calls).toHaveLength(4);
  });

  it('reads every unit of the installation page by page for the ward lookup', async () => {
    const calls: string[] = [];
    const fetch = (async (url: string | URL | Request) => {
      calls.push(String(url));
      const page = Number(new URL(String(url), 'http://x').searchParams.get('pagination[page]'));
      return Response.json({
        data: [{ id: page, documentId: `u${page}`, name: `Đơn vị ${page}` }],
        meta: { pagination: { page, pageSize: 100, pageCount: 3, total: 3 } },
      });
    }) as typeof globalThis.fetch;
    const units = await createAgencyPagesClient({ baseUrl: '', fetch }).listUnitAreas();
    expect(units.map((unit) => unit.documentId)).toEqual(['u1', 'u2', 'u3']);
    expect(calls).toHaveLength(3);
  });
});

describe('citizens’ questions', () => {
  it('lists an agency’s published questions of one topic, newest answer first, without their answers', async () => {
    const { fetch, calls } = recordingFetch(200, EMPTY_LIST);
    await createQuestionsClient({ baseUrl: '', fetch }).listQuestions({ agency: 'phutho', topic: 'an-phi', page: 2 });
    const params = new URL(calls[0]!.url, 'http://x').searchParams;
    expect(new URL(calls[0]!.url, 'http://x').pathname).toBe('/api/questions');
    expect(params.get('agency')).toBe('phutho');
    expect(params.get('filters[agency][$eq]')).toBe('phutho');
    expect(params.get('filters[topic][$eq]')).toBe('an-phi');
    expect(params.get('sort[0]')).toBe('answeredAt:desc');
    expect(params.get('pagination[page]')).toBe('2');
    expect(params.getAll('fields[0]')).toEqual(['title']);
    expect([...params.values()]).not.toContain('answer');
  });

  it('reads a status by its code, null when no question has it', async () => {
    const tracked = { code: 'HD-ABCDE-FGHJK', status: 'received' };
    const found = recordingFetch(200, { data: tracked, meta: {} });
    expect(
      await createQuestionsClient({ baseUrl: '', fetch: found.fetch }).getQuestionStatus('HD-ABCDE-FGHJK'),
    ).toEqual(tracked);
    expect(new URL(found.calls[0]!.url, 'http://x').searchParams.get('code')).toBe('HD-ABCDE-FGHJK');
    const missing = recordingFetch(404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'x' } });
    expect(await createQuestionsClient({ baseUrl: '', fetch: missing.fetch }).getQuestionStatus('HD-A')).toBeNull();
  });

  it('sends the form as JSON and says what became of it: received, the fields’ problems, or refused', async () => {
    const values = { agency: 'phutho', title: 'Hỏi về án phí', consent: 'on' };
    const received = recordingFetch(201, { data: { trackingCode: 'HD-ABCDE-FGHJK', status: 'received' } });
    expect(await createQuestionsClient({ baseUrl: 'http://cms', fetch: received.fetch }).askQuestion(values)).toEqual({
      kind: 'received',
      trackingCode: 'HD-ABCDE-FGHJK',
    });
    expect(received.calls[0]!.url).toBe('http://cms/api/questions/ask');
    expect(received.calls[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(received.calls[0]!.init?.body))).toEqual(values);

    const invalid = recordingFetch(400, {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'Câu hỏi chưa gửi được',
        details: { errors: [{ path: ['email'], message: 'Hãy cho ít nhất một cách liên hệ' }, { path: ['x'] }] },
      },
    });
    expect(await createQuestionsClient({ baseUrl: '', fetch: invalid.fetch }).askQuestion(values)).toEqual({
      kind: 'invalid',
      values,
      errors: [{ field: 'email', message: 'Hãy cho ít nhất một cách liên hệ' }],
    });

    const flooded = (async () =>
      new Response(
        JSON.stringify({ data: null, error: { status: 429, name: 'TooManyRequestsError', message: 'Quá nhiều' } }),
        {
          status: 429,
          headers: { 'Retry-After': '360' },
        },
      )) as typeof globalThis.fetch;
    expect(await createQuestionsClient({ baseUrl: '', fetch: flooded }).askQuestion(values)).toEqual({
      kind: 'refused',
      values,
      status: 429,
      message: 'Quá nhiều',
      retryAfter: 360,
    });
  });

  it('searches questions as their own kind, by topic', async () => {
    const { fetch, calls } = recordingFetch(200, { data: [], meta: {} });
    await createQuestionsClient({ baseUrl: '', fetch }).searchQuestions({
      q: 'án phí',
      topic: 'an-phi',
      agency: 'phutho',
    });
    const url = new URL(calls[0]!.url, 'http://x');
    expect(url.pathname).toBe('/api/search/questions');
    expect(url.searchParams.get('topic')).toBe('an-phi');
  });
});

describe('question form values', () => {
  it('reads the first value of each known field of a form post', async () => {
    const { questionFormValues } = await import('./questions.js');
    expect(
      questionFormValues(
        new URLSearchParams('title=Ti%C3%AAu+%C4%91%E1%BB%81&title=second&consent=on&other=x&website='),
      ),
    ).toEqual({ title: 'Tiêu đề', consent: 'on', website: '' });
  });
});
