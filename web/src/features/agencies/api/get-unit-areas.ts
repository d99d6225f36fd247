import { queryOptions } from '@tanstack/react-query';
import { agencyPagesClient } from './agency-pages-client';
import { agencyPageKeys } from './agency-page-keys';

/** Every unit of the installation with the communes and wards it serves: the national ward lookup's. */
export const unitAreasQueryOptions = () =>
  queryOptions({
    queryKey: agencyPageKeys.unitAreas(),
    queryFn: ({ signal }) => agencyPagesClient.listUnitAreas({ signal }),
    staleTime: 10 * 60_000,
  });
