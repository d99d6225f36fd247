import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';

export const archiveKeys = {
  all: ['archive'] as const,
  month: (agency: string, year: number, month: number) => [...archiveKeys.all, agency, year, month] as const,
};

/** Which days of a month have news of an agency, for the "Các tin đã đưa ngày" calendar. */
export const archiveMonthQueryOptions = (agency: string, year: number, month: number) =>
  queryOptions({
    queryKey: archiveKeys.month(agency, year, month),
    queryFn: ({ signal }) => contentClient.getArchiveMonth(year, month, { agency, signal }),
    staleTime: 5 * 60_000,
  });
