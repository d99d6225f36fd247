import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ArticleListQuery } from '@thads/content';
import { contentClient } from '../../../lib/content-client';
import { articleKeys } from './article-keys';

/** One agency's articles (null: every agency's, newest first). */
export const articlesQueryOptions = (agency: string | null, query: Omit<ArticleListQuery, 'agency'>) =>
  queryOptions({
    queryKey: articleKeys.list(agency, query),
    queryFn: ({ signal }) => contentClient.listArticles({ ...query, agency: agency ?? undefined }, { signal }),
    placeholderData: keepPreviousData,
  });

/** Articles per page of a listing (category, theme, author, day, home): the page and its prefetch ask the same. */
export const LIST_PAGE_SIZE = 10;
/** Cards of the central department's block of every agency's newest articles (its page and its prefetch). */
export const AGENCIES_NEWS_SIZE = 6;
