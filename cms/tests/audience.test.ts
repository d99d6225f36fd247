import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDefaultRelations } from './support/api';
import { startStockCms, type StockCms } from './support/stock-cms';
import { startSeededCms, type TestCms } from './support/strapi';
import { newArticle } from './support/documents';

const STAFF_TITLE = 'Thông báo nội bộ về lịch họp giao ban';
const REAL_SLUG = 'cac-co-quan-thads-tinh-vinh-phuc-phat-dong-phong-trao-thi-dua';
let REAL_TITLE = '';
let cms: TestCms;
let staffJwt = '';
let blockedJwt = '';
let staff: { documentId: string; slug: string };
const staffDraftTitle = 'Nháp nội bộ chưa duyệt';

async function createUser(username: string, blocked: boolean) {
  const role = await cms.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  await cms.strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@thads.example.gov.vn`,
      password: 'MatKhau-Can-Bo-2026',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      // Staff of Phú Thọ read the internal articles of Vĩnh Phúc (merged into it), where these tests write them.
      agency: 'phutho',
    });
  const response = await fetch(`${cms.baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: username, password: 'MatKhau-Can-Bo-2026' }),
  });
  const { jwt } = (await response.json()) as { jwt: string };
  if (blocked)
    await cms.strapi.db
      .query('plugin::users-permissions.user')
      .update({ where: { username }, data: { blocked: true } });
  return jwt;
}

beforeAll(async () => {
  cms = await startSeededCms(6);
  const id = async (
    uid: 'api::author.author' | 'api::category.category' | 'api::campaign-theme.campaign-theme',
    slug: string,
  ) =>
    ((await cms.strapi.db.query(uid).findOne({ where: { slug }, select: ['documentId'] })) as { documentId: string })
      .documentId;
  const relations = {
    authors: [await id('api::author.author', 'do-hung')],
    category: await id('api::category.category', 'thi-dua-khen-thuong'),
    campaignThemes: [await id('api::campaign-theme.campaign-theme', 'thi-dua-2021-thads-vinh-phuc')],
  };
  const created = await cms.strapi.documents('api::article.article').create({
    data: newArticle({
      title: STAFF_TITLE,
      lead: 'Lịch họp giao ban tháng Ba',
      date: '2021-03-20T02:00:00.000Z',
      audience: 'staff',
      ...relations,
    }),
    status: 'published',
  });
  staff = { documentId: created.documentId, slug: created.slug as string };
  await cms.strapi
    .documents('api::article.article')
    .create({ data: newArticle({ title: staffDraftTitle, audience: 'staff', ...relations }) });
  REAL_TITLE = (
    (await cms.strapi.db.query('api::article.article').findOne({ where: { slug: REAL_SLUG } })) as { title: string }
  ).title;
  staffJwt = await createUser('can-bo', false);
  blockedJwt = await createUser('bi-khoa', true);
});
afterAll(async () => {
  await cms?.stop();
});

const read = async (path: string, jwt?: string) => {
  const response = await fetch(`${cms.baseUrl}${path}`, { headers: jwt ? { Authorization: `Bearer ${jwt}` } : {} });
  return { status: response.status, text: await response.text(), headers: response.headers };
};

const EVERY_PATH = () => [
  '/api/articles?pagination[pageSize]=100',
  `/api/articles?filters[slug][$eq]=${staff.slug}`,
  '/api/articles?filters[audience][$eq]=staff',
  '/api/articles?filters[$or][0][audience][$eq]=staff&filters[$or][1][audience][$eq]=public&pagination[pageSize]=100',
  '/api/articles?populate=*&pagination[pageSize]=100',
  '/api/authors?populate=*',
  '/api/authors?populate=articles',
  '/api/authors?populate[0]=articles.category',
  '/api/authors?filters[slug][$eq]=do-hung&populate[articles][fields][0]=title',
  '/api/categories?populate[articles][populate][authors]=true',
  '/api/campaign-themes?populate=*',
  '/api/campaign-themes?filters[slug][$eq]=thi-dua-2021-thads-vinh-phuc&populate[articles][populate][campaignThemes][populate][articles]=true',
  '/api/search?q=lich+hop+giao+ban',
  '/api/search?q=thong+bao+noi+bo&author=do-hung',
  '/api/feeds/rss',
  '/api/feeds/atom?author=do-hung',
  '/api/feeds/rss?theme=thi-dua-2021-thads-vinh-phuc&full=1',
  '/api/sitemaps/articles-1',
];

