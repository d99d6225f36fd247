import { queryOptions } from '@tanstack/react-query';
import type { Agency } from '@thads/content';
import { contentClient } from '../../../lib/content-client';
import { agencyKeys } from './agency-keys';

/**
 * An agency as its pages may show it: a merged agency's contacts are a former agency's (issue 21: never shown), so
 * they are dropped here, before the page's data is cached (and sent with the server's HTML), and no page can show them.
 */
export const withoutFormerContacts = (agency: Agency | null): Agency | null =>
  agency?.kind === 'merged' ? { ...agency, address: null, phone: null, fax: null, email: null } : agency;

/** One agency's header and footer (contacts, the person responsible, related links): they change rarely. */
export const agencyQueryOptions = (code: string) =>
  queryOptions({
    queryKey: agencyKeys.detail(code),
    queryFn: async ({ signal }) => withoutFormerContacts(await contentClient.getAgency(code, { signal })),
    staleTime: 10 * 60_000,
  });
