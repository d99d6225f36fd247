import { pageHead, type HeadTag, type PageHeadInput, type SiteIdentity } from '@thads/content';
import { createContext, useContext, useEffect } from 'react';
import { AgencyContext } from './agency';

/** How a page tells the server render what its head is (the server writes the tags); browsers have no receiver. */
export const PageHeadContext = createContext<((input: PageHeadInput) => void) | null>(null);

/**
 * The head tags a page owns, as the site server writes them for the first page: replaced as a whole on each client
 * navigation, so no tag of the page before survives on the next.
 */
const PAGE_TAGS = [
  'meta[name="description"]',
  'meta[name="robots"]',
  'meta[name="referrer"]',
  'link[rel="canonical"]',
  // The agency's feeds and a list's own.
  'link[rel="alternate"]',
  'link[rel="schema.DC"]',
  'meta[property^="og:"]',
  'meta[property^="article:"]',
  'meta[name^="twitter:"]',
  'meta[name^="DC."]',
  'script[type="application/ld+json"]',
].join(', ');

function element(tag: Exclude<HeadTag, { tag: 'title' }>): HTMLElement {
  if (tag.tag === 'meta') {
    const meta = document.createElement('meta');
    meta.setAttribute(tag.attribute, tag.key);
    meta.content = tag.content;
    return meta;
  }
  if (tag.tag === 'link') {
    const link = document.createElement('link');
    link.rel = tag.rel;
    link.href = tag.href;
    if (tag.type) link.type = tag.type;
    if (tag.title) link.title = tag.title;
    if (tag.hreflang) link.hreflang = tag.hreflang;
    return link;
  }
  // A data block: never executed, so the site's CSP (script-src 'self', no inline scripts) does not apply to it.
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(tag.data);
  return script;
}

/**
 * Puts the head of the page now shown in place (tab title, what screen readers announce first, description,
 * canonical, OpenGraph, JSON-LD…), built by `pageHead` as the site server builds it for the first page. `null` while
 * the page does not know yet what it shows. Effects only in the browser, so the server's HTML and the first client
 * render agree; the server render receives the input instead.
 */
export function usePageHead(input: PageHeadInput | null): void {
  const receiver = useContext(PageHeadContext);
  if (input) receiver?.(input);
  // The agency whose page it is names it (its name, prefix and feeds).
  const site = useContext(AgencyContext)?.site ?? {};
  // The effect depends on the tags' values, not on the objects (new ones on every render).
  const key = input ? JSON.stringify(input) : null;
  const siteKey = JSON.stringify(site);
  useEffect(() => {
    if (key === null) return;
    const tags = pageHead(JSON.parse(key) as PageHeadInput, {
      ...(JSON.parse(siteKey) as Omit<SiteIdentity, 'origin'>),
      origin: window.location.origin,
    });
    const elements: HTMLElement[] = [];
    for (const tag of tags) {
      if (tag.tag === 'title') document.title = tag.text;
      else elements.push(element(tag));
    }
    for (const old of document.head.querySelectorAll(PAGE_TAGS)) old.remove();
    document.head.append(...elements);
  }, [key, siteKey]);
}
