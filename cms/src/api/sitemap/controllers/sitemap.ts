import type { Core, UID } from '@strapi/strapi';
import {
  documentPath,
  ENGLISH_PATHS,
  LANGUAGE_LOCALES,
  pageLanguages,
  SITE_PATHS,
  type DocumentKind,
} from '@thads/content';
import { toVietnamIso } from '@thads/vietnamese';
import { agencies, agencySitePath, type Agency } from '../../../agencies/registry';
import { requestedAgency, UnknownAgency } from '../../../agencies/request-agency';
import { ARTICLE, articleConditions } from '../../../audience/guard';
import { InvalidParameter } from '../../../lib/query-params';
import { PUBLIC_SCOPE } from '../../../lib/request-scope';
import { siteUrl } from '../../../lib/site-url';
import { escapeXml } from '../../../lib/xml';

/** Well under the protocol's 50,000 URLs per file, so each file stays small enough to build and fetch quickly. */
const articlesPerSitemap = () => Number(process.env.SITEMAP_ARTICLES_PER_FILE) || 10_000;

/** A page's versions in other languages (`hreflang` → site path), named beside it as its head names them. */
type Alternate = { hreflang: string; path: string };
type Entry = { path: string; lastmod?: string | null; alternates?: Alternate[] };
type SitemapContext = {
  params: { name?: string };
  query: Record<string, unknown>;
  body: unknown;
  type: string;
  notFound: (message: string) => unknown;
  badRequest: (message: string) => unknown;
};

const CATEGORY = 'api::category.category';
/** The listings of an agency: the national categories (those it has articles in), its campaign themes and authors. */
const LISTINGS: Record<string, { uid: UID.ContentType; kind: DocumentKind }> = {
  categories: { uid: CATEGORY, kind: 'category' },
  'campaign-themes': { uid: 'api::campaign-theme.campaign-theme', kind: 'campaignTheme' },
  authors: { uid: 'api::author.author', kind: 'author' },
  // The agencies' records (issue 20): documents and notices (expired ones keep their pages). Never the register of
  // debtors: personal data is not for search engines.
  'legal-documents': { uid: 'api::legal-document.legal-document', kind: 'legalDocument' },
  notices: { uid: 'api::notice.notice', kind: 'notice' },
  // Citizens' questions answered in public (issue 21): never the form nor the tracking page, never who asked.
  questions: { uid: 'api::question.question', kind: 'question' },
};

const newest = (dates: Array<string | null | undefined>) =>
  dates.reduce<string | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);

