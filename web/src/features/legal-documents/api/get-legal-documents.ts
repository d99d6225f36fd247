import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { LegalDocumentListQuery } from '@thads/content';
import { contentClient } from '../../../lib/content-client';
import { legalDocumentKeys } from './legal-document-keys';

/** One agency's own documents (null: every agency's), newest issue date first. */
export const legalDocumentsQueryOptions = (agency: string | null, query: Omit<LegalDocumentListQuery, 'agency'>) =>
  queryOptions({
    queryKey: legalDocumentKeys.list(agency, query),
    queryFn: ({ signal }) => contentClient.listLegalDocuments({ ...query, agency: agency ?? undefined }, { signal }),
    placeholderData: keepPreviousData,
  });
