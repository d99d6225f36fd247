import type { Core } from '@strapi/strapi';

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

/**
 * A route middleware that gives a content API request an explicit populate tree and field list unless the client
 * chose its own: articles come with their authors, category and cover without asking, and nothing else is joined.
 */
export function defaultQuery(shapes: Shapes): Core.MiddlewareFactory {
  return () => async (ctx, next) => {
    const query = ctx.query as Record<string, unknown>;
    const isDetail = Boolean(ctx.params?.id) || filtersBySlug(query.filters);
    const shape = isDetail ? shapes.detail : shapes.list;
    if (query.populate === undefined && shape.populate) query.populate = structuredClone(shape.populate);
    if (query.fields === undefined && shape.fields) query.fields = [...shape.fields];
    await next();
  };
}

/** The media fields a public page needs: no provider metadata, no uploader. */
export const IMAGE_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', 'formats', 'mime', 'name', 'size'] as const;
export const FILE_FIELDS = ['url', 'alternativeText', 'caption', 'name', 'mime', 'size', 'ext'] as const;
