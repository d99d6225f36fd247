import { queryOptions } from '@tanstack/react-query';
import type { SiteLanguage } from '@thads/content';
import { agencyPagesClient } from './agency-pages-client';
import { agencyPageKeys } from './agency-page-keys';

/** An agency's introduction in one language (null: none in it yet). It changes rarely. */
export const agencyProfileQueryOptions = (agency: string, locale: SiteLanguage) =>
  queryOptions({
    queryKey: agencyPageKeys.profile(agency, locale),
    queryFn: ({ signal }) => agencyPagesClient.getAgencyProfile(agency, { locale, signal }),
    staleTime: 10 * 60_000,
  });
