import { queryOptions } from '@tanstack/react-query';
import type { SiteLanguage } from '@thads/content';
import { agencyPagesClient } from './agency-pages-client';
import { agencyPageKeys } from './agency-page-keys';

/** Every agency's head office in one language, for the national contacts page. */
export const headOfficesQueryOptions = (locale: SiteLanguage) =>
  queryOptions({
    queryKey: agencyPageKeys.headOffices(locale),
    queryFn: ({ signal }) => agencyPagesClient.listHeadOffices({ locale, signal }),
    staleTime: 10 * 60_000,
  });
