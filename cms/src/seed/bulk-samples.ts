import type { Core } from '@strapi/strapi';
import { foldedSearchText } from '../document-middlewares/folded-search';
import { newDocumentId } from '../lib/document-id';
import { searchIndexer } from '../search/indexer';
import { sampleArticle, sampleSlug, sampleWeight, type SampleAgency } from './samples';
import { agencies } from '../agencies/registry';
import { shortNameOf } from '../agencies/seed-agencies';

const ARTICLE = 'api::article.article';
const BATCH = 1000;

type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
};

/**
 * Sample articles in bulk, through Strapi's database layer rather than one Document Service call each: 100,000 take
 * minutes instead of the better part of an hour. Each document gets its draft and published rows, as the Document
 * Service makes them, each linked to the draft or published row of its category, then the batch is indexed for
 * search. Only for generated samples: their text is already NFC and their slugs unique (bai-mau-000123).
 */
export async function createSampleArticles(
  strapi: Core.Strapi,
  indexes: number[],
  categoryIds: string[],
): Promise<number> {
  const joinTable = (strapi.db.metadata.get(ARTICLE).attributes as Record<string, { joinTable?: JoinTable }>).category
    ?.joinTable;
  if (!joinTable) throw new Error('The article → category relation has no join table');
  const categoryRows = (await strapi.db.query('api::category.category').findMany({
    where: { documentId: { $in: categoryIds } },
    select: ['id', 'documentId', 'publishedAt'],
  })) as Array<{ id: number; documentId: string; publishedAt: string | null }>;
  const categoryRow = (categoryDocumentId: string, published: boolean) =>
    categoryRows.find((row) => row.documentId === categoryDocumentId && (row.publishedAt !== null) === published)?.id;

  // Agencies are read at start; a script seeding without a server reads them here.
  const registry = agencies(strapi);
  const weighted: SampleAgency[] = registry.list.map((agency) => ({
    code: agency.code,
    shortName: agency.shortName ?? shortNameOf(agency.name),
    weight: sampleWeight(agency.code, agency.kind),
  }));
  let created = 0;
  for (let start = 0; start < indexes.length; start += BATCH) {
    const batch = indexes.slice(start, start + BATCH).map((index) => ({
      index,
      documentId: newDocumentId(),
      sample: sampleArticle(index, categoryIds.length, weighted),
    }));
    const now = new Date();
    const rows = batch.flatMap(({ index, documentId: id, sample }) =>
      [null, now].map((publishedAt) => ({
        documentId: id,
        title: sample.title,
        slug: sampleSlug(index),
        agency: sample.agency,
        lead: sample.lead,
        body: sample.body,
        // Written past the Document Service, so the admin's folded search copy is made here.
        searchText: foldedSearchText(sample),
        // And the copy of the category link (document-middlewares/category-column.ts), where the link is made below.
        categoryDocument:
          categoryRow(categoryIds[sample.categoryIndex] ?? '', publishedAt !== null) === undefined
            ? null
            : categoryIds[sample.categoryIndex],
        date: new Date(sample.date),
        featured: sample.featured,
        isSample: true,
        createdAt: now,
        updatedAt: now,
        publishedAt,
      })),
    );
    await strapi.db.transaction(async ({ trx }) => {
      await strapi.db.query(ARTICLE).createMany({ data: rows });
      const inserted = (await strapi.db.query(ARTICLE).findMany({
        where: { documentId: { $in: batch.map((item) => item.documentId) } },
        select: ['id', 'documentId', 'publishedAt'],
      })) as Array<{ id: number; documentId: string; publishedAt: string | null }>;
      const categoryOf = new Map(batch.map((item) => [item.documentId, categoryIds[item.sample.categoryIndex]]));
      const links = inserted.flatMap((row) => {
        const category = categoryOf.get(row.documentId);
        const categoryId = category ? categoryRow(category, row.publishedAt !== null) : undefined;
        if (categoryId === undefined) return [];
        return [
          {
            [joinTable.joinColumn.name]: row.id,
            [joinTable.inverseJoinColumn.name]: categoryId,
            ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: 1 } : {}),
          },
        ];
      });
      for (let offset = 0; offset < links.length; offset += 200)
        await trx(joinTable.name).insert(links.slice(offset, offset + 200));
    });
    await searchIndexer(strapi).reindexArticles(batch.map((item) => item.documentId));
    created += batch.length;
  }
  // PostgreSQL plans (and estimates totals above the exact-count bound, lib/bounded-count.ts) from statistics that
  // autovacuum refreshes only later: a database just filled with samples would be read with plans for empty tables.
  if (created > 0 && strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('ANALYZE');
  return created;
}
