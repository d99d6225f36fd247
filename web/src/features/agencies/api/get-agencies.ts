import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { agencyKeys } from './agency-keys';

/**
 * Every agency and the one served at the root: whose page a path is, links to any agency, the directory. Read once
 * (the server render hands it to the browser with the page's data); agencies change rarely.
 */
export const agenciesQueryOptions = () =>
  queryOptions({
    queryKey: agencyKeys.directory(),
    queryFn: ({ signal }) => contentClient.listAgencies({ signal }),
    staleTime: 10 * 60_000,
  });
