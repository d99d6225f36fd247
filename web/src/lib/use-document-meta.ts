import { useEffect } from 'react';
import { env } from '../config/env';
import { paths } from '../config/paths';
import { SAFE_IMAGE, safeUrl } from './safe-url';

/** What a page tells search engines and share previews beyond its title and description. */
export type ShareMeta = {
  type?: 'article' | 'website' | 'profile';
  /** The page's image (a cover, a photo): a path on the site or an absolute URL. */
  image?: string | null;
  published?: string | null;
  modified?: string | null;
  section?: string | null;
  authors?: Array<{ name: string; slug: string }>;
};

/** The default description of index.html, for pages without their own. */
const SITE_DESCRIPTION =
  'Cổng thông tin điện tử Cục Thi hành án dân sự tỉnh Vĩnh Phúc: tin tức, hoạt động, phong trào thi đua.';

/**
 * The head tags a page owns, as the site server writes them for the first page: replaced as a whole on each client
 * navigation, so no tag of the page before survives on the next.
 */
const PAGE_TAGS = [
  'link[rel="canonical"]',
  'meta[property^="og:"]',
  'meta[property^="article:"]',
  'meta[name^="twitter:"]',
  'meta[name^="DC."]',
  'script[type="application/ld+json"]',
].join(', ');

function metaTag(key: 'name' | 'property', name: string, content: string | null | undefined): HTMLElement | null {
  if (!content) return null;
  const meta = document.createElement('meta');
  meta.setAttribute(key, name);
  meta.content = content;
  return meta;
}

/** The tags of the page now shown: canonical URL, OpenGraph, Twitter, Dublin Core and JSON-LD. */
export function pageHeadTags(meta: { title: string; description: string; share: ShareMeta }, url: URL): HTMLElement[] {
  const { origin } = url;
  const canonical = `${origin}${url.pathname}${url.search}`;
  const absolute = (path: string | null | undefined) => {
    const safe = safeUrl(path, SAFE_IMAGE);
    return safe ? new URL(safe, origin).href : `${origin}/share-image.png`;
  };
  const type = meta.share.type ?? 'website';
  const image = absolute(meta.share.image);
  const authors = (meta.share.authors ?? []).map((author) => ({
    name: author.name,
    url: `${origin}${paths.author.build(author.slug)}`,
  }));
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: env.siteName,
    url: `${origin}/`,
    logo: { '@type': 'ImageObject', url: `${origin}/share-image.png` },
  };
  const jsonLd =
    type === 'article'
      ? {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: meta.title,
          description: meta.description,
          datePublished: meta.share.published ?? undefined,
          dateModified: meta.share.modified ?? meta.share.published ?? undefined,
          author: authors.map((author) => ({ '@type': 'Person', ...author })),
          publisher,
          image: [image],
          inLanguage: 'vi',
          articleSection: meta.share.section ?? undefined,
          mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
        }
      : {
          '@context': 'https://schema.org',
          '@type': type === 'profile' ? 'ProfilePage' : 'CollectionPage',
          name: meta.title,
          description: meta.description,
          url: canonical,
          inLanguage: 'vi',
          publisher,
        };
  const link = document.createElement('link');
  link.rel = 'canonical';
  link.href = canonical;
  // A data block: never executed, so the site's CSP (script-src 'self', no inline scripts) does not apply to it.
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(jsonLd);
  return [
    link,
    metaTag('property', 'og:site_name', env.siteName),
    metaTag('property', 'og:locale', 'vi_VN'),
    metaTag('property', 'og:type', type),
    metaTag('property', 'og:title', meta.title),
    metaTag('property', 'og:description', meta.description),
    metaTag('property', 'og:url', canonical),
    metaTag('property', 'og:image', image),
    metaTag('property', 'article:published_time', meta.share.published),
    metaTag('property', 'article:modified_time', meta.share.modified),
    ...authors.map((author) => metaTag('property', 'article:author', author.url)),
    metaTag('property', 'article:section', meta.share.section),
    metaTag('name', 'twitter:card', 'summary_large_image'),
    metaTag('name', 'twitter:title', meta.title),
    metaTag('name', 'twitter:description', meta.description),
    metaTag('name', 'twitter:image', image),
    metaTag('name', 'DC.title', meta.title),
    metaTag('name', 'DC.description', meta.description),
    metaTag('name', 'DC.identifier', canonical),
    metaTag('name', 'DC.language', 'vi'),
    script,
  ].filter((tag): tag is HTMLElement => tag !== null);
}

/**
 * Sets the tab title (what screen readers announce first), the description and the page's share tags (canonical,
 * OpenGraph, JSON-LD…) to the page now shown, after a client-side navigation as on the first page. Effects only, so
 * the server's HTML and the first client render agree.
 */
export function useDocumentMeta(title: string | null, description?: string | null, share: ShareMeta = {}): void {
  // The effect depends on the values, not on the object (a new one on every render).
  const { type, image, published, modified, section } = share;
  const authors = JSON.stringify(share.authors ?? []);
  useEffect(() => {
    document.title = title ? `${title} | ${env.siteShortName}` : env.siteName;
    const text = description || SITE_DESCRIPTION;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = text;
    const tags = pageHeadTags(
      {
        title: title ?? env.siteName,
        description: text,
        share: { type, image, published, modified, section, authors: JSON.parse(authors) as ShareMeta['authors'] },
      },
      new URL(window.location.href),
    );
    for (const old of document.head.querySelectorAll(PAGE_TAGS)) old.remove();
    document.head.append(...tags);
  }, [title, description, type, image, published, modified, section, authors]);
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
