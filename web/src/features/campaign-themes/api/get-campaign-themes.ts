import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { campaignThemeKeys } from './campaign-theme-keys';

export const campaignThemesQueryOptions = () =>
  queryOptions({
    queryKey: campaignThemeKeys.list(),
    queryFn: async ({ signal }) => (await contentClient.listCampaignThemes({ signal })).data,
  });
