import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { campaignThemeKeys } from './campaign-theme-keys';

export const campaignThemeQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: campaignThemeKeys.detail(slug),
    queryFn: ({ signal }) => contentClient.getCampaignTheme(slug, { signal }),
  });
