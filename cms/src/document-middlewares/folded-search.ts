import type { Core } from '@strapi/strapi';
import { fold } from '@thads/vietnamese';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const ARTICLE = 'api::article.article';
/** The fields an editor's search in the admin looks in, folded together into the private `searchText` column. */
const SEARCHED = ['title', 'lead', 'source'] as const;
type Searched = Partial<Record<(typeof SEARCHED)[number], string | null>>;

/** The folded copy of an article's searched fields, as the `searchText` column keeps it. */
export const foldedSearchText = (values: Searched) =>
  fold(
    SEARCHED.map((field) => values[field] ?? '')
      .filter(Boolean)
      .join(' '),
  );

/**
 * The admin's article search ignores diacritics and case ("tap huan" finds "Tập huấn"), drafts included: every write
 * keeps a folded copy of the searched fields, and a `_q` search is asked of that copy instead.
 */
export const foldedSearch =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as {
      documentId?: string;
      data?: Record<string, unknown>;
      _q?: unknown;
      filters?: unknown;
    };
    if ((context.action === 'create' || context.action === 'update') && params.data) {
      const data = params.data;
      if (SEARCHED.some((field) => field in data)) {
        const stored =
          context.action === 'update' && params.documentId
            ? ((await strapi.db.query(ARTICLE).findOne({
                where: { documentId: params.documentId, publishedAt: null },
                select: [...SEARCHED],
              })) as Searched | null)
            : null;
        data.searchText = foldedSearchText({ ...stored, ...(data as Searched) });
      }
    } else if ((context.action === 'findMany' || context.action === 'count') && typeof params._q === 'string') {
      const query = fold(params._q);
      delete params._q;
      if (query) params.filters = { $and: [params.filters ?? {}, { searchText: { $containsi: query } }] };
    }
    return next();
  };

/** Articles written before `searchText` existed (or by bulk inserts that skip the Document Service) get it at start. */
export async function backfillSearchText(strapi: Core.Strapi): Promise<void> {
  const articles = strapi.db.query(ARTICLE);
  for (;;) {
    const rows = (await articles.findMany({
      where: { searchText: { $null: true } },
      select: ['id', ...SEARCHED],
      limit: 500,
    })) as Array<Searched & { id: number }>;
    if (rows.length === 0) return;
    // One transaction a batch: a commit per row made a start after a bulk import of 100,000 articles take minutes.
    await strapi.db.transaction(async () => {
      for (const row of rows)
        await articles.update({ where: { id: row.id }, data: { searchText: foldedSearchText(row) } });
    });
  }
}
