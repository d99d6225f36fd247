import type { Core, UID } from '@strapi/strapi';
import { documentPath, firstPathWord, SITE_PATHS, type DocumentKind } from '@thads/content';
import { SLUG_PATTERN } from '@thads/vietnamese';
import { agencies, agencySitePath } from '../../../agencies/registry';
import { ARTICLE, articleConditions } from '../../../audience/guard';
import { normalizeLegacyPath } from '../../../lib/legacy-path';
import { InvalidParameter, stringParam } from '../../../lib/query-params';
import { PUBLIC_SCOPE } from '../../../lib/request-scope';

type Context = {
  query: Record<string, unknown>;
  body: unknown;
  badRequest: (message: string) => unknown;
  notFound: (message: string) => unknown;
};

/** The kinds of root pages an address from before agencies may name, and the type behind each. */
const DOCUMENT_PAGES: Array<{ kind: DocumentKind; prefix: string; uid: UID.ContentType }> = [
  { kind: 'article', prefix: SITE_PATHS.article, uid: ARTICLE },
  { kind: 'author', prefix: SITE_PATHS.author, uid: 'api::author.author' },
  { kind: 'campaignTheme', prefix: SITE_PATHS.campaignTheme, uid: 'api::campaign-theme.campaign-theme' },
  { kind: 'category', prefix: SITE_PATHS.category, uid: 'api::category.category' },
];

/**
 * GET /api/redirects?path=<site path> → where a page published before now lives (`{ location, status: 301 }`), or
 * 404: a root address of a document that the home agency does not have but the agency holding the content made
 * before agencies does (`/tin-tuc/<slug>` → `/<agency>/tin-tuc/<slug>`; a category's page when only that agency
 * has articles in it), and addresses of the national portal's former pages, by the legacy path stored on the article.
 * The site server asks it for root document pages and `.aspx` addresses.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    let path: string;
    try {
      path = stringParam(ctx.query, 'path') ?? '';
    } catch (error) {
      if (error instanceof InvalidParameter) return ctx.badRequest(error.message);
      throw error;
    }
    if (!path.startsWith('/') || path.length > 500)
      return ctx.badRequest(
        'Tham số "path" phải là một đường dẫn của trang, bắt đầu bằng / (path must be a site path)',
      );
    const location = (await legacyLocation(strapi, path)) ?? (await rootLocation(strapi, path));
    if (!location) return ctx.notFound(`Không có trang nào được chuyển từ "${path}" (nothing moved from this address)`);
    ctx.body = { data: { location, status: 301 }, meta: {} };
  },
});

async function legacyLocation(strapi: Core.Strapi, path: string): Promise<string | null> {
  // Only pages of the portal that came before carry a query (`?itemid=`) or an `.aspx` name.
  const legacyPath = /\.aspx(\?|$)/i.test(path) ? normalizeLegacyPath(path) : null;
  if (!legacyPath) return null;
  const article = (await strapi.db.query(ARTICLE).findOne({
    where: { legacyPath, publishedAt: { $notNull: true }, ...articleConditions(PUBLIC_SCOPE) },
    select: ['slug', 'agency'],
  })) as { slug: string; agency: string } | null;
  return article ? agencySitePath(agencies(strapi), article.agency, documentPath('article', article.slug)) : null;
}

async function rootLocation(strapi: Core.Strapi, path: string): Promise<string | null> {
  const registry = agencies(strapi);
  const from = registry.existingContent;
  if (from === registry.home.code || registry.get(firstPathWord(path))) return null;
  const page = DOCUMENT_PAGES.find(({ prefix }) => path.startsWith(prefix));
  const slug = page ? decodeURIComponent(path.slice(page.prefix.length)).replace(/\/$/, '') : '';
  if (!page || !SLUG_PATTERN.test(slug)) return null;
  const published = { publishedAt: { $notNull: true } };
  const has = async (agency: string) =>
    page.kind === 'category'
      ? (await strapi.db.query(ARTICLE).count({
          where: { ...published, agency, category: { slug }, ...articleConditions(PUBLIC_SCOPE) },
        })) > 0
      : (await strapi.db.query(page.uid).count({
          where: { ...published, slug, agency, ...(page.uid === ARTICLE ? articleConditions(PUBLIC_SCOPE) : {}) },
        })) > 0;
  // Only where the root no longer serves it: the home agency has no such page of its own.
  if ((await has(registry.home.code)) || !(await has(from))) return null;
  return agencySitePath(registry, from, documentPath(page.kind, slug));
}
