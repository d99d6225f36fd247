import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { authorKeys } from './author-keys';

export const authorQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: authorKeys.detail(slug),
    queryFn: ({ signal }) => contentClient.getAuthor(slug, { signal }),
  });
