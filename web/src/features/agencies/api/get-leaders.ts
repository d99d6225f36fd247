import { queryOptions } from '@tanstack/react-query';
import type { SiteLanguage } from '@thads/content';
import { agencyPagesClient } from './agency-pages-client';
import { agencyPageKeys } from './agency-page-keys';

/** An agency's leadership in one language, in the agency's order. */
export const leadersQueryOptions = (agency: string, locale: SiteLanguage) =>
  queryOptions({
    queryKey: agencyPageKeys.leaders(agency, locale),
    queryFn: ({ signal }) => agencyPagesClient.listLeaders(agency, { locale, signal }),
    staleTime: 10 * 60_000,
  });
