// A category page lists the published articles of one category newest first. Strapi keeps the category in a link
// table, so that list was a join of every article of the category sorted by date (118–157 ms at 100,000 articles);
// the category's documentId kept on the article's row (private `categoryDocument`, like `agency`) lets PostgreSQL and
// SQLite walk an index `(category_document, date)` instead. The link stays the truth: the column is a copy made from it.
import type { Core } from '@strapi/strapi';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
/** The writes after which an article's rows may link to another category (or its published row be new). */
const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft']);

/** The article → category link table, as Strapi names it. */
function categoryLink(strapi: Core.Strapi): JoinTable {
  const attributes = strapi.db.metadata.get(ARTICLE).attributes as Record<string, { joinTable?: JoinTable }>;
  const joinTable = attributes.category?.joinTable;
  if (!joinTable) throw new Error('The article → category relation has no join table');
  return joinTable;
}

/** The SQL that sets the column of the rows it selects (`where`) from their links: one statement for both databases. */
function copySql(strapi: Core.Strapi, where: string): string {
  const link = categoryLink(strapi);
  const articles = strapi.db.metadata.get(ARTICLE).tableName;
  const categories = strapi.db.metadata.get(CATEGORY).tableName;
  return `UPDATE ${articles} SET category_document = (
      SELECT c.document_id FROM ${link.name} l JOIN ${categories} c ON c.id = l.${link.inverseJoinColumn.name}
      WHERE l.${link.joinColumn.name} = ${articles}.id LIMIT 1
    ) WHERE ${where}`;
}

/**
 * Copies the category of one article's rows (draft and published) from their links, through the query engine so that
 * it is part of the write's transaction when there is one.
 */
export async function copyCategory(strapi: Core.Strapi, documentId: string): Promise<void> {
  const articles = strapi.db.query(ARTICLE);
  const rows = (await articles.findMany({
    where: { documentId },
    select: ['id', 'categoryDocument'],
    populate: { category: { select: ['documentId'] } },
  })) as Array<{ id: number; categoryDocument: string | null; category?: { documentId: string } | null }>;
  for (const row of rows) {
    const copy = row.category?.documentId ?? null;
    if (copy !== row.categoryDocument)
      await articles.update({ where: { id: row.id }, data: { categoryDocument: copy } });
  }
}

/** Keeps each article's `categoryDocument` the copy of its category link, after every write that may change it. */
export const categoryColumn =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE || !WRITES.has(context.action)) return next();
    const result = await next();
    const documentId =
      (context.params as { documentId?: unknown }).documentId ??
      (result as { documentId?: unknown } | null)?.documentId;
    if (typeof documentId === 'string') await copyCategory(strapi, documentId);
    return result;
  };

/**
 * Articles written before the column existed, or by bulk inserts that skip the Document Service, get it at start: the
 * rows with a link and no copy (one statement; none to do after the first start).
 */
export async function backfillCategoryColumn(strapi: Core.Strapi): Promise<void> {
  const link = categoryLink(strapi);
  const result = (await strapi.db.connection.raw(
    copySql(strapi, `category_document IS NULL AND id IN (SELECT ${link.joinColumn.name} FROM ${link.name})`),
  )) as { rowCount?: number };
  // PostgreSQL would plan the category pages with the statistics of an empty column until autovacuum came by.
  if (strapi.db.dialect.client === 'postgres' && (result.rowCount ?? 0) > 0)
    await strapi.db.connection.raw(`ANALYZE ${strapi.db.metadata.get(ARTICLE).tableName}`);
}

/**
 * A public list of articles' filter on the category's slug (`filters[category][slug][$eq]`, as the site asks for a
 * category page) or documentId (`filters[category][documentId][$eq]`, related articles) read from the column: the
 * published category's documentId, or a value no article has when there is none. Any other filter on the category,
 * and any other type's filters, are left as they are.
 */
export async function categoryFilterFromColumn(strapi: Core.Strapi, uid: string, filters: unknown): Promise<unknown> {
  return uid === ARTICLE ? fromColumn(strapi, filters) : filters;
}

async function fromColumn(strapi: Core.Strapi, filters: unknown): Promise<unknown> {
  if (Array.isArray(filters)) return Promise.all(filters.map((each) => fromColumn(strapi, each)));
  if (filters === null || typeof filters !== 'object') return filters;
  const entries = await Promise.all(
    Object.entries(filters).map(async ([key, value]): Promise<[string, unknown]> => {
      if (key === '$and' || key === '$or') return [key, await fromColumn(strapi, value)];
      if (key !== 'category') return [key, value];
      // Related articles name the category by its documentId: the column's own value.
      const documentId = equalTo(value, 'documentId');
      if (documentId !== undefined) return ['categoryDocument', { $eq: documentId }];
      const slug = equalTo(value, 'slug');
      if (slug === undefined) return [key, value];
      const category = (await strapi.db.query(CATEGORY).findOne({
        where: { slug, publishedAt: { $notNull: true } },
        select: ['documentId'],
      })) as { documentId: string } | null;
      return ['categoryDocument', { $eq: category?.documentId ?? '' }];
    }),
  );
  return Object.fromEntries(entries);
}

/** `{ [field]: { $eq: "x" } }` (or `{ [field]: "x" }`), and nothing else beside it: "x"; otherwise undefined. */
function equalTo(value: unknown, field: 'slug' | 'documentId'): string | undefined {
  if (value === null || typeof value !== 'object' || Object.keys(value).length !== 1) return undefined;
  const condition: unknown = (value as Record<string, unknown>)[field];
  if (typeof condition === 'string') return condition;
  if (condition === null || typeof condition !== 'object' || Object.keys(condition).length !== 1) return undefined;
  const equals = (condition as { $eq?: unknown }).$eq;
  return typeof equals === 'string' ? equals : undefined;
}
