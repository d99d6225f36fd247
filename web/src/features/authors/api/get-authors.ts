import { queryOptions } from '@tanstack/react-query';
import { compareVietnamese } from '@thads/vietnamese';
import { contentClient } from '../../../lib/content-client';
import { authorKeys } from './author-keys';

/** An agency's authors, in Vietnamese alphabetical order (the database's order puts "Đ" after "Z"). */
export const authorsQueryOptions = (agency: string) =>
  queryOptions({
    queryKey: authorKeys.list(agency),
    queryFn: async ({ signal }) =>
      (await contentClient.listAuthors({ agency, signal })).data.toSorted((a, b) => compareVietnamese(a.name, b.name)),
    staleTime: 10 * 60_000,
  });