describe('for the public a staff article does not exist', () => {
  it('on every path: lists, by slug, relations of every depth and form, search, feeds, sitemaps', async () => {
    for (const path of EVERY_PATH()) {
      const { status, text } = await read(path);
      expect(status, path).toBe(200);
      expect(text, path).not.toContain(STAFF_TITLE);
      expect(text, path).not.toContain(staff.slug);
    }
  });

  it('answers it by id with 404, not 403', async () => {
    expect((await read(`/api/articles/${staff.documentId}`)).status).toBe(404);
  });

  it('leaves it out of counts and the date archive', async () => {
    const list = JSON.parse((await read('/api/articles?pagination[pageSize]=1')).text) as {
      meta: { pagination: { total: number } };
    };
    const publicCount = await cms.strapi.db
      .query('api::article.article')
      .count({ where: { publishedAt: { $notNull: true }, audience: 'public' } });
    expect(list.meta.pagination.total).toBe(publicCount);
    const archive = JSON.parse((await read('/api/archive?year=2021&month=3')).text) as {
      data: { days: Array<{ date: string }> };
    };
    expect(archive.data.days.map((day) => day.date)).not.toContain('2021-03-20');
  });

  it('stays hidden from blocked accounts and forged tokens', async () => {
    expect((await read('/api/articles', blockedJwt)).status).toBe(401);
    expect((await read('/api/search?q=lich+hop+giao+ban', blockedJwt)).text).not.toContain(STAFF_TITLE);
    const forged = `${staffJwt.slice(0, -4)}abcd`;
    expect((await read('/api/articles', forged)).status).toBe(401);
    expect((await read('/api/search?q=lich+hop+giao+ban', forged)).text).not.toContain(STAFF_TITLE);
  });
});

describe('signed-in staff', () => {
  it('see the staff article everywhere the public sees public ones, marked as staff', async () => {
    const bySlug = await read(`/api/articles?filters[slug][$eq]=${staff.slug}`, staffJwt);
    expect(JSON.parse(bySlug.text).data[0]).toMatchObject({ title: STAFF_TITLE, audience: 'staff' });
    expect((await read(`/api/articles/${staff.documentId}`, staffJwt)).status).toBe(200);
    expect(
      (await read('/api/authors?filters[slug][$eq]=do-hung&populate[articles][fields][0]=title', staffJwt)).text,
    ).toContain(STAFF_TITLE);
    expect((await read('/api/search?q=lich+hop+giao+ban', staffJwt)).text).toContain(STAFF_TITLE);
    const archive = JSON.parse((await read('/api/archive?year=2021&month=3', staffJwt)).text) as {
      data: { days: Array<{ date: string }> };
    };
    expect(archive.data.days.map((day) => day.date)).toContain('2021-03-20');
  });

  it('never see drafts, staff ones included', async () => {
    for (const path of [
      '/api/articles?pagination[pageSize]=100',
      '/api/search?q=nhap+noi+bo',
      '/api/articles?status=draft',
    ]) {
      expect((await read(path, staffJwt)).text, path).not.toContain(staffDraftTitle);
    }
  });

  it('get private answers that never enter the shared cache', async () => {
    const path = '/api/articles?pagination[pageSize]=50&sort=date:desc';
    const staffAnswer = await read(path, staffJwt);
    expect(staffAnswer.headers.get('cache-control')).toBe('private, no-cache');
    expect(staffAnswer.text).toContain(STAFF_TITLE);
    for (let round = 0; round < 2; round += 1) {
      const publicAnswer = await read(path);
      expect(publicAnswer.text).not.toContain(STAFF_TITLE);
    }
    expect((await read(path, staffJwt)).text).toContain(STAFF_TITLE);
  });
});

