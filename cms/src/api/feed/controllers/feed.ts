import type { Core, UID } from '@strapi/strapi';
import { formatRfc822Vietnam, toVietnamIso } from '@thads/vietnamese';
import { documentPath, SITE_PATHS, type Article, type Author, type Category } from '@thads/content';
import { agencies, agencySitePath, type Agency } from '../../../agencies/registry';
import { NOTICE, noticeState } from '../../../audience/guard';
import { now } from '../../../scheduling/clock';
import { requestedAgency, UnknownAgency } from '../../../agencies/request-agency';
import { blocksToHtml } from '../../../lib/blocks-html';
import { InvalidParameter, slugParam, stringParam } from '../../../lib/query-params';
import { siteUrl } from '../../../lib/site-url';
import { escapeXml } from '../../../lib/xml';

const ITEMS = 20;

/** The article fields a feed asks for (below): the shared public shape, narrowed. */
type FeedArticle = Pick<Article, 'documentId' | 'title' | 'slug' | 'agency' | 'lead' | 'date' | 'updatedAt'> &
  Partial<Pick<Article, 'body'>> & {
    authors?: Array<Pick<Author, 'name'>>;
    category?: Pick<Category, 'name'> | null;
  };

type Feed = {
  title: string;
  description: string;
  link: string;
  self: string;
  updated: string;
  articles: FeedArticle[];
  full: boolean;
  /** What the items are: articles, or notices (`type=notice`). */
  kind: 'article' | 'notice';
  /** Where each article's page is: under its own agency's path. */
  articleUrl: (article: FeedArticle) => string;
};

type FeedContext = {
  query: Record<string, unknown>;
  querystring: string;
  path: string;
  body: unknown;
  type: string;
  status: number;
  set: (name: string, value: string) => void;
  redirect: (url: string) => void;
  badRequest: (message: string) => unknown;
  notFound: (message: string) => unknown;
};

/** Which articles a feed lists: all news, or one category's, campaign theme's or author's. */
const SCOPES = [
  { param: 'category', uid: 'api::category.category', relation: 'category', label: 'Chuyên mục', kind: 'category' },
  {
    param: 'theme',
    uid: 'api::campaign-theme.campaign-theme',
    relation: 'campaignThemes',
    label: 'Phong trào thi đua',
    kind: 'campaignTheme',
  },
  { param: 'author', uid: 'api::author.author', relation: 'authors', label: 'Tác giả', kind: 'author' },
] as const;

/**
 * The document a feed's `category`, `theme` or `author` names. Categories are one national list; an author or theme
 * slug is unique within an agency: looked for among what the agency's articles may be related to (its own, its
 * merged agencies', the central department's), or without an agency in the home agency first, then anywhere.
 */
async function scopeDocument(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  slug: string,
  agency: Agency | null,
): Promise<{ name: string; agency?: string | null } | Array<{ agency: string }> | null> {
  const registry = agencies(strapi);
  const within = agency ? registry.relationScope(agency.code) : null;
  const found = (await strapi.documents(uid).findMany({
    filters: { slug, ...(within && uid !== 'api::category.category' ? { agency: { $in: within } } : {}) },
    status: 'published',
  } as never)) as unknown as Array<{ name: string; agency?: string | null }>;
  if (found.length <= 1 || uid === 'api::category.category') return found[0] ?? null;
  const preferred = agency?.code ?? registry.home.code;
  return (
    found.find((document) => document.agency === preferred) ??
    (agency ? found[0]! : (found as Array<{ agency: string }>))
  );
}

const NOTICE_KINDS: Record<string, string> = {
  'asset-auction': 'Thông báo đấu giá tài sản',
  'organisation-selection': 'Thông báo lựa chọn tổ chức đấu giá, thẩm định giá',
  enforcement: 'Thông báo thi hành án',
};

/**
 * The open notices of an agency (or of every agency), newest first: a notice leaves the feed when it expires (the
 * cached feed is renewed then, as every answer that showed it: `records/notice-expiry`).
 */
