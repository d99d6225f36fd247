import type { Core, UID } from '@strapi/strapi';
import { documentPath, SITE_PATHS, type DocumentKind } from '@thads/content';
import { toVietnamIso } from '@thads/vietnamese';
import { siteUrl } from '../../../lib/site-url';
import { escapeXml } from '../../../lib/xml';
import { ARTICLE, articleConditions, isPublicOnly } from '../../../audience/guard';
import { currentScope } from '../../../lib/request-scope';

/** Well under the protocol's 50,000 URLs per file, so each file stays small enough to build and fetch quickly. */
const articlesPerSitemap = () => Number(process.env.SITEMAP_ARTICLES_PER_FILE) || 10_000;

type Entry = { path: string; lastmod?: string | null };
type SitemapContext = {
  params: { name?: string };
  body: unknown;
  type: string;
  notFound: (message: string) => unknown;
};

const LISTINGS: Record<string, { uid: UID.ContentType; kind: DocumentKind }> = {
  categories: { uid: 'api::category.category', kind: 'category' },
  'campaign-themes': { uid: 'api::campaign-theme.campaign-theme', kind: 'campaignTheme' },
  authors: { uid: 'api::author.author', kind: 'author' },
};

const newest = (dates: Array<string | null | undefined>) =>
  dates.reduce<string | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);

/** One `<url>` or `<sitemap>` element: the site's address of a path, and when it last changed. */
const element = (tag: 'url' | 'sitemap', origin: string, { path, lastmod }: Entry) =>
  `<${tag}><loc>${escapeXml(`${origin}${path}`)}</loc>${lastmod ? `<lastmod>${toVietnamIso(lastmod)}</lastmod>` : ''}</${tag}>`;

function urlset(entries: Entry[]): string {
  const origin = siteUrl();
  const urls = entries.map((entry) => element('url', origin, entry));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const published = (uid: UID.ContentType, params: Record<string, unknown> = {}) =>
    strapi
      .documents(uid)
      .findMany({ status: 'published', fields: ['slug', 'updatedAt'], ...params } as never) as unknown as Promise<
      Array<{ slug: string; updatedAt: string }>
    >;
  // Oldest first: a new article lands in the last file, so the others (and their lastmod) stay as crawlers saw them.
  const articleChunk = (chunk: number) =>
    published(ARTICLE, {
      sort: ['id:asc'],
      start: (chunk - 1) * articlesPerSitemap(),
      limit: articlesPerSitemap(),
    });
  /**
   * Each article file's newest change, computed by the database: the published articles the reader may see, numbered
   * oldest first into files of `articlesPerSitemap()`, and the newest change per file. Reading every article's date
   * into the application cost more than the query (100,000 rows converted one by one).
   */
  const articleFileLastmods = async () => {
    const knex = strapi.db.connection;
    const numbered = strapi.db
      .queryBuilder(ARTICLE)
      .select(['updatedAt'])
      .where({ publishedAt: { $notNull: true }, ...articleConditions(isPublicOnly(await currentScope(strapi))) })
      .getKnexQuery()
      .select(knex.raw('cast((row_number() over (order by id) - 1) / ? as integer) as file', [articlesPerSitemap()]));
    const files = (await knex
      .select(knex.raw('max(updated_at) as lastmod'))
      .from(numbered.as('numbered'))
      .groupBy('file')
      .orderBy('file')) as Array<{ lastmod: Date | string | number | null }>;
    return files.map(({ lastmod }) => (lastmod === null ? null : new Date(lastmod).toISOString()));
  };

  async function pages(): Promise<Entry[]> {
    const [latestArticle] = await published(ARTICLE, { sort: ['updatedAt:desc'], limit: 1 });
    const [latestTheme] = await published('api::campaign-theme.campaign-theme', { sort: ['updatedAt:desc'], limit: 1 });
    return [
      { path: '/', lastmod: latestArticle?.updatedAt },
      { path: SITE_PATHS.campaignThemes, lastmod: latestTheme?.updatedAt },
      { path: SITE_PATHS.siteMap },
    ];
  }

  return {
    /** The sitemap index: the site's pages, one file per kind of listing, and the articles in files of 10,000. */
    async index(ctx: SitemapContext) {
      const origin = siteUrl();
      const parts: Entry[] = [
        { path: '/sitemaps/pages.xml', lastmod: newest((await pages()).map((page) => page.lastmod)) },
      ];
      for (const [name, { uid }] of Object.entries(LISTINGS)) {
        const documents = await published(uid);
        if (documents.length > 0)
          parts.push({
            path: `/sitemaps/${name}.xml`,
            lastmod: newest(documents.map((document) => document.updatedAt)),
          });
      }
      for (const [index, lastmod] of (await articleFileLastmods()).entries())
        parts.push({ path: `/sitemaps/articles-${index + 1}.xml`, lastmod });
      const sitemaps = parts.map((part) => element('sitemap', origin, part));
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
    },

    /** One sitemap file: `pages`, `categories`, `campaign-themes`, `authors` or `articles-<n>`. */
    async part(ctx: SitemapContext) {
      const name = (ctx.params.name ?? '').replace(/\.xml$/, '');
      let entries: Entry[] | null = null;
      const listing = LISTINGS[name];
      const articles = /^articles-([1-9]\d{0,5})$/.exec(name);
      if (name === 'pages') entries = await pages();
      else if (listing) {
        entries = (await published(listing.uid, { sort: ['slug:asc'] })).map((document) => ({
          path: documentPath(listing.kind, document.slug),
          lastmod: document.updatedAt,
        }));
      } else if (articles) {
        const chunk = await articleChunk(Number(articles[1]));
        if (chunk.length > 0)
          entries = chunk.map((article) => ({
            path: documentPath('article', article.slug),
            lastmod: article.updatedAt,
          }));
      }
      if (!entries) {
        return ctx.notFound(`Không có sơ đồ "${name}" (no such sitemap; see /api/sitemaps for the list)`);
      }
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = urlset(entries);
    },
  };
};
