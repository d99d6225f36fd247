import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';

export const archiveKeys = {
  all: ['archive'] as const,
  month: (year: number, month: number) => [...archiveKeys.all, year, month] as const,
};

/** Which days of a month have news, for the "Các tin đã đưa ngày" calendar. */
export const archiveMonthQueryOptions = (year: number, month: number) =>
  queryOptions({
    queryKey: archiveKeys.month(year, month),
    queryFn: ({ signal }) => contentClient.getArchiveMonth(year, month, { signal }),
    staleTime: 5 * 60_000,
  });
