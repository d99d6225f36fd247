import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { SearchParams } from '@thads/content';
import type { AgencyScope } from '../../../lib/agency';
import { contentClient } from '../../../lib/content-client';

export const searchKeys = {
  all: ['search'] as const,
  results: (agency: string, params: SearchParams) => [...searchKeys.all, agency, params] as const,
  questions: (agency: string, params: SearchParams & { topic?: string }) =>
    [...searchKeys.all, 'questions', agency, params] as const,
};

/**
 * A search of an agency's pages: of the agency and the agencies merged into it, or on the central department's pages
 * of every agency, or of the one its filter names (`params.agency`). Only the API's own parameters are sent.
 */
export const searchQueryOptions = (
  scope: AgencyScope,
  { q, page, pageSize, category, theme, author, from, to, agency }: SearchParams,
) => {
  const params: SearchParams = { q, page, pageSize, category, theme, author, from, to, agency };
  return queryOptions({
    queryKey: searchKeys.results(scope.code, params),
    queryFn: ({ signal }) =>
      contentClient.search({ ...params, agency: scope.national ? params.agency : scope.code }, { signal }),
    placeholderData: keepPreviousData,
    enabled: params.q.trim().length > 0,
  });
};
