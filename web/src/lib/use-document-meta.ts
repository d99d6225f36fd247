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
export function useFeedLink(
  scope: { param: 'category' | 'theme' | 'author'; slug: string; title: string } | null,
): void {
  // The effect depends on the values, not on the object (a new one on every render).
  const param = scope?.param;
  const slug = scope?.slug;
  const title = scope?.title;
  useEffect(() => {
    if (param === undefined || slug === undefined || title === undefined) return;
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/rss+xml';
    link.title = `${title} (RSS)`;
    link.href = `${env.apiBaseUrl}/api/feeds/rss?${param}=${encodeURIComponent(slug)}`;
    link.dataset.pageFeed = '';
    document.head.append(link);
    return () => link.remove();
  }, [param, slug, title]);
}
