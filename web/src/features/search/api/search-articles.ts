import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { SearchParams } from '@thads/content';
import { contentClient } from '../../../lib/content-client';

export const searchKeys = {
  all: ['search'] as const,
  results: (params: SearchParams) => [...searchKeys.all, params] as const,
};

export const searchQueryOptions = (params: SearchParams) =>
  queryOptions({
    queryKey: searchKeys.results(params),
    queryFn: ({ signal }) => contentClient.search(params, { signal }),
    placeholderData: keepPreviousData,
    enabled: params.q.trim().length > 0,
  });
