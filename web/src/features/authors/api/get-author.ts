import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';

export const authorKeys = { all: ['authors'] as const, detail: (slug: string) => [...authorKeys.all, 'detail', slug] as const };

export const authorQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: authorKeys.detail(slug),
    queryFn: ({ signal }) => contentClient.getAuthor(slug, { signal }),
  });
