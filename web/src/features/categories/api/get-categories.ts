import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';

export const categoryKeys = { all: ['categories'] as const, list: () => [...categoryKeys.all, 'list'] as const };

/** The sections of the portal, in the editors' display order (navigation, home page, breadcrumbs). */
export const categoriesQueryOptions = () =>
  queryOptions({
    queryKey: categoryKeys.list(),
    queryFn: async ({ signal }) => (await contentClient.listCategories({ signal })).data,
    staleTime: 10 * 60_000,
  });
