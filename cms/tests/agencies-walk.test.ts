import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newArticle } from './support/documents';
import { contentApiGetRoutes, fillPath, paramsOf } from './support/routes';
import { startSeededCms, type TestCms } from './support/strapi';

// Issue 19: no document of agency B in any answer for agency A. Every agency-scoped type (the declared list,
// `agencyScopedTypes`: a type added later is covered the day it declares the agency field) gets published documents
// of Hà Nội carrying markers, then every GET route Strapi lists is asked for Phú Thọ's view in many forms (public,
// and as Phú Thọ's staff), and staff of Phú Thọ read Phú Thọ's internal articles, never Hà Nội's.

const A = 'phutho';
const B = 'hanoi';
const EXCLUDED = new Set(['/api/connect/(.*)', '/api/auth/:provider/callback']);

let cms: TestCms;
let scopedTypes: readonly string[] = [];
const markers: string[] = [];
const ids: Record<string, string[]> = {};
let staffJwt = '';
const OWN_INTERNAL = 'Thông báo nội bộ riêng của Phú Thọ';
const MERGED_INTERNAL = 'Thông báo nội bộ lưu trữ của Vĩnh Phúc';

type Attribute = { type: string; required?: boolean; enum?: string[]; customField?: string; default?: unknown };

/** A document of a scoped type for agency B, every required text filled with a marker no answer for A may show. */
function markedDocument(uid: string): Record<string, unknown> {
  const attributes = (cms.strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<string, Attribute>;
  const marker = `DAUHIEUHANOI${uid.replace(/\W/g, '').toUpperCase()}`;
  markers.push(marker);
  const data: Record<string, unknown> = { agency: B };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (name === 'agency' || (!attribute.required && !['title', 'name', 'lead', 'answer'].includes(name))) continue;
    if (attribute.default !== undefined) continue;
    if (attribute.type === 'string' || attribute.type === 'text') data[name] = `${marker} ${name}`;
    else if (attribute.type === 'blocks')
      data[name] = [{ type: 'paragraph', children: [{ type: 'text', text: `${marker} ${name}` }] }];
    else if (attribute.type === 'email') data[name] = `${marker.toLowerCase()}@example.gov.vn`;
    else if (attribute.type === 'password') data[name] = 'MatKhau-DauHieu-2026';
    else if (attribute.type === 'enumeration') data[name] = attribute.enum?.[0];
    else if (attribute.type === 'integer') data[name] = 0;
    else if (attribute.type === 'biginteger') data[name] = '0';
    else if (attribute.type === 'date') data[name] = '2026-01-15';
    else if (attribute.type === 'datetime') data[name] = '2026-01-15T08:00:00.000Z';
    else if (attribute.type === 'boolean') data[name] = false;
  }
  return data;
}