async function loadNoticeFeed(strapi: Core.Strapi, ctx: FeedContext, kind: 'rss' | 'atom'): Promise<Feed> {
  const origin = siteUrl();
  const registry = agencies(strapi);
  const agency = requestedAgency(strapi, ctx.query);
  const site = agency ?? registry.home;
  const notices = (await strapi.documents(NOTICE).findMany({
    status: 'published',
    filters: { ...(agency ? { agency: agency.code } : {}), ...noticeState('open', now()) },
    sort: ['date:desc', 'id:desc'],
    limit: ITEMS,
    fields: ['title', 'slug', 'agency', 'kind', 'date', 'assetDescription', 'updatedAt'],
  } as never)) as unknown as Array<{
    documentId: string;
    title: string;
    slug: string;
    agency: string;
    kind: string;
    date: string;
    assetDescription: string | null;
    updatedAt: string;
  }>;
  const day = (date: string) => `${date}T00:00:00+07:00`;
  return {
    title: agency ? `${site.name} – Thông báo` : `${site.name} – Thông báo của các cơ quan thi hành án dân sự`,
    description: site.description ?? site.name,
    link: `${origin}${agencySitePath(registry, site.code, SITE_PATHS.notices)}`,
    self: `${origin}/api/feeds/${kind}?type=notice${agency ? `&agency=${agency.code}` : ''}`,
    updated: notices[0] ? day(notices[0].date) : new Date(0).toISOString(),
    articles: notices.map((notice) => ({
      documentId: notice.documentId,
      title: notice.title,
      slug: notice.slug,
      agency: notice.agency,
      lead: notice.assetDescription ?? NOTICE_KINDS[notice.kind] ?? null,
      date: day(notice.date),
      updatedAt: notice.updatedAt,
      category: { name: NOTICE_KINDS[notice.kind] ?? notice.kind },
    })),
    full: false,
    kind: 'notice',
    articleUrl: (notice) => `${origin}${agencySitePath(registry, notice.agency, documentPath('notice', notice.slug))}`,
  };
}

async function loadFeed(strapi: Core.Strapi, ctx: FeedContext, kind: 'rss' | 'atom'): Promise<Feed | null> {
  const type = stringParam(ctx.query, 'type');
  if (type === 'notice') {
    if (SCOPES.some((scope) => ctx.query[scope.param] !== undefined) || ctx.query.full !== undefined)
      throw new InvalidParameter('Feed thông báo chỉ nhận tham số agency (type=notice takes agency= only)');
    return loadNoticeFeed(strapi, ctx, kind);
  }
  if (type !== undefined && type !== 'article')
    throw new InvalidParameter('Tham số "type" chỉ nhận "article" (tin bài) hoặc "notice" (thông báo)');
  const origin = siteUrl();
  const registry = agencies(strapi);
  const agency = requestedAgency(strapi, ctx.query);
  const site = agency ?? registry.home;
  const full = ['1', 'true'].includes(stringParam(ctx.query, 'full') ?? '');
  let title = agency ? `${site.name} – Tin tức` : `${site.name} – Tin tức của các cơ quan thi hành án dân sự`;
  let link = `${origin}${agencySitePath(registry, site.code, '/')}`;
  const filters: Record<string, unknown> = agency ? { agency: agency.code } : {};
  const selfParams: string[] = agency ? [`agency=${agency.code}`] : [];
  for (const scope of SCOPES) {
    const slug = slugParam(ctx.query, scope.param);
    if (!slug) continue;
    const entity = await scopeDocument(strapi, scope.uid, slug, agency);
    if (Array.isArray(entity)) {
      // A feed of an author or theme named without an agency, which several agencies have one of: the home agency's
      // does not exist, so the reader is sent to the one published first (an old feed address of the portal).
      const target = entity.find((document) => document.agency === registry.existingContent) ?? entity[0]!;
      ctx.status = 301;
      ctx.redirect(`${ctx.path}?${ctx.querystring ? `${ctx.querystring}&` : ''}agency=${target.agency}`);
      return null;
    }
    if (!entity) {
      ctx.notFound(`Không có ${scope.label.toLowerCase()} "${slug}" (no such ${scope.param})`);
      return null;
    }
    if (!agency && entity.agency && entity.agency !== registry.home.code) {
      // An address from before agencies: the feed now lives under its agency.
      ctx.status = 301;
      ctx.redirect(`${ctx.path}?${ctx.querystring ? `${ctx.querystring}&` : ''}agency=${entity.agency}`);
      return null;
    }
    filters[scope.relation] = { slug: { $eq: slug }, ...(entity.agency ? { agency: { $eq: entity.agency } } : {}) };
    title = `${site.name} – ${scope.label}: ${entity.name}`;
    link = `${origin}${agencySitePath(registry, site.code, documentPath(scope.kind, slug))}`;
    selfParams.push(`${scope.param}=${slug}`);
  }
  if (full) selfParams.push('full=1');
  const articles = (await strapi.documents('api::article.article').findMany({
    status: 'published',
    filters,
    sort: ['date:desc', 'id:desc'],
    limit: ITEMS,
    fields: ['title', 'slug', 'agency', 'lead', 'date', 'updatedAt', ...(full ? (['body'] as const) : [])],
    populate: { authors: { fields: ['name'] }, category: { fields: ['name'] } },
  })) as unknown as FeedArticle[];
  return {
    title,
    description: site.description ?? site.name,
    link,
    self: `${origin}/api/feeds/${kind}${selfParams.length ? `?${selfParams.join('&')}` : ''}`,
    updated: articles[0]?.date ?? new Date(0).toISOString(),
    articles,
    full,
    kind: 'article',
    articleUrl: (article) =>
      `${origin}${agencySitePath(registry, article.agency, documentPath('article', article.slug))}`,
  };
}

