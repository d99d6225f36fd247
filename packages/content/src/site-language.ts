import { ENGLISH_PATHS, SITE_PATHS } from './site-paths.js';

/** The languages of the site's pages: Vietnamese (every page) and English (an agency's introduction and contacts). */
export type SiteLanguage = 'vi' | 'en';

/**
 * The language of a page, decided once from its path under the agency's prefix (`/en`, `/en/…` are English): the
 * site server writes it as `<html lang>`, the app renders the header and footer in it.
 */
export function pageLanguage(path: string): SiteLanguage {
  return path === ENGLISH_PATHS.home || path.startsWith(`${ENGLISH_PATHS.home}/`) ? 'en' : 'vi';
}

/** The pages that exist in both languages: each Vietnamese page with its English counterpart. */
const COUNTERPARTS: ReadonlyArray<Readonly<Record<SiteLanguage, string>>> = [
  { vi: '/', en: ENGLISH_PATHS.home },
  { vi: SITE_PATHS.about, en: ENGLISH_PATHS.about },
  { vi: SITE_PATHS.contact, en: ENGLISH_PATHS.contact },
];

/**
 * A page's versions in both languages (paths under the agency's prefix), when it has a counterpart: for the
 * `hreflang` links of its head and the language switch of its header. A trailing slash is not a page of its own.
 */
export function pageLanguages(path: string): Readonly<Record<SiteLanguage, string>> | null {
  const page = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return COUNTERPARTS.find((pair) => pair.vi === page || pair.en === page) ?? null;
}

/** The BCP 47 tag of each language as pages declare it (`hreflang`, `og:locale`). */
export const LANGUAGE_LOCALES: Readonly<Record<SiteLanguage, { hreflang: string; og: string }>> = {
  vi: { hreflang: 'vi', og: 'vi_VN' },
  en: { hreflang: 'en', og: 'en_GB' },
};
