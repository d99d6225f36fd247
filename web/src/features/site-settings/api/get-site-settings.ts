import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';

export const siteSettingsKeys = { all: ['site-settings'] as const };

/** Header and footer: they change rarely, so they stay fresh for ten minutes. */
export const siteSettingsQueryOptions = () =>
  queryOptions({
    queryKey: siteSettingsKeys.all,
    queryFn: ({ signal }) => contentClient.getSiteSettings({ signal }),
    staleTime: 10 * 60_000,
  });
