import { queryOptions } from '@tanstack/react-query';
import { agencyPagesClient } from './agency-pages-client';
import { currentAgencyContacts } from '../head-offices';
import { agencyPageKeys } from './agency-page-keys';

/**
 * Every agency of today's contacts from its record (never a former agency's address): the national contacts page's,
 * for an agency without a head office unit.
 */
export const agencyContactsQueryOptions = () =>
  queryOptions({
    queryKey: agencyPageKeys.contacts(),
    queryFn: async ({ signal }) => currentAgencyContacts(await agencyPagesClient.listAgencyContacts({ signal })),
    staleTime: 10 * 60_000,
  });
