import { useEffect } from 'react';
import { env } from '../config/env';

/** Sets the tab title (what screen readers announce first) and the meta description of the page. */
export function useDocumentMeta(title: string | null, description?: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} | ${env.siteShortName}` : env.siteName;
    if (description) {
      let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
      if (!meta) {
        meta = document.createElement('meta');
        meta.name = 'description';
        document.head.append(meta);
      }
      meta.content = description;
    }
  }, [title, description]);
}

/**
 * Announces the page's own news feed (a category's, campaign theme's or author's) beside the site-wide one, so feed
 * readers find it from the page.
 */
export function useFeedLink(scope: { param: 'category' | 'theme' | 'author'; slug: string; title: string } | null): void {
  useEffect(() => {
    if (!scope) return;
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/rss+xml';
    link.title = `${scope.title} (RSS)`;
    link.href = `${env.apiBaseUrl}/api/feeds/rss?${scope.param}=${encodeURIComponent(scope.slug)}`;
    link.dataset.pageFeed = '';
    document.head.append(link);
    return () => link.remove();
  }, [scope?.param, scope?.slug, scope?.title]);
}
