import { pageLanguage, pageLanguages, type SiteLanguage } from '@thads/content';
import { useEffect } from 'react';
import { useLocation } from 'wouter';

/**
 * The language of the page shown, from its path under the agency's prefix (as the site server decided it for the
 * page's `<html lang>`): `/en…` is English, every other page Vietnamese.
 */
export function usePageLanguage(): SiteLanguage {
  const [location] = useLocation();
  return pageLanguage(location);
}

/** The page's versions in both languages (paths under the agency's prefix), when it has a counterpart. */
export function usePageLanguages(): Readonly<Record<SiteLanguage, string>> | null {
  const [location] = useLocation();
  return pageLanguages(location);
}

/** After a client-side navigation into the other language, `<html lang>` says so (the server wrote the first). */
export function useDocumentLanguage(language: SiteLanguage): void {
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