beforeAll(async () => {
  process.env.RATE_LIMIT_ENABLED = 'false';
  cms = await startSeededCms(3);
  const { strapi } = cms;
  const { agencyScopedTypes } =
    cms.appModule<typeof import('../src/agencies/scoped-types')>('src/agencies/scoped-types.js');
  scopedTypes = agencyScopedTypes(strapi);
  for (const uid of scopedTypes) {
    const model = strapi.getModel(uid as UID.Schema) as {
      options?: { draftAndPublish?: boolean };
      pluginOptions?: { i18n?: { localized?: boolean } };
    };
    const documents = strapi.documents(uid as UID.ContentType);
    const data = markedDocument(uid);
    if (model.pluginOptions?.i18n?.localized) {
      // Translated types: Vietnamese, then English (a unit is published only with its English name), both published.
      const document = await documents.create({ data: data as never });
      await documents.update({ documentId: document.documentId, locale: 'en', data: data as never } as never);
      await strapi.documents(uid as 'api::unit.unit').publish({ documentId: document.documentId, locale: '*' });
      ids[uid] = [document.documentId];
      continue;
    }
    const document = await documents.create({
      data: data as never,
      ...(model.options?.draftAndPublish ? { status: 'published' as const } : {}),
    });
    ids[uid] = [document.documentId];
  }
  // Hà Nội's article linked to Hà Nội's author and to a national campaign theme that Phú Thọ's articles use too:
  // a populate path from Phú Thọ's view must not reach it through the theme.
  const theme = (await strapi.db
    .query('api::campaign-theme.campaign-theme')
    .findOne({ where: { agency: 'trunguong' }, select: ['documentId'] })) as { documentId: string };
  await strapi.documents('api::article.article').update({
    documentId: ids['api::article.article']![0]!,
    data: { authors: ids['api::author.author'], campaignThemes: [theme.documentId] } as never,
    status: 'published',
  } as never);
  await strapi.documents('api::article.article').publish({ documentId: ids['api::article.article']![0]! });
  await strapi.documents('api::article.article').create({
    data: newArticle({
      title: 'Tin công khai của Phú Thọ cùng phong trào',
      agency: A,
      campaignThemes: [theme.documentId],
    }),
    status: 'published',
  });
  // Internal articles: Hà Nội's (a marker), Phú Thọ's and Vĩnh Phúc's (merged into Phú Thọ).
  const hanoiInternal = `DAUHIEUHANOINOIBO tin nội bộ`;
  markers.push(hanoiInternal);
  for (const [title, agency] of [
    [hanoiInternal, B],
    [OWN_INTERNAL, A],
    [MERGED_INTERNAL, 'vinhphuc'],
  ])
    await strapi
      .documents('api::article.article')
      .create({ data: newArticle({ title, agency, audience: 'staff' }), status: 'published' });
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })) as { id: number };
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: 'can-bo-phu-tho',
    email: 'can-bo@phutho.example.gov.vn',
    password: 'CanBo-PhuTho-2026',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
    agency: A,
  });
  staffJwt = await strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
});
afterAll(async () => {
  await cms?.stop();
  delete process.env.RATE_LIMIT_ENABLED;
});

/** Phú Thọ's view in the forms the site and partners ask it. */
const VIEWS = [
  `agency=${A}`,
  `agency=${A}&populate=*`,
  `agency=${A}&populate[articles][populate]=*`,
  `agency=${A}&populate[campaignThemes][populate][articles][populate]=*`,
  `agency=${A}&populate[authors][populate][articles]=true`,
  `agency=${A}&pagination[pageSize]=100&sort=date:desc`,
  `agency=${A}&filters[agency][$eq]=${B}`,
  `agency=${A}&filters[$or][0][agency][$eq]=${B}&filters[$or][1][id][$gt]=0`,
  `agency=${A}&filters[agency][$ne]=${A}`,
  `filters[agency][$eq]=${A}`,
  `filters[agency][$eq]=${A}&pagination[pageSize]=100`,
  `agency=${A}&q=dau%20hieu%20ha%20noi`,
  // The agencies' records: their own searches (the register's by a name's beginning).
  `agency=${A}&q=dauhieuhanoi`,
  `agency=${A}&type=legal-document&q=dau%20hieu%20ha%20noi`,
  `agency=${A}&type=notice&q=dau%20hieu%20ha%20noi`,
  `agency=${A}&q=thi%20dua`,
  `agency=${A}&year=2021&month=3`,
  `agency=${A}&full=1`,
  `agency=${A}&theme=ca-nuoc-chung-tay-vi-nguoi-ngheo`,
];
/** A filter names an agency only where Strapi's filters apply: the collections (the project's endpoints take `agency=`). */
const takesFilters = (route: string) =>
  /^\/api\/[a-z-]+(\/:id)?$/.test(route) && !/\/api\/(search|archive|redirects|site-setting|sitemaps|docs)/.test(route);

describe('the declared agency-scoped types', () => {
  it('include every type that belongs to an agency', () => {
    expect([...scopedTypes].sort()).toEqual(
      expect.arrayContaining([
        'api::article.article',
        'api::author.author',
        'api::campaign-theme.campaign-theme',
        'api::unit.unit',
        'api::legal-document.legal-document',
        'api::notice.notice',
        'api::debtor-entry.debtor-entry',
        'plugin::users-permissions.user',
        // Issue 21.
        'api::agency-profile.agency-profile',
        'api::leader.leader',
        'api::question.question',
        'api::question-contact.question-contact',
      ]),
    );
  });
});

