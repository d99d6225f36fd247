import { QueryClient } from '@tanstack/react-query';
import { ContentApiError } from '@thads/content';

/** News changes a few times a day: a minute of freshness saves requests without showing stale pages for long. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again; a network failure or a 5xx might.
        retry: (failureCount, error) =>
          !(error instanceof ContentApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}
