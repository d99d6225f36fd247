import { queryOptions } from '@tanstack/react-query';
import { compareVietnamese } from '@thads/vietnamese';
import { contentClient } from '../../../lib/content-client';
import { authorKeys } from './author-keys';

/** All authors, in Vietnamese alphabetical order (the database's order puts "Đ" after "Z"). */
export const authorsQueryOptions = () =>
  queryOptions({
    queryKey: authorKeys.list(),
    queryFn: async ({ signal }) =>
      (await contentClient.listAuthors({ signal })).data.toSorted((a, b) => compareVietnamese(a.name, b.name)),
    staleTime: 10 * 60_000,
  });
