import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { agencyPageKeys } from './agency-page-keys';

/** Every agency's contacts from its record: the national contacts page's, for an agency without a head office unit. */
export const agencyContactsQueryOptions = () =>
  queryOptions({
    queryKey: agencyPageKeys.contacts(),
    queryFn: ({ signal }) => contentClient.listAgencyContacts({ signal }),
    staleTime: 10 * 60_000,
  });
