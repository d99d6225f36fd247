import { queryOptions } from '@tanstack/react-query';
import { recordsClient } from '../../../lib/records-client';
import { legalDocumentKeys } from './legal-document-keys';

/** The issuing bodies and fields an agency's documents have: what the filter offers. */
export const legalDocumentFacetsQueryOptions = (agency: string) =>
  queryOptions({
    queryKey: legalDocumentKeys.facets(agency),
    queryFn: ({ signal }) => recordsClient.legalDocumentFacets({ agency, signal }),
  });
