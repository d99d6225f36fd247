import type { LegalDocumentListQuery } from '@thads/content';

/** Query keys of the legal documents: lists per agency (null: every agency's), facets, one document per agency view. */
export const legalDocumentKeys = {
  all: ['legal-documents'] as const,
  lists: () => [...legalDocumentKeys.all, 'list'] as const,
  list: (agency: string | null, query: Omit<LegalDocumentListQuery, 'agency'>) =>
    [...legalDocumentKeys.lists(), agency, query] as const,
  facets: (agency: string) => [...legalDocumentKeys.all, 'facets', agency] as const,
  detail: (agency: string, slug: string) => [...legalDocumentKeys.all, 'detail', agency, slug] as const,
};
