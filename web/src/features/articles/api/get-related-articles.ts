import { queryOptions } from '@tanstack/react-query';
import type { Article } from '@thads/content';
import { contentClient } from '../../../lib/content-client';
import { articleKeys } from './article-keys';

export const RELATED_COUNT = 5;

/** What the related list is chosen by: a published article or a draft in preview (and its agency). */
export type RelatedTo = Pick<Article, 'documentId' | 'category' | 'campaignThemes' | 'agency'>;

/**
 * "Các tin khác": of the article's own agency, asked for once the article is on screen, so it never delays the article
 * itself. Keyed by the article alone: it has one agency.
 */
export const relatedArticlesQueryOptions = (article: RelatedTo) =>
  queryOptions({
    queryKey: articleKeys.related(article.documentId),
    queryFn: async ({ signal }) => (await contentClient.listRelatedArticles(article, RELATED_COUNT, { signal })).data,
  });