describe("the public's reads straight from the query engine (lib/published-reads), against stock Strapi", () => {
  // Everything the public may ask of the four types, answered by this instance and by a second CMS process started
  // with every read optimisation off (`LEAN_READS=false`) on the same database, with a staff article, a staff draft
  // and a draft linked from a published author in it. The one documented difference: without `fields` and `populate`
  // this project adds each type's default relations, so stock is asked for them explicitly.
  const forms = (publicArticle: string) => [
    ...EVERY_PATH().filter((path) => /^\/api\/(articles|authors|categories|campaign-themes)\?/.test(path)),
    '/api/articles',
    '/api/authors',
    '/api/categories',
    '/api/campaign-themes',
    '/api/articles?fields[0]=title&fields[1]=slug',
    '/api/authors?fields[0]=name',
    `/api/articles?filters[title][$eq]=${encodeURIComponent(REAL_TITLE)}&populate=*`,
    '/api/articles?fields[0]=title&fields[1]=date&populate[authors][fields][0]=name&populate[cover]=true',
    '/api/articles?sort[0]=date:desc&sort[1]=id:desc&pagination[page]=1&pagination[pageSize]=4',
    '/api/articles?pagination[start]=2&pagination[limit]=3&sort=title:asc&populate[cover]=true&populate[category][fields][0]=slug',
    '/api/articles?pagination[withCount]=false&fields[0]=title&sort=id:desc',
    '/api/articles?filters[category][slug][$eq]=thi-dua-khen-thuong&populate=category,authors.articles',
    '/api/articles?filters[category][slug][$eq]=thi-dua-khen-thuong&sort=date:desc',
    '/api/articles?filters[authors][slug][$in][0]=do-hung&filters[date][$gte]=2021-01-01&sort=date:asc',
    '/api/articles?filters[publishedAt][$null]=true',
    '/api/articles?filters[$or][0][title][$containsi]=thi%20%C4%91ua&filters[$or][1][lead][$containsi]=giao%20ban',
    `/api/articles/${staff.documentId}`,
    `/api/articles/${staff.documentId}?populate=*`,
    `/api/articles/${publicArticle}`,
    `/api/articles/${publicArticle}?fields[0]=title`,
    `/api/articles/${publicArticle}?populate=*`,
    `/api/articles/${publicArticle}?populate[campaignThemes][populate][articles][fields][0]=title`,
    '/api/authors?sort=name:asc&populate[articles][sort][0]=date:desc&populate[articles][fields][0]=slug&populate[photo]=true',
    '/api/categories?filters[slug][$eq]=thi-dua-khen-thuong&populate[articles][filters][featured][$eq]=true',
    '/api/campaign-themes?populate[articles][populate][authors][populate][articles][fields][0]=title',
    '/api/campaign-themes?populate[cover][fields][0]=url&populate[targets]=true&populate[milestones]=true&populate[articles][fields][0]=title',
    // Bad input is refused the same way.
    '/api/articles?filters[date][$gte]=not-a-date',
    '/api/articles?pagination[page]=abc',
    '/api/articles?populate[authors][populate][articles][populate][authors]=*',
    '/api/articles?sort=nope:asc',
  ];

  // Content API reads of the four types that reach the Document Service.
  let documentServiceReads = 0;
  let stock: StockCms;
  const PUBLIC_DRAFT_TITLE = 'Bản nháp công khai chưa duyệt';
  beforeAll(async () => {
    // A draft row linked straight from the published author's row (as data from older versions can be): only the
    // published-rows rule on populated relations keeps it out.
    const draft = (await cms.strapi
      .documents('api::article.article')
      .create({ data: newArticle({ title: PUBLIC_DRAFT_TITLE, audience: 'public' }) })) as { id: number };
    const author = (await cms.strapi.db
      .query('api::author.author')
      .findOne({ where: { slug: 'do-hung', publishedAt: { $notNull: true } } })) as { id: number };
    await cms.strapi.db
      .connection('articles_authors_lnk')
      .insert({ article_id: draft.id, author_id: author.id, author_ord: 1, article_ord: 99 });

    cms.strapi.documents.use(async (context, next) => {
      if (
        /^api::(article|author|category|campaign-theme)\./.test(context.uid) &&
        ['findMany', 'findOne', 'findFirst', 'count'].includes(context.action)
      ) {
        if (cms.strapi.requestContext.get()) documentServiceReads += 1;
      }
      return next();
    });
    stock = await startStockCms();
  }, 180_000);
  afterAll(async () => {
    await stock?.stop();
  });

  const answer = async (base: string, path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: JSON.parse(await response.text()) as unknown };
  };

  it('compares with a process that really is stock: lean reads off from boot there, on here', () => {
    expect(stock.output()).toContain('LEAN_READS=false');
    expect(cms.strapi.config.get('reads.lean')).toBe(true);
  });

  it('answers every form exactly as stock Strapi does', async () => {
    const publicArticle = (await cms.strapi.db
      .query('api::article.article')
      .findOne({ where: { slug: REAL_SLUG, publishedAt: { $notNull: true } } })) as { documentId: string };
    for (const path of forms(publicArticle.documentId)) {
      cms
        .appModule<typeof import('../src/cache/invalidation')>('src/cache/invalidation.js')
        .responseCacheOf(cms.strapi)
        .invalidate();
      documentServiceReads = 0;
      const ours = await answer(cms.baseUrl, path);
      expect(documentServiceReads, `${path} went through the Document Service`).toBe(0);
      const theirs = await answer(stock.baseUrl, withDefaultRelations(cms, path));
      expect(ours, path).toEqual(theirs);
      expect(JSON.stringify(ours.body), path).not.toContain(STAFF_TITLE);
      expect(JSON.stringify(ours.body), path).not.toContain(staffDraftTitle);
      expect(JSON.stringify(ours.body), path).not.toContain(PUBLIC_DRAFT_TITLE);
    }
  });

  it('staff reads still take the Document Service (its audience middleware lets staff see staff articles)', async () => {
    documentServiceReads = 0;
    expect((await read('/api/articles?populate=*&pagination[pageSize]=100', staffJwt)).text).toContain(STAFF_TITLE);
    expect(documentServiceReads).toBeGreaterThan(0);
  });
});
