import { queryOptions } from '@tanstack/react-query';
import type { AgencyScope } from '../../../lib/agency';
import { contentClient } from '../../../lib/content-client';
import { authorKeys } from './author-keys';

/** An author of the agency's pages: the agency's own, else of an agency its articles may name (merged, central). */
export const authorQueryOptions = (scope: AgencyScope, slug: string) =>
  queryOptions({
    queryKey: authorKeys.detail(scope.code, slug),
    queryFn: ({ signal }) => contentClient.getAuthor(slug, { agency: scope.code, fallback: scope.central, signal }),
  });
