import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ArticleListQuery } from '@thads/content';
import { contentClient } from '../../../lib/content-client';
import { articleKeys } from './article-keys';

export const articlesQueryOptions = (query: ArticleListQuery) =>
  queryOptions({
    queryKey: articleKeys.list(query),
    queryFn: ({ signal }) => contentClient.listArticles(query, { signal }),
    placeholderData: keepPreviousData,
  });

/** Articles per page of a listing (category, theme, author, day, home): the page and its prefetch ask the same. */
export const LIST_PAGE_SIZE = 10;
