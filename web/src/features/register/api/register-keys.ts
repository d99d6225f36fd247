import type { RegisterQuery } from '@thads/content';

/** Query keys of the register: searches per agency (null: the national register), one entry, an agency's units. */
export const registerKeys = {
  all: ['register'] as const,
  searches: () => [...registerKeys.all, 'search'] as const,
  search: (agency: string | null, query: Omit<RegisterQuery, 'agency'>) =>
    [...registerKeys.searches(), agency, query] as const,
  entry: (documentId: string) => [...registerKeys.all, 'entry', documentId] as const,
  units: (agency: string) => [...registerKeys.all, 'units', agency] as const,
};
