import { queryOptions } from '@tanstack/react-query';
import type { SiteLanguage } from '@thads/content';
import { agencyPagesClient } from './agency-pages-client';
import { agencyPageKeys } from './agency-page-keys';

/** An agency's head office and regional offices in one language, in the agency's order. */
export const unitsQueryOptions = (agency: string, locale: SiteLanguage) =>
  queryOptions({
    queryKey: agencyPageKeys.units(agency, locale),
    queryFn: ({ signal }) => agencyPagesClient.listUnits(agency, { locale, signal }),
    staleTime: 10 * 60_000,
  });
