import { SLUG_PATTERN } from '@thads/vietnamese';
import { ENTITIES } from '@thads/content';
import { closed, date, integer, property, ref, schemas, single, string, type Schema } from './schemas';

/**
 * The OpenAPI 3.1 description of the public content API: what partners (other agency sites, aggregators, apps) may
 * call without credentials. The paths are written here beside the routes they describe, the schemas in `schemas.ts`;
 * a test validates it with an OpenAPI validator and checks real responses against its schemas.
 */
const list = (item: string): Schema =>
  closed(
    {
      data: { type: 'array', items: ref(item) },
      meta: closed({ pagination: { anyOf: [ref('Pagination'), ref('UncountedPagination')] } }, ['pagination']),
    },
    ['data', 'meta'],
  );
const parameter = (name: string, description: string, schema: Schema = string, extra: Schema = {}) => ({
  name,
  in: 'query',
  description,
  schema,
  ...extra,
});
const restParameters = [
  {
    name: 'filters',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description:
      'Strapi filters, e.g. `filters[slug][$eq]=…`, `filters[category][slug][$eq]=…`, `filters[date][$gte]=2021-01-01`. Operators: $eq, $ne, $in, $notIn, $lt, $lte, $gt, $gte, $contains, $containsi, $startsWith, $null, $notNull, $and, $or, $not. Unknown fields or operators → 400.',
    schema: { type: 'object', additionalProperties: true },
  },
  parameter('sort', 'Sort, e.g. `date:desc` or `sort[0]=date:desc&sort[1]=id:desc`. Unknown fields → 400.', {
    anyOf: [string, { type: 'array', items: string }],
  }),
  parameter('pagination[page]', 'Page number, from 1.', { ...integer, minimum: 1, default: 1 }),
  parameter('pagination[pageSize]', 'Items per page, 1–100 (larger values are clamped to 100).', {
    ...integer,
    minimum: 1,
    maximum: 100,
    default: 10,
  }),
  parameter(
    'pagination[withCount]',
    'Include the total and page count (default true); `false` saves counting every match.',
    { type: 'boolean', default: true },
  ),
  parameter(
    'fields',
    'Only these fields, e.g. `fields[0]=title&fields[1]=slug`.',
    { type: 'array', items: string },
    { style: 'deepObject', explode: true },
  ),
  {
    name: 'populate',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description:
      "Relations and components to include, e.g. `populate[authors][fields][0]=name`, or `*` for one level of everything. With `fields` or `populate` the answer is exactly stock Strapi's (`fields` alone: no relations; `populate` alone: every field); with neither, every field and the path's documented default relations.",
    schema: { anyOf: [string, { type: 'object', additionalProperties: true }] },
  },
];
const errors = {
  '400': {
    description: 'Invalid parameter (message says which).',
    content: { 'application/json': { schema: ref('Error') } },
  },
  '404': { description: 'No such published document.', content: { 'application/json': { schema: ref('Error') } } },
  '429': {
    description: 'Too many requests from this client; retry after `Retry-After` seconds.',
    headers: { 'Retry-After': { schema: integer } },
    content: { 'application/json': { schema: ref('Error') } },
  },
};
const cachingHeaders = {
  ETag: { description: 'Validator of this representation; send it back in `If-None-Match` for a 304.', schema: string },
  'Cache-Control': {
    description: '`public, no-cache` for anonymous requests (store, but revalidate with the ETag before each use).',
    schema: string,
  },
};
const ok = (description: string, schema: Schema, type = 'application/json') => ({
  '200': { description, headers: cachingHeaders, content: { [type]: { schema } } },
  '304': { description: 'Not modified (the `If-None-Match` tag is current).' },
  ...errors,
});

/** `locale=` on the translated collections (issue 21). */
const localeParameter = parameter(
  'locale',
  'The language of the versions answered: `vi` (the default) or `en`. A document not yet translated has no `en` version.',
  { type: 'string', enum: ['vi', 'en'], default: 'vi' },
);

