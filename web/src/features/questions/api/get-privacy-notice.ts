import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { questionKeys } from './question-keys';

/** The notice beside the form's consent box, as the CMS words it with the installation's retention of contacts. */
export const privacyNoticeQueryOptions = () =>
  queryOptions({
    queryKey: questionKeys.notice(),
    queryFn: ({ signal }) => contentClient.getQuestionPrivacyNotice({ signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
