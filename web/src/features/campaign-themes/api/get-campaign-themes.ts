import { queryOptions } from '@tanstack/react-query';
import type { AgencyScope } from '../../../lib/agency';
import { contentClient } from '../../../lib/content-client';
import { campaignThemeKeys } from './campaign-theme-keys';

/** The campaigns an agency's pages list: its own and the central department's national ones. */
export const campaignThemesQueryOptions = (scope: AgencyScope) =>
  queryOptions({
    queryKey: campaignThemeKeys.list(scope.code),
    queryFn: ({ signal }) => contentClient.listCampaignThemes({ agencies: scope.themes, signal }),
  });