describe("walking every GET route for Phú Thọ's view", () => {
  it('finds no document of Hà Nội in any answer, as the public or as Phú Thọ’s staff', async () => {
    const routes = contentApiGetRoutes(cms.strapi).filter((route) => !EXCLUDED.has(route));
    const values: Record<string, string[]> = {
      id: Object.values(ids).flat(),
      name: ['pages', 'articles-1', 'categories', 'campaign-themes', 'authors'],
      uid: ['api::article.article'],
      type: ['articles'],
      documentId: Object.values(ids).flat(),
    };
    const leaks: string[] = [];
    let answered = 0;
    let ownSeen = 0;
    for (const route of routes) {
      const combinations = paramsOf(route).reduce<Array<Record<string, string>>>(
        (all, param) => all.flatMap((each) => (values[param] ?? ['x']).map((value) => ({ ...each, [param]: value }))),
        [{}],
      );
      for (const path of combinations.map((combination) => fillPath(route, combination)))
        for (const view of VIEWS.filter((query) => !query.startsWith('filters') || takesFilters(route)))
          for (const headers of [{}, { Authorization: `Bearer ${staffJwt}` }] as Array<Record<string, string>>) {
            const url = `${path}?${view}`;
            const response = await fetch(`${cms.baseUrl}${url}`, { headers, redirect: 'manual' });
            const text = await response.text();
            if (response.status === 200) answered += 1;
            if (text.includes('Tin công khai của Phú Thọ cùng phong trào')) ownSeen += 1;
            for (const marker of markers)
              if (!decodeURIComponent(url).toUpperCase().includes(marker) && text.includes(marker))
                leaks.push(`${url} (${response.status}${'Authorization' in headers ? ', staff' : ''}) shows ${marker}`);
          }
    }
    expect(leaks).toEqual([]);
    // It cannot pass by asking nothing: answers came back, and Phú Thọ's own article was in them.
    expect(answered).toBeGreaterThan(200);
    expect(ownSeen).toBeGreaterThan(10);
    // A long walk: every declared type adds routes, each asked in every view and as two readers.
  }, 600_000);

  it("gives Phú Thọ's staff the internal articles of Phú Thọ and of Vĩnh Phúc, never Hà Nội's", async () => {
    const response = await fetch(`${cms.baseUrl}/api/articles?filters[audience][$eq]=staff&pagination[pageSize]=100`, {
      headers: { Authorization: `Bearer ${staffJwt}` },
    });
    expect(response.status).toBe(200);
    const titles = ((await response.json()) as { data: Array<{ title: string }> }).data.map((row) => row.title).sort();
    expect(titles).toEqual([MERGED_INTERNAL, OWN_INTERNAL].sort());
    const search = await fetch(`${cms.baseUrl}/api/search?q=noi%20bo`, {
      headers: { Authorization: `Bearer ${staffJwt}` },
    });
    const found = ((await search.json()) as { data: Array<{ title: string }> }).data.map((row) => row.title);
    expect(found).toEqual(expect.arrayContaining([OWN_INTERNAL, MERGED_INTERNAL]));
    expect(found.some((title) => title.startsWith('DAUHIEUHANOI'))).toBe(false);
  });

  it('answers an unknown agency with a 404 on the project’s endpoints and in views, and no data as a filter', async () => {
    for (const path of [
      '/api/search?q=thi&agency=khong-co',
      '/api/archive?agency=khong-co',
      '/api/feeds/rss?agency=khong-co',
      '/api/sitemaps?agency=khong-co',
      '/api/articles?agency=khong-co',
    ])
      expect((await fetch(`${cms.baseUrl}${path}`)).status, path).toBe(404);
    const filtered = await fetch(`${cms.baseUrl}/api/articles?filters[agency][$eq]=khong-co`);
    expect(filtered.status).toBe(200);
    expect(((await filtered.json()) as { data: unknown[] }).data).toEqual([]);
  });
});
