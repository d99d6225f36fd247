import type { ArticleListQuery } from '@thads/content';

/** Query keys of the articles feature: one tree, so that invalidating "all" reaches every list and page. */
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (query: ArticleListQuery) => [...articleKeys.lists(), query] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (slug: string) => [...articleKeys.details(), slug] as const,
  related: (documentId: string) => [...articleKeys.all, 'related', documentId] as const,
};
