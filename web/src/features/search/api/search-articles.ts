import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { SearchParams } from '@thads/content';
import type { AgencyScope } from '../../../lib/agency';
import { contentClient } from '../../../lib/content-client';
import { recordsClient } from '../../../lib/records-client';
import type { RecordKind } from '../search-url';

export const searchKeys = {
  all: ['search'] as const,
  results: (agency: string, params: SearchParams) => [...searchKeys.all, agency, params] as const,
  questions: (agency: string, params: SearchParams & { topic?: string }) =>
    [...searchKeys.all, 'questions', agency, params] as const,
  records: (agency: string, kind: RecordKind, params: SearchParams) =>
    [...searchKeys.all, 'records', agency, kind, params] as const,
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

/**
 * A search of the agencies' documents or notices (never the register): on an agency's pages its own, its merged
 * agencies' (and for documents the central department's); on the central department's, every agency's.
 */
export const searchRecordsQueryOptions = (scope: AgencyScope, kind: RecordKind, params: SearchParams) =>
  queryOptions({
    queryKey: searchKeys.records(scope.code, kind, params),
    queryFn: ({ signal }) =>
      recordsClient.searchRecords(
        {
          type: kind,
          q: params.q,
          page: params.page,
          pageSize: params.pageSize,
          agency: scope.national ? params.agency : scope.code,
        },
        { signal },
      ),
    placeholderData: keepPreviousData,
    enabled: params.q.trim().length > 0,
  });
