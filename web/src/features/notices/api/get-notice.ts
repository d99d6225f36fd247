import { queryOptions } from '@tanstack/react-query';
import { recordsClient } from '../../../lib/records-client';
import { noticeKeys } from './notice-keys';

/** A notice by slug, of the agency whose page it is (and the agencies merged into it). */
export const noticeQueryOptions = (agency: string, slug: string) =>
  queryOptions({
    queryKey: noticeKeys.detail(agency, slug),
    queryFn: ({ signal }) => recordsClient.getNotice(slug, { agency, signal }),
  });
