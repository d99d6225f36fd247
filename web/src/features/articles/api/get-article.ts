import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { articleKeys } from './article-keys';

/** One round trip: the CMS embeds authors, category, campaign themes and media in the article (of that agency). */
export const articleQueryOptions = (agency: string, slug: string) =>
  queryOptions({
    queryKey: articleKeys.detail(agency, slug),
    queryFn: ({ signal }) => contentClient.getArticle(slug, { agency, signal }),
  });