function renderRss(feed: Feed): string {
  const origin = siteUrl();
  const items = feed.articles.map((article) => {
    const url = feed.articleUrl(article);
    const authors = (article.authors ?? [])
      .map((author) => `\n      <dc:creator>${escapeXml(author.name)}</dc:creator>`)
      .join('');
    const content = feed.full
      ? `\n      <content:encoded>${escapeXml(blocksToHtml(article.body, origin))}</content:encoded>`
      : '';
    return `    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <pubDate>${formatRfc822Vietnam(article.date)}</pubDate>${authors}${article.category ? `\n      <category>${escapeXml(article.category.name)}</category>` : ''}
      <description>${escapeXml(article.lead ?? '')}</description>${content}
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>vi</language>
    <lastBuildDate>${formatRfc822Vietnam(feed.updated)}</lastBuildDate>
    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}

function renderAtom(feed: Feed): string {
  const origin = siteUrl();
  const entries = feed.articles.map((article) => {
    const url = feed.articleUrl(article);
    const authors = (article.authors ?? [])
      .map((author) => `\n    <author><name>${escapeXml(author.name)}</name></author>`)
      .join('');
    const content = feed.full
      ? `\n    <content type="html">${escapeXml(blocksToHtml(article.body, origin))}</content>`
      : '';
    return `  <entry>
    <title>${escapeXml(article.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <id>urn:thads-${escapeXml(article.agency)}:${feed.kind}:${escapeXml(article.documentId)}</id>
    <published>${toVietnamIso(article.date)}</published>
    <updated>${toVietnamIso(article.updatedAt)}</updated>${authors}
    <summary>${escapeXml(article.lead ?? '')}</summary>${content}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.description)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <id>${escapeXml(feed.self)}</id>
  <updated>${toVietnamIso(feed.updated)}</updated>
${entries.join('\n')}
</feed>
`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const serve = (kind: 'rss' | 'atom') => async (ctx: FeedContext) => {
    let feed: Feed | null;
    try {
      feed = await loadFeed(strapi, ctx, kind);
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      if (error instanceof UnknownAgency) return ctx.notFound(error.message);
      throw error;
    }
    if (!feed) return;
    ctx.type = kind === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8';
    ctx.body = kind === 'rss' ? renderRss(feed) : renderAtom(feed);
  };
  return { rss: serve('rss'), atom: serve('atom') };
};
