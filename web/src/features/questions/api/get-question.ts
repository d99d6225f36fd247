import { queryOptions } from '@tanstack/react-query';
import { questionsClient } from '../../../lib/questions-client';
import { questionKeys } from './question-keys';

/** One of the agency's published questions with its answer, or null. */
export const questionQueryOptions = (agency: string, slug: string) =>
  queryOptions({
    queryKey: questionKeys.detail(agency, slug),
    queryFn: ({ signal }) => questionsClient.getQuestion(slug, { agency, signal }),
  });
