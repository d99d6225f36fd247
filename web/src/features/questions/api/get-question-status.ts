import { queryOptions } from '@tanstack/react-query';
import { questionsClient } from '../../../lib/questions-client';
import { questionKeys } from './question-keys';

/**
 * Where the question with that tracking code stands (null: no question has it). The code works as a password: the
 * answer is dropped as soon as no page shows it.
 */
export const questionStatusQueryOptions = (code: string) =>
  queryOptions({
    queryKey: questionKeys.status(code),
    queryFn: ({ signal }) => questionsClient.getQuestionStatus(code, { signal }),
  });
