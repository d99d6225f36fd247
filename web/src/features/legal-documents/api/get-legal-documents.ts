import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { LegalDocumentListQuery } from '@thads/content';
import { recordsClient } from '../../../lib/records-client';
import { legalDocumentKeys } from './legal-document-keys';

/** One agency's own documents (null: every agency's), newest issue date first. */
export const legalDocumentsQueryOptions = (agency: string | null, query: Omit<LegalDocumentListQuery, 'agency'>) =>
  queryOptions({
    queryKey: legalDocumentKeys.list(agency, query),
    queryFn: ({ signal }) => recordsClient.listLegalDocuments({ ...query, agency: agency ?? undefined }, { signal }),
    placeholderData: keepPreviousData,
  });
