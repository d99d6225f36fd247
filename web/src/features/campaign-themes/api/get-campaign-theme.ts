import { queryOptions } from '@tanstack/react-query';
import type { AgencyScope } from '../../../lib/agency';
import { contentClient } from '../../../lib/content-client';
import { campaignThemeKeys } from './campaign-theme-keys';

/** A campaign theme of the agency's pages: its own, else of an agency its articles may name (merged, central). */
export const campaignThemeQueryOptions = (scope: AgencyScope, slug: string) =>
  queryOptions({
    queryKey: campaignThemeKeys.detail(scope.code, slug),
    queryFn: ({ signal }) =>
      contentClient.getCampaignTheme(slug, { agency: scope.code, fallback: scope.central, signal }),
  });
