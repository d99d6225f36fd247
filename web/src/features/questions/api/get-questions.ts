import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { QuestionTopic } from '@thads/content';
import { questionsClient } from '../../../lib/questions-client';
import { questionKeys } from './question-keys';

/** Questions per page of the list (the page and its prefetch ask the same). */
export const QUESTIONS_PAGE_SIZE = 20;

/** One page of an agency's published questions, of one topic or all, newest answer first. */
export const questionsQueryOptions = (agency: string, topic: QuestionTopic | null, page: number) =>
  queryOptions({
    queryKey: questionKeys.list(agency, topic, page),
    queryFn: ({ signal }) =>
      questionsClient.listQuestions(
        { agency, topic: topic ?? undefined, page, pageSize: QUESTIONS_PAGE_SIZE },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
