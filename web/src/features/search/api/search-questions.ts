import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QuestionSearchParams } from '@thads/content';
import type { AgencyScope } from '../../../lib/agency';
import { questionsClient } from '../../../lib/questions-client';
import { searchKeys } from './search-articles';

/**
 * A search of citizens' published questions and answers (their own kind of result): of the agency and the agencies
 * merged into it, or on the central department's pages of every agency or the one its filter names; of one topic.
 */
export const questionSearchQueryOptions = (
  scope: AgencyScope,
  { q, page, pageSize, agency, topic }: QuestionSearchParams,
) => {
  const params: QuestionSearchParams = { q, page, pageSize, agency, topic };
  return queryOptions({
    queryKey: searchKeys.questions(scope.code, params),
    queryFn: ({ signal }) =>
      questionsClient.searchQuestions({ ...params, agency: scope.national ? params.agency : scope.code }, { signal }),
    placeholderData: keepPreviousData,
    enabled: params.q.trim().length > 0,
  });
};
