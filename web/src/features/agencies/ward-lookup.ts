import type { SiteLanguage } from '@thads/content';
import { fold } from '@thads/vietnamese';

/** The longest name a reader may type (the longest commune or ward name is far shorter). */
export const WARD_QUERY_MAX_LENGTH = 100;
/** The query parameter of the lookup, per language of the page (`/lien-he?xa=…`, `/en/contact?ward=…`). */
export const WARD_PARAMS = { vi: 'xa', en: 'ward' } as const;

/** What a commune's or ward's name is called before its name proper: left out when names are compared. */
const PLACE_KINDS = /^(phuong|xa|thi tran|dac khu|ward|commune|town)\s+/;

/** The key a name is compared by: without diacritics (đ → d), case, extra spaces or its kind ("Phường", "Xã"). */
export const wardKey = (name: string): string => fold(name).replace(PLACE_KINDS, '');

/** The communes and wards a unit serves, one per line as editors enter them. */
export const communesOf = (communes: string | null | undefined): string[] =>
  (communes ?? '')
    .split(/\r?\n|;/)
    .map((line) => line.trim())
    .filter(Boolean);

export type WardMatch<U> = { unit: U; commune: string };

/**
 * "Which office serves my ward": every unit serving a commune or ward whose name contains what the reader typed, with
 * or without diacritics ("viet tri", "Việt Trì", "phường việt trì"), exact names first. `null` when nothing was typed
 * (no lookup made); an empty list when nothing matches.
 */
export function findWard<U extends { communes?: string | null }>(
  units: readonly U[],
  query: string,
): Array<WardMatch<U>> | null {
  const wanted = wardKey(query.slice(0, WARD_QUERY_MAX_LENGTH));
  if (!wanted) return null;
  const matches: Array<WardMatch<U> & { exact: boolean }> = [];
  for (const unit of units)
    for (const commune of communesOf(unit.communes)) {
      const key = wardKey(commune);
      if (key.includes(wanted)) matches.push({ unit, commune, exact: key === wanted });
    }
  return matches.toSorted((a, b) => Number(b.exact) - Number(a.exact)).map(({ unit, commune }) => ({ unit, commune }));
}

/** What the reader typed in the ward lookup (`?xa=` / `?ward=`), as much as the form lets through. */
export const wardQueryOf = (search: string, language: SiteLanguage): string =>
  (new URLSearchParams(search).get(WARD_PARAMS[language]) ?? '').trim().slice(0, WARD_QUERY_MAX_LENGTH);