function collection(
  tag: string,
  plural: string,
  item: string,
  summary: string,
  defaults: string,
  /** Parameters of the list only (`list`), or of the list and each document (`all`, as `locale=`). */
  extra: { list?: Schema[]; all?: Schema[] } = {},
) {
  return {
    [`/${plural}`]: {
      get: {
        tags: [tag],
        summary,
        description: `Published documents only. ${defaults}`,
        operationId: `list${item}`,
        parameters: [...restParameters, agencyView, ...(extra.list ?? []), ...(extra.all ?? [])],
        responses: ok('A page of documents.', list(item)),
      },
    },
    [`/${plural}/{documentId}`]: {
      get: {
        tags: [tag],
        summary: `One ${item.toLowerCase()} by documentId (to fetch by URL name use \`filters[slug][$eq]\`).`,
        operationId: `get${item}`,
        parameters: [
          { name: 'documentId', in: 'path', required: true, schema: string },
          ...restParameters.filter((p) => ['fields', 'populate'].includes(p.name)),
          ...(extra.all ?? []),
        ],
        responses: ok('The document.', single(item)),
      },
    },
  };
}

const slugParameter = (name: string, what: string) =>
  parameter(name, `Only ${what} with this slug.`, { type: 'string', pattern: SLUG_PATTERN.source });