/** One `<url>` or `<sitemap>` element: the site's address of a path, and when it last changed. */
const element = (tag: 'url' | 'sitemap', origin: string, { path, lastmod, alternates = [] }: Entry) =>
  `<${tag}><loc>${escapeXml(`${origin}${path}`)}</loc>${lastmod ? `<lastmod>${toVietnamIso(lastmod)}</lastmod>` : ''}${alternates
    .map(
      (alternate) =>
        `<xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${escapeXml(`${origin}${alternate.path}`)}"/>`,
    )
    .join('')}</${tag}>`;

function urlset(entries: Entry[]): string {
  const origin = siteUrl();
  const urls = entries.map((entry) => element('url', origin, entry));
  const xhtml = entries.some((entry) => entry.alternates?.length) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * The site's sitemaps, per agency: `/api/sitemaps?agency=<code>` is an agency's index (its pages, listings and
 * articles, at its own paths), `/api/sitemaps/<name>?agency=<code>` one of its files (without an agency: the home
 * agency's). `/api/sitemaps` without an agency is the whole installation's index: every agency's files. Only what
 * the public reads is listed: published documents, no staff articles (whoever asks: a sitemap is for crawlers).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const published = (uid: UID.ContentType, params: Record<string, unknown> = {}) =>
    strapi
      .documents(uid)
      .findMany({ status: 'published', fields: ['slug', 'updatedAt'], ...params } as never) as unknown as Promise<
      Array<{ slug: string; updatedAt: string }>
    >;
  const publicArticlesOf = (agency: string) => ({ agency, ...articleConditions(PUBLIC_SCOPE) });
  // Oldest first: a new article lands in the last file, so the others (and their lastmod) stay as crawlers saw them.
  const articleChunk = (agency: string, chunk: number) =>
    published(ARTICLE, {
      filters: publicArticlesOf(agency),
      sort: ['id:asc'],
      start: (chunk - 1) * articlesPerSitemap(),
      limit: articlesPerSitemap(),
    });
  /**
   * Each article file's newest change, per agency, computed by the database: the public articles numbered oldest
   * first into files of `articlesPerSitemap()` within each agency, and the newest change per file. Reading every
   * article's date into the application cost more than the query (100,000 rows converted one by one).
   */
  const articleFileLastmods = async (agency: string | null): Promise<Map<string, Array<string | null>>> => {
    const knex = strapi.db.connection;
    const numbered = strapi.db
      .queryBuilder(ARTICLE)
      .select(['updatedAt', 'agency'])
      .where({ publishedAt: { $notNull: true }, ...(agency ? { agency } : {}), ...articleConditions(PUBLIC_SCOPE) })
      .getKnexQuery()
      .select(
        knex.raw('cast((row_number() over (partition by agency order by id) - 1) / ? as integer) as file', [
          articlesPerSitemap(),
        ]),
      );
    const files = (await knex
      .select('agency', knex.raw('max(updated_at) as lastmod'))
      .from(numbered.as('numbered'))
      .groupBy('agency', 'file')
      .orderBy(['agency', 'file'])) as Array<{ agency: string; lastmod: Date | string | number | null }>;
    const byAgency = new Map<string, Array<string | null>>();
    for (const { agency: code, lastmod } of files)
      byAgency.set(code, [...(byAgency.get(code) ?? []), lastmod === null ? null : new Date(lastmod).toISOString()]);
    return byAgency;
  };

  type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
  const isoOf = (value: Date | string | number | null) => (value === null ? null : new Date(value).toISOString());
  /** `agency → newest updatedAt` of grouped rows. */
  const byAgency = (rows: Array<{ agency: string | null; lastmod: Date | string | number | null }>) =>
    new Map(rows.flatMap(({ agency, lastmod }) => (agency ? [[agency, isoOf(lastmod)] as const] : [])));
  /**
   * For an index, in one grouped query each (not one per agency: 64 agencies made the national index 3–4 s): per
   * agency, its newest public article and published theme (its pages' lastmod) and, for each listing it has, the
   * newest change among its documents (categories: those its public articles are in).
   */
  const indexLastmods = async (agency: string | null) => {
    const knex = strapi.db.connection;
    const only = agency ? { agency } : {};
    const newestOf = (query: ReturnType<typeof knex.select>) =>
      knex.select('agency', knex.raw('max(updated_at) as lastmod')).from(query.as('rows')).groupBy('agency');
    const publicArticles = (columns: string[]) =>
      strapi.db
        .queryBuilder(ARTICLE)
        .select(columns)
        .where({ publishedAt: { $notNull: true }, ...only, ...articleConditions(PUBLIC_SCOPE) })
        .getKnexQuery();
    const publishedOf = (uid: UID.ContentType) =>
      strapi.db
        .queryBuilder(uid)
        .select(['updatedAt', 'agency'])
        .where({ publishedAt: { $notNull: true }, ...only })
        .getKnexQuery();
    const link = (strapi.db.metadata.get(ARTICLE).attributes as Record<string, { joinTable?: JoinTable }>).category
      ?.joinTable;
    if (!link) throw new Error('The article → category relation has no join table');
    const categories = strapi.db.metadata.get(CATEGORY).tableName;
    const [articles, themes, authors, documents, notices, questions, categoriesOf] = (await Promise.all([
      newestOf(publicArticles(['updatedAt', 'agency'])),
      newestOf(publishedOf(LISTINGS['campaign-themes']!.uid)),
      newestOf(publishedOf(LISTINGS.authors!.uid)),
      newestOf(publishedOf(LISTINGS['legal-documents']!.uid)),
      newestOf(publishedOf(LISTINGS.notices!.uid)),
      newestOf(publishedOf(LISTINGS.questions!.uid)),
      knex
        .select('a.agency as agency', knex.raw('max(c.updated_at) as lastmod'))
        .from(`${categories} as c`)
        .join(`${link.name} as l`, `l.${link.inverseJoinColumn.name}`, 'c.id')
        .join(publicArticles(['id', 'agency']).as('a'), 'a.id', `l.${link.joinColumn.name}`)
        .whereNotNull('c.published_at')
        .groupBy('a.agency'),
    ])) as Array<Array<{ agency: string | null; lastmod: Date | string | number | null }>>;
    const themesOf = byAgency(themes!);
    const latestArticle = byAgency(articles!);
    const documentsOf = byAgency(documents!);
    const noticesOf = byAgency(notices!);
    const questionsOf = byAgency(questions!);
    return {
      pages: (code: string) =>
        newest([
          latestArticle.get(code),
          themesOf.get(code),
          documentsOf.get(code),
          noticesOf.get(code),
          questionsOf.get(code),
        ]),
      listings: {
        categories: byAgency(categoriesOf!),
        'campaign-themes': themesOf,
        authors: byAgency(authors!),
        'legal-documents': documentsOf,
        notices: noticesOf,
        questions: questionsOf,
      } as Record<string, Map<string, string | null>>,
    };
  };

  /** The documents of one listing of an agency: categories it has articles in, its own themes and authors. */
  async function listing(uid: UID.ContentType, agency: string) {
    const filters = uid === CATEGORY ? { articles: publicArticlesOf(agency) } : { agency };
    return published(uid, { filters, sort: ['slug:asc'] });
  }

  async function pages(agency: string): Promise<Entry[]> {
    const registry = agencies(strapi);
    const [latestArticle] = await published(ARTICLE, {
      filters: publicArticlesOf(agency),
      sort: ['updatedAt:desc'],
      limit: 1,
    });
    const [latestTheme] = await published('api::campaign-theme.campaign-theme', {
      filters: { agency },
      sort: ['updatedAt:desc'],
      limit: 1,
    });
    const [latestDocument] = await published(LISTINGS['legal-documents']!.uid, {
      filters: { agency },
      sort: ['updatedAt:desc'],
      limit: 1,
    });
    const [latestNotice] = await published(LISTINGS.notices!.uid, {
      filters: { agency },
      sort: ['updatedAt:desc'],
      limit: 1,
    });
    const at = (path: string) => agencySitePath(registry, agency, path);
    // An agency of today has its introduction, organisation, contacts, questions and English pages; a merged one's
    // are only its merger notice (its contacts are its successor's): they are not listed, as before.
    const current = registry.get(agency)?.kind !== 'merged';
    const [latestQuestion] = current
      ? await published(LISTINGS.questions!.uid, { filters: { agency }, sort: ['updatedAt:desc'], limit: 1 })
      : [];
    /** A page, with its versions in both languages when it has a counterpart (as its head's `hreflang` links). */
    const page = (path: string, lastmod?: string | null): Entry => {
      const pair = current ? pageLanguages(path) : null;
      return {
        path: at(path),
        lastmod,
        ...(pair && {
          alternates: [
            { hreflang: LANGUAGE_LOCALES.vi.hreflang, path: at(pair.vi) },
            { hreflang: LANGUAGE_LOCALES.en.hreflang, path: at(pair.en) },
            { hreflang: 'x-default', path: at(pair.vi) },
          ],
        }),
      };
    };
    return [
      page('/', latestArticle?.updatedAt),
      page(SITE_PATHS.campaignThemes, latestTheme?.updatedAt),
      // Every agency's lists show the central department's documents too: never empty.
      page(SITE_PATHS.legalDocuments, latestDocument?.updatedAt),
      page(SITE_PATHS.notices, latestNotice?.updatedAt),
      ...(current
        ? [
            page(SITE_PATHS.about),
            page(SITE_PATHS.organisation),
            page(SITE_PATHS.contact),
            page(SITE_PATHS.questions, latestQuestion?.updatedAt),
            page(ENGLISH_PATHS.home),
            page(ENGLISH_PATHS.about),
            page(ENGLISH_PATHS.contact),
          ]
        : []),
      page(SITE_PATHS.siteMap),
      ...(agency === registry.home.code ? [{ path: SITE_PATHS.agencies }] : []),
    ];
  }

  /** The files of one agency's sitemap, for an index. */
  function filesOf(
    agency: Agency,
    lastmods: Array<string | null>,
    changed: Awaited<ReturnType<typeof indexLastmods>>,
  ): Entry[] {
    const at = (path: string) => agencySitePath(agencies(strapi), agency.code, path);
    const parts: Entry[] = [{ path: at('/sitemaps/pages.xml'), lastmod: changed.pages(agency.code) }];
    for (const name of Object.keys(LISTINGS)) {
      const listed = changed.listings[name]!;
      if (listed.has(agency.code)) parts.push({ path: at(`/sitemaps/${name}.xml`), lastmod: listed.get(agency.code) });
    }
    for (const [index, lastmod] of lastmods.entries())
      parts.push({ path: at(`/sitemaps/articles-${index + 1}.xml`), lastmod });
    return parts;
  }

  const failed = (ctx: SitemapContext, error: unknown) => {
    if (error instanceof UnknownAgency) return ctx.notFound(error.message);
    if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
    throw error;
  };

  return {
    /** An agency's sitemap index, or the whole installation's (every agency that has published articles). */
    async index(ctx: SitemapContext) {
      let agency: Agency | null;
      try {
        agency = requestedAgency(strapi, ctx.query);
      } catch (error) {
        return failed(ctx, error);
      }
      const registry = agencies(strapi);
      const [lastmods, changed] = await Promise.all([
        articleFileLastmods(agency?.code ?? null),
        indexLastmods(agency?.code ?? null),
      ]);
      // Every agency of today has pages (its introduction, contacts…); a merged one, only if it has articles.
      const covered = agency
        ? [agency]
        : registry.list.filter(
            (each) => each.code === registry.home.code || each.kind !== 'merged' || lastmods.has(each.code),
          );
      const parts: Entry[] = [];
      for (const each of covered) parts.push(...filesOf(each, lastmods.get(each.code) ?? [], changed));
      const sitemaps = parts.map((part) => element('sitemap', siteUrl(), part));
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
    },

    /** One sitemap file of an agency: `pages`, a listing (`categories`, `questions`, …, see LISTINGS) or `articles-<n>`. */
    async part(ctx: SitemapContext) {
      let agency: Agency;
      try {
        agency = requestedAgency(strapi, ctx.query) ?? agencies(strapi).home;
      } catch (error) {
        return failed(ctx, error);
      }
      const at = (path: string) => agencySitePath(agencies(strapi), agency.code, path);
      const name = (ctx.params.name ?? '').replace(/\.xml$/, '');
      let entries: Entry[] | null = null;
      const kind = LISTINGS[name];
      const articles = /^articles-([1-9]\d{0,5})$/.exec(name);
      if (name === 'pages') entries = await pages(agency.code);
      else if (kind) {
        const documents = await listing(kind.uid, agency.code);
        entries = documents.map((document) => ({
          path: at(documentPath(kind.kind, document.slug)),
          lastmod: document.updatedAt,
        }));
      } else if (articles) {
        const chunk = await articleChunk(agency.code, Number(articles[1]));
        if (chunk.length > 0)
          entries = chunk.map((article) => ({
            path: at(documentPath('article', article.slug)),
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
