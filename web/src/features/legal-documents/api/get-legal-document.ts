import { queryOptions } from '@tanstack/react-query';
import type { AgencyScope } from '../../../lib/agency';
import { recordsClient } from '../../../lib/records-client';
import { legalDocumentKeys } from './legal-document-keys';

/** A document by slug on an agency's pages: its own (or its merged agencies'), else the central department's. */
export const legalDocumentQueryOptions = (scope: AgencyScope, slug: string) =>
  queryOptions({
    queryKey: legalDocumentKeys.detail(scope.code, slug),
    queryFn: ({ signal }) =>
      recordsClient.getLegalDocument(slug, { agency: scope.code, fallback: scope.central, signal }),
  });
