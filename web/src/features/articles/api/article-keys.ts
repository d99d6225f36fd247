import type { ArticleListQuery } from '@thads/content';

/**
 * Query keys of the articles feature: one tree, so that invalidating "all" reaches every list and page. Lists and
 * pages are one agency's (null: every agency's, the national block).
 */
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (agency: string | null, query: Omit<ArticleListQuery, 'agency'>) =>
    [...articleKeys.lists(), agency, query] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (agency: string, slug: string) => [...articleKeys.details(), agency, slug] as const,
  related: (documentId: string) => [...articleKeys.all, 'related', documentId] as const,
};
