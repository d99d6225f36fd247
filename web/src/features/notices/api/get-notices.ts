import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { NoticeListQuery } from '@thads/content';
import { recordsClient } from '../../../lib/records-client';
import { noticeKeys } from './notice-keys';

/** One agency's notices (null: every agency's), newest first, open or expired by the CMS's clock. */
export const noticesQueryOptions = (agency: string | null, query: Omit<NoticeListQuery, 'agency'>) =>
  queryOptions({
    queryKey: noticeKeys.list(agency, query),
    queryFn: ({ signal }) => recordsClient.listNotices({ ...query, agency: agency ?? undefined }, { signal }),
    placeholderData: keepPreviousData,
  });
