import { SLUG_PATTERN } from '@thads/vietnamese';
import { closed, date, integer, ref, schemas, single, string, type Schema } from './schemas';

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

function collection(tag: string, plural: string, item: string, summary: string, defaults: string) {
  return {
    [`/${plural}`]: {
      get: {
        tags: [tag],
        summary,
        description: `Published documents only. ${defaults}`,
        operationId: `list${item}`,
        parameters: restParameters,
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
        ],
        responses: ok('The document.', single(item)),
      },
    },
  };
}

const slugParameter = (name: string, what: string) =>
  parameter(name, `Only ${what} with this slug.`, { type: 'string', pattern: SLUG_PATTERN.source });

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cổng thông tin Cục THADS tỉnh Vĩnh Phúc – API nội dung công khai',
      version: '1.0.0',
      description:
        'Public, read-only content API of the Civil Judgment Enforcement department of Vĩnh Phúc: news articles, authors, emulation campaign themes, categories, search, the date archive, feeds and sitemaps. No credentials needed; dates are ISO 8601 UTC in JSON and +07:00 in feeds and sitemaps; text is Unicode NFC. Rate limit: 300 requests at once, then 20 per second per client (429 with Retry-After beyond). Every 200 carries an ETag: send If-None-Match to get a 304.',
      contact: { name: 'Cục Thi hành án dân sự tỉnh Vĩnh Phúc' },
    },
    servers: [{ url: `${serverUrl}/api`, description: 'This CMS' }],
    tags: [
      { name: 'Bài viết', description: 'News articles' },
      { name: 'Tác giả', description: 'Authors' },
      { name: 'Phong trào thi đua', description: 'Emulation campaign themes' },
      { name: 'Chuyên mục', description: 'Categories' },
      { name: 'Cổng thông tin', description: 'Site settings, search, archive, feeds and sitemaps' },
    ],
    paths: {
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
      '/site-setting': {
        get: {
          tags: ['Cổng thông tin'],
          summary: 'Name, address, contacts and related links of the portal.',
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
            slugParameter('category', 'articles of the category'),
            slugParameter('theme', 'articles of the campaign theme'),
            slugParameter('author', 'articles by the author'),
            parameter('from', 'From this Vietnam calendar day (yyyy-mm-dd).', date),
            parameter('to', 'Up to this Vietnam calendar day (yyyy-mm-dd).', date),
          ],
          responses: ok('Ranked results.', ref('SearchResponse')),
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
              summary: `${kind === 'rss' ? 'RSS 2.0' : 'Atom'} feed of the 20 newest articles, site-wide or for one category, campaign theme or author.`,
              operationId: `${kind}Feed`,
              parameters: [
                slugParameter('category', 'articles of the category'),
                slugParameter('theme', 'articles of the campaign theme'),
                slugParameter('author', 'articles by the author'),
                parameter('full', '`1` to include each article in full (HTML).', {
                  type: 'string',
                  enum: ['0', '1', 'true', 'false'],
                }),
              ],
              responses: ok('The feed.', string, kind === 'rss' ? 'application/rss+xml' : 'application/atom+xml'),
            },
          },
        ]),
      ),
      '/sitemaps': {
        get: {
          tags: ['Cổng thông tin'],
          summary: 'Sitemap index (also at /sitemap.xml on the site).',
          operationId: 'sitemapIndex',
          responses: ok('Sitemap index.', string, 'application/xml'),
        },
      },
      '/sitemaps/{name}': {
        get: {
          tags: ['Cổng thông tin'],
          summary:
            'One sitemap: `pages`, `categories`, `campaign-themes`, `authors` or `articles-<n>` (10,000 articles each, oldest first).',
          operationId: 'sitemap',
          parameters: [
            { name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+(\\.xml)?$' } },
          ],
          responses: ok('Sitemap.', string, 'application/xml'),
        },
      },
    },
    components: { schemas },
  };
}
