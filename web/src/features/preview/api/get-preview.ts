import { queryOptions } from '@tanstack/react-query';
import type { PreviewType } from '@thads/content';
import { contentClient } from '../../../lib/content-client';

/**
 * A draft read with the admin's preview token. Never kept once the page is left (the token expires within minutes
 * and a draft must not linger in the site's cache), and never retried: a refused token stays refused.
 */
export const previewQueryOptions = <T extends PreviewType>(type: T, documentId: string, token: string) =>
  queryOptions({
    queryKey: ['preview', type, documentId, token] as const,
    queryFn: ({ signal }) => contentClient.getPreview(type, documentId, token, { signal }),
    retry: false,
    // On the server a render takes several passes over one query cache: a draft dropped between them was never shown.
    gcTime: typeof window === 'undefined' ? Infinity : 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
