import type { Core } from '@strapi/strapi';
import { queryShapeProblem } from './query-shape';

/** A populate tree and field list, as Strapi's REST query accepts them. */
export type QueryShape = { populate?: Record<string, unknown>; fields?: string[] };

type Shapes = {
  /** Lists stay lean: what a list item or card shows. */
  list: QueryShape;
  /** One document (findOne, or a list filtered by slug, which is how the site and partners fetch by URL). */
  detail: QueryShape;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `filters[slug]=x` or `filters[slug][$eq]=x`: the client asks for one document by its URL name. */
function filtersBySlug(filters: unknown): boolean {
  if (!isRecord(filters)) return false;
  const slug = filters.slug;
  return typeof slug === 'string' || (isRecord(slug) && typeof slug.$eq === 'string');
}

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

/** Set on a request whose field list and populate tree are ours, not the client's (see lib/lean-read). */
export const LEAN_READ = 'thadsLeanRead';

/**
 * Strapi 5 lets any caller with `find` permission ask for `status=draft`. Drafts are the editors' business: only an
 * API token an administrator issued (e.g. for a preview integration) may ask for them.
 */
function refuseDrafts(ctx: Parameters<Core.MiddlewareHandler>[0]): boolean {
  const status = (ctx.query as Record<string, unknown>).status;
  if (status === undefined || status === 'published') return false;
  if ((ctx.state.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name === 'api-token') return false;
  ctx.badRequest('Chỉ nội dung đã xuất bản là công khai; tham số "status" chỉ nhận "published" (drafts are not public)');
  return true;
}

/**
 * A route middleware for the public reads of a content type: refuses drafts, and gives the request an explicit
 * populate tree and field list unless the client chose its own: articles come with their authors, category and
 * cover without asking, and nothing else is joined.
 */
export function defaultQuery(shapes: Shapes): Core.MiddlewareFactory {
  return () => async (ctx, next) => {
    if (refuseDrafts(ctx)) return;
    const query = ctx.query as Record<string, unknown>;
    const problem = queryShapeProblem(query);
    if (problem) return ctx.badRequest(problem);
    // Strapi 5 document ids are short lowercase letters and digits; anything else names no document.
    if (ctx.params?.id !== undefined && !DOCUMENT_ID.test(String(ctx.params.id))) return ctx.notFound('Không tìm thấy (not found)');
    const isDetail = Boolean(ctx.params?.id) || filtersBySlug(query.filters);
    const shape = isDetail ? shapes.detail : shapes.list;
    ctx.state[LEAN_READ] = query.populate === undefined && query.fields === undefined;
    if (query.populate === undefined && shape.populate) query.populate = structuredClone(shape.populate);
    if (query.fields === undefined && shape.fields) query.fields = [...shape.fields];
    await next();
  };
}

/** The media fields a public page needs: no provider metadata, no uploader. */
export const IMAGE_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', 'formats', 'mime', 'name', 'size'] as const;
export const FILE_FIELDS = ['url', 'alternativeText', 'caption', 'name', 'mime', 'size', 'ext'] as const;
