import { queryOptions } from '@tanstack/react-query';
import { questionsClient } from '../../../lib/questions-client';
import { questionKeys } from './question-keys';

/** The notice beside the form's consent box, as the CMS words it with the installation's retention of contacts. */
export const privacyNoticeQueryOptions = () =>
  queryOptions({
    queryKey: questionKeys.notice(),
    queryFn: ({ signal }) => questionsClient.getQuestionPrivacyNotice({ signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