const AGENCY_PATTERN = { type: 'string', pattern: '^[a-z][a-z0-9-]{1,39}$' } as const;
/** `agency=` on the collections: an agency's view of them. */
const agencyView = parameter(
  'agency',
  "An agency's view (its code, see `/agencies`): only documents of that agency and of the agencies merged into it, and relations only to documents of those and of the central department. Unknown code → 404. Without it, the whole installation. (`filters[agency][$eq]=…` filters the documents alone, as any Strapi filter: an unknown code gives no data.)",
  AGENCY_PATTERN,
);
/** `agency=` on the project's own endpoints. */
const agencyParameter = (what: string) =>
  parameter('agency', `${what} Without it, the whole installation. Unknown code → 404.`, AGENCY_PATTERN);

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cổng thông tin Thi hành án dân sự – API nội dung công khai',
      version: '2.0.0',
      description:
        "Public, read-only content API of Viet Nam's civil judgment enforcement agencies (the central department, the provincial and city agencies, and the archives of those merged into them), from one installation: agencies, news articles, authors, emulation campaign themes, units, categories, search, the date archive, feeds and sitemaps. Without an agency, every endpoint answers for the whole installation; name one with `agency=<code>` (see `/agencies`) or filter with `filters[agency][$eq]=<code>`. No credentials needed; dates are ISO 8601 UTC in JSON and +07:00 in feeds and sitemaps; text is Unicode NFC. Rate limit: 300 requests at once, then 20 per second per client (429 with Retry-After beyond). Every 200 carries an ETag: send If-None-Match to get a 304.",
      contact: { name: 'Cục Quản lý Thi hành án dân sự – Bộ Tư pháp' },
    },
    servers: [{ url: `${serverUrl}/api`, description: 'This CMS' }],
    tags: [
      { name: 'Cơ quan', description: 'Agencies and their units' },
      { name: 'Bài viết', description: 'News articles' },
      { name: 'Tác giả', description: 'Authors' },
      { name: 'Phong trào thi đua', description: 'Emulation campaign themes' },
      { name: 'Chuyên mục', description: 'Categories' },
      { name: 'Cổng thông tin', description: 'Site settings, search, archive, feeds and sitemaps' },
      { name: 'Hỏi đáp', description: "Citizens' questions and the agencies' answers" },
      { name: 'Văn bản', description: 'Legal documents the agencies issue or apply' },
      { name: 'Thông báo', description: 'Notices: auctions of assets, selection of organisations, enforcement' },
      {
        name: 'Danh sách chưa có điều kiện thi hành',
        description: 'The register of judgment debtors without conditions to pay (personal data, Điều 44a)',
      },
    ],
    paths: {
      '/agencies': {
        get: {
          tags: ['Cơ quan'],
          summary: 'Every agency of the installation, in their order; `meta.home` is the one served at the site root.',
          description:
            'Each agency: its code (the first word of its pages, `/<code>/…`; none for the home agency), kind (`central`, `province`, `city`, or `merged` with the `successor` that absorbed it and `mergedOn`), current `name` and dated `names`, and its header and footer texts. Alias codes redirect to the code. Without `fields` and `populate`: every field with names, aliases, related links and the successor (code, name). Use `pagination[pageSize]=100` for all of them.',
          operationId: 'listAgency',
          parameters: restParameters,
          responses: ok(
            'A page of agencies.',
            closed(
              {
                data: { type: 'array', items: ref('Agency') },
                meta: closed({ pagination: ref('Pagination'), home: AGENCY_PATTERN }, ['pagination', 'home']),
              },
              ['data', 'meta'],
            ),
          ),
        },
      },
      '/agencies/{documentId}': {
        get: {
          tags: ['Cơ quan'],
          summary: 'One agency by documentId (by code: `filters[code][$eq]=phutho`).',
          operationId: 'getAgency',
          parameters: [
            { name: 'documentId', in: 'path', required: true, schema: string },
            ...restParameters.filter((p) => ['fields', 'populate'].includes(p.name)),
          ],
          responses: ok('The agency.', single('Agency')),
        },
      },
      ...collection(
        'Cơ quan',
        'units',
        'Unit',
        "Agencies' head offices and regional offices: the area and communes or wards each serves, contacts, hours, head of unit and a link to OpenStreetMap; in Vietnamese (default) or English (`locale=en`).",
        'Without `fields` and `populate`: every field.',
        { all: [localeParameter] },
      ),
      ...collection(
        'Cơ quan',
        'agency-profiles',
        'AgencyProfile',
        "Agencies' introductions (one per agency: `agency=<code>`), in Vietnamese (default) or English (`locale=en`).",
        'Without `fields` and `populate`: every field.',
        { all: [localeParameter] },
      ),
      ...collection(
        'Cơ quan',
        'leaders',
        'Leader',
        "Agencies' leadership, in Vietnamese (default) or English (`locale=en`); `sort=order` gives the agency's order.",
        'Without `fields` and `populate`: every field with photo.',
        { all: [localeParameter] },
      ),
      ...collection(
        'Hỏi đáp',
        'questions',
        'Question',
        "Citizens' questions answered and published by the agencies, newest first with `sort=answeredAt:desc`; by topic with `filters[topic][$eq]=…`. Never the citizen's name or contacts.",
        'Without `fields` and `populate`: every field.',
      ),
      '/question-status': {
        get: {
          tags: ['Hỏi đáp'],
          summary: 'Where a question stands, by the tracking code its sender was given (`HD-XXXXX-XXXXX`).',
          description: 'Never cached. An unknown code → 404; a code of the wrong form → 400.',
          operationId: 'questionStatus',
          parameters: [parameter('code', 'The tracking code.', { type: 'string', maxLength: 40 }, { required: true })],
          responses: {
            '200': {
              description: 'The question’s status.',
              content: {
                'application/json': {
                  schema: closed({ data: ref('QuestionTracking'), meta: closed({}) }, ['data']),
                },
              },
            },
            ...errors,
          },
        },
      },
      '/questions/privacy-notice': {
        get: {
          tags: ['Hỏi đáp'],
          summary:
            'The notice shown beside the form’s consent box: what is kept, why, for how long (this installation’s months), how to have it erased.',
          operationId: 'questionPrivacyNotice',
          responses: {
            '200': {
              description: 'The notice, its version (stored with each consent) and the months contacts are kept.',
              content: {
                'application/json': {
                  schema: closed(
                    {
                      data: closed({ version: string, months: { type: 'integer', minimum: 0 }, text: string }, [
                        'version',
                        'months',
                        'text',
                      ]),
                      meta: closed({}),
                    },
                    ['data'],
                  ),
                },
              },
            },
            ...errors,
          },
        },
      },
      '/questions/ask': {
        post: {
          tags: ['Hỏi đáp'],
          summary:
            "A citizen's question to an agency (the site's form, with or without JavaScript): stored unpublished; an Editor answers it. Limited per client (429 beyond: 5 at once, then 10 an hour by default).",
          description:
            'Fields: `agency` (code of an agency that is not merged), `name` (optional, ≤ 100), `email` and/or `phone` (at least one), `topic`, `title` (5–200 characters), `question` (20–5000), `consent` (`true`/`on`: the sender agrees to the processing of the contact details given). Text is kept as plain text, never HTML. A field that is wrong → 400 with `error.details.errors[].path` naming it.',
          operationId: 'askQuestion',
          requestBody: {
            required: true,
            content: Object.fromEntries(
              ['application/json', 'application/x-www-form-urlencoded'].map((type) => [
                type,
                { schema: { type: 'object', additionalProperties: { type: 'string' } } },
              ]),
            ),
          },
          responses: {
            '201': {
              description: 'Received: the tracking code to follow it with `/question-status`.',
              content: {
                'application/json': {
                  schema: closed(
                    {
                      data: closed({ trackingCode: string, status: { type: 'string', enum: ['received'] } }, [
                        'trackingCode',
                        'status',
                      ]),
                      meta: closed({}),
                    },
                    ['data'],
                  ),
                },
              },
            },
            ...errors,
          },
        },
      },
      ...collection(
        'Bài viết',
        'articles',
        'Article',
        'News articles, newest first when sorted by `date:desc`.',
        'Without `fields` and `populate`, lists and single articles alike: every field (body included) with cover, category (name, slug, order), authors (name, slug, position, unit), campaignThemes (name, slug, slogan, startDate, endDate, issuingBody) and attachments.',
      ),
      ...collection(
        'Tác giả',
        'authors',
        'Author',
        'Authors of published articles.',
        'Without `fields` and `populate`: every field with photo.',
      ),
      ...collection(
        'Phong trào thi đua',
        'campaign-themes',
        'CampaignTheme',
        'Emulation campaigns ("phong trào thi đua"): slogan, issuing body, period, targets and anniversaries.',
        'Without `fields` and `populate`, lists and single themes alike: every field with cover, targets and milestones; send `populate[articles][fields][0]=title` etc. (and the others you want) for its articles.',
      ),
      ...collection(
        'Chuyên mục',
        'categories',
        'Category',
        'Sections of the portal.',
        'Without `fields` and `populate`: every field, no relations.',
      ),
      // ---- The agencies' records (issue 20) ----
      ...collection(
        'Văn bản',
        'legal-documents',
        'LegalDocument',
        "Legal documents, newest first when sorted by `issuedOn:desc`. An agency's view (`agency=`) holds its own and its merged agencies' documents; the central department's (laws, decrees, circulars every agency applies) are `filters[agency][$eq]=trunguong`. Filter by `kind`, `issuingBody`, `field`, `validity` and `issuedOn` like any field; find one by number with `/search?type=legal-document`.",
        'Without `fields` and `populate`: every field with attachments, the related documents in both directions (replaces, replacedBy, amends, amendedBy, guides, guidedBy: number, slug, agency, kind, issuedOn, validity, summary) and relatedArticles (title, slug, agency, date, lead).',
      ),
      ...collection(
        'Thông báo',
        'notices',
        'Notice',
        'Notices, newest first when sorted by `date:desc`. A notice is open until `validUntil` (by default the auction day, or the registration deadline of a selection), then expired by itself: `state=open` or `state=expired` lists one of them, and each notice answered says `expired`.',
        'Without `fields` and `populate`: every field with the issuing unit (name, kind) and attachments.',
        {
          list: [
            parameter('state', '`open`: notices not yet expired; `expired`: those whose `validUntil` has passed.', {
              type: 'string',
              enum: ['open', 'expired'],
            }),
          ],
        },
      ),
      '/debtor-entries': {
        get: {
          tags: ['Danh sách chưa có điều kiện thi hành'],
          summary:
            'The register of judgment debtors without conditions to pay, in name order: searched by name without diacritics from its beginning (`nguyen van a` finds "Nguyễn Văn A" and "Nguyễn Văn An") or by decision number (a query starting with a digit), filtered by agency, unit and year. Only these parameters; only the public fields; `X-Robots-Tag: noindex`. Never in `/search`, feeds or sitemaps.',
          operationId: 'listDebtorEntry',
          parameters: [
            parameter('q', 'A name (diacritics optional) or a decision number such as `16/QĐ-THADS`.', {
              type: 'string',
              maxLength: 200,
            }),
            agencyParameter('Only entries of this agency and of the agencies merged into it.'),
            parameter('filters[agency][$eq]', 'Only entries of this agency itself.', AGENCY_PATTERN),
            parameter('unit', 'Only entries handled by this unit (its documentId, see `/units`).', string),
            parameter('year', 'Only entries whose no-conditions decision (`noConditionsOn`) is of this year.', {
              ...integer,
              minimum: 1990,
              maximum: 2100,
            }),
            parameter('page', 'Page number, from 1.', { ...integer, minimum: 1, default: 1 }),
            parameter('pageSize', 'Entries per page, 1–100.', { ...integer, minimum: 1, maximum: 100, default: 20 }),
          ],
          responses: ok('A page of the register.', ref('RegisterResponse')),
        },
      },
      '/debtor-entries/{documentId}': {
        get: {
          tags: ['Danh sách chưa có điều kiện thi hành'],
          summary:
            'One entry of the register, its public fields only (`fields` may narrow them; nothing widens them). An entry taken off answers 404.',
          operationId: 'getDebtorEntry',
          parameters: [
            { name: 'documentId', in: 'path', required: true, schema: string },
            ...restParameters.filter((p) => p.name === 'fields'),
          ],
          responses: ok('The entry.', single('DebtorEntry')),
        },
      },
      '/site-setting': {
        get: {
          tags: ['Cổng thông tin'],
          summary:
            "The home agency's name, address, contacts and related links (as the portal's single settings were answered before agencies; every agency's are in `/agencies`).",
          operationId: 'getSiteSettings',
          responses: ok('The settings.', single('SiteSettings')),
        },
      },
      '/search': {
        get: {
          tags: ['Cổng thông tin'],
          summary: 'Diacritic-insensitive full-text search of published articles ("thi dua" finds "thi đua"; đ = d).',
          description:
            'Title matches first, then the newest. `"quoted phrases"` match as phrases. Snippets are segments of the original text; `match: true` marks the words searched for.',
          operationId: 'search',
          parameters: [
            parameter('q', 'Words to find (up to 500 characters; empty gives no results).', {
              type: 'string',
              maxLength: 500,
            }),
            parameter('page', 'Page number, 1–1000.', { ...integer, minimum: 1, maximum: 1000, default: 1 }),
            parameter('pageSize', 'Results per page, 1–50.', { ...integer, minimum: 1, maximum: 50, default: 10 }),
            agencyParameter(
              'Only articles of this agency and of the agencies merged into it (each hit names its `agency`); `theme` and `author` are then looked for among what its articles may be related to.',
            ),
            slugParameter('category', 'articles of the category'),
            slugParameter('theme', 'articles of the campaign theme'),
            slugParameter('author', 'articles by the author'),
            parameter('from', 'From this Vietnam calendar day (yyyy-mm-dd).', date),
            parameter('to', 'Up to this Vietnam calendar day (yyyy-mm-dd).', date),
            parameter(
              'type',
              "Search the agencies' records instead of articles: `legal-document` (by number however it is typed — `42/2022/NĐ-CP`, `42 2022 nd cp`, `nđ-cp 42/2022`, `42-2022` — number matches first and the exact number first of all, then the words of the summary; an agency's search includes the central department's documents) or `notice`. Without it: articles, as before.",
              { type: 'string', enum: ['legal-document', 'notice'] },
            ),
            parameter('kind', 'With `type`: only this kind of document or notice (see the schemas).', string),
            parameter('year', 'With `type`: only documents issued (notices dated) in this year.', integer),
            parameter('validity', 'With `type=legal-document`: only documents of this validity.', string),
            parameter(
              'issuingBody',
              'With `type=legal-document`: only this issuing body (diacritics optional).',
              string,
            ),
            parameter('field', 'With `type=legal-document`: only this field (diacritics optional).', string),
            parameter('assetKind', 'With `type=notice`: only notices of this kind of asset.', string),
            parameter('state', 'With `type=notice`: `open` or `expired` notices only.', {
              type: 'string',
              enum: ['open', 'expired'],
            }),
          ],
          responses: ok('Ranked results.', { anyOf: [ref('SearchResponse'), ref('RecordSearchResponse')] }),
        },
      },
      '/search/questions': {
        get: {
          tags: ['Hỏi đáp'],
          summary:
            "Diacritic-insensitive search of citizens' published questions and their answers: their own kind of result beside the articles of `/search`.",
          description: 'Title matches first, then the newest answers. Never the senders’ names or contacts.',
          operationId: 'searchQuestions',
          parameters: [
            parameter('q', 'Words to find (up to 500 characters).', { type: 'string', maxLength: 500 }),
            parameter('page', 'Page number, 1–1000.', { ...integer, minimum: 1, maximum: 1000, default: 1 }),
            parameter('pageSize', 'Results per page, 1–50.', { ...integer, minimum: 1, maximum: 50, default: 10 }),
            agencyParameter('Only questions to this agency and to the agencies merged into it.'),
            parameter('topic', 'Only questions of this topic.', property(ENTITIES.question.attributes.topic)),
          ],
          responses: ok('Ranked results.', ref('QuestionSearchResponse')),
        },
      },
      '/archive': {
        get: {
          tags: ['Cổng thông tin'],
          summary:
            'The Vietnam calendar days of one month that have published news, with counts ("Các tin đã đưa ngày").',
          operationId: 'archiveMonth',
          parameters: [
            parameter('year', 'Year (default: this year).', { ...integer, minimum: 1900, maximum: 2100 }),
            parameter('month', 'Month, 1–12 (default: this month).', { ...integer, minimum: 1, maximum: 12 }),
            agencyParameter("Only this agency's articles."),
          ],
          responses: ok('Days with news.', closed({ data: ref('ArchiveMonth'), meta: closed({}) }, ['data'])),
        },
      },
      ...Object.fromEntries(
        (['rss', 'atom'] as const).map((kind) => [
          `/feeds/${kind}`,
          {
            get: {
              tags: ['Cổng thông tin'],
              summary: `${kind === 'rss' ? 'RSS 2.0' : 'Atom'} feed of the 20 newest articles, of the installation or of one agency, and for one category, campaign theme or author; each item links to the article under its own agency's path (Atom ids: \`urn:thads-<agency>:article:<documentId>\`). An author or theme named without an agency that the home agency has not: 301 to the feed of the agency that has it.`,
              operationId: `${kind}Feed`,
              parameters: [
                agencyParameter("Only this agency's articles, with the agency's name in the feed's title."),
                slugParameter('category', 'articles of the category'),
                slugParameter('theme', 'articles of the campaign theme'),
                slugParameter('author', 'articles by the author'),
                parameter('full', '`1` to include each article in full (HTML).', {
                  type: 'string',
                  enum: ['0', '1', 'true', 'false'],
                }),
                parameter(
                  'type',
                  "`notice`: the open notices instead (of the agency, or every agency's), newest first; a notice leaves the feed when it expires. Takes `agency` only (Atom ids: `urn:thads-<agency>:notice:<documentId>`).",
                  { type: 'string', enum: ['article', 'notice'] },
                ),
              ],
              responses: ok('The feed.', string, kind === 'rss' ? 'application/rss+xml' : 'application/atom+xml'),
            },
          },
        ]),
      ),
      '/sitemaps': {
        get: {
          tags: ['Cổng thông tin'],
          summary:
            "Sitemap index: one agency's (its files, at its own paths: also at /<code>/sitemap.xml on the site) or, without an agency, every agency's (also at /sitemap.xml).",
          operationId: 'sitemapIndex',
          parameters: [agencyParameter("Only this agency's sitemap files.")],
          responses: ok('Sitemap index.', string, 'application/xml'),
        },
      },
      '/sitemaps/{name}': {
        get: {
          tags: ['Cổng thông tin'],
          summary:
            'One sitemap: `pages`, `categories`, `campaign-themes`, `authors`, `legal-documents`, `notices`, `questions` (the published citizens’ questions) or `articles-<n>` (10,000 articles each, oldest first). `pages` gives the pages that exist in both languages with `xhtml:link` hreflang alternates. Never the register of debtors, nor who asked a question.',
          operationId: 'sitemap',
          parameters: [
            { name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+(\\.xml)?$' } },
            parameter(
              'agency',
              "The agency whose file it is (default: the home agency's). Unknown code → 404.",
              AGENCY_PATTERN,
            ),
          ],
          responses: ok('Sitemap.', string, 'application/xml'),
        },
      },
      '/redirects': {
        get: {
          tags: ['Cổng thông tin'],
          summary:
            'Where a page published before now lives: a root address of the portal from before agencies that the home agency does not serve (`/tin-tuc/<slug>` → `/<agency>/tin-tuc/<slug>`), or an address of the former national portal (`…/view_detail.aspx?itemid=…`, any letter case). The site answers such addresses with this 301.',
          operationId: 'redirect',
          parameters: [
            parameter('path', 'A path of the site, with its query (e.g. `/tin-tuc/gioi-thieu`).', {
              type: 'string',
              maxLength: 500,
            }),
          ],
          responses: ok(
            'Where it is now.',
            closed(
              {
                data: closed({ location: string, status: { type: 'integer', enum: [301] } }, ['location', 'status']),
                meta: closed({}),
              },
              ['data', 'meta'],
            ),
          ),
        },
      },
    },
    components: { schemas },
  };
}
