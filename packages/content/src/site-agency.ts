import type { SiteIdentity } from './page-head.js';
import { agencyPrefix, firstPathWord, SITE_PATHS, underAgency } from './site-paths.js';
import type { Agency, AgencyListResponse } from './types.js';

/**
 * What the site knows of every agency: enough to decide whose page a path is, to link to any agency and to list them
 * (the directory, the search filter, the merged-agency notice). Each agency's header and footer texts are read apart,
 * for the agency whose page is shown.
 */
export type AgencySummary = Pick<Agency, 'code' | 'kind' | 'name' | 'shortName' | 'area' | 'mergedOn'> & {
  /** The code of the agency that absorbed this one (merged agencies only). */
  successor: string | null;
  /** Codes that redirect to this agency's pages (a legacy spelling). */
  aliases: string[];
};

/** Every agency in the order of agencies.json, and the one the installation serves at the site's root. */
export type AgencyDirectory = { home: string; agencies: AgencySummary[] };

/** The fields `/api/agencies` is asked for to make an `AgencyDirectory`: the site server and the site ask the same. */
export const AGENCY_DIRECTORY_QUERY =
  'pagination[pageSize]=100&sort[0]=order:asc&fields[0]=code&fields[1]=kind&fields[2]=name&fields[3]=shortName' +
  '&fields[4]=area&fields[5]=mergedOn&populate[successor][fields][0]=code&populate[aliases][fields][0]=code';

/** The directory of an `/api/agencies` answer (asked with `AGENCY_DIRECTORY_QUERY`); throws on any other shape. */
export function agencyDirectoryOf(response: AgencyListResponse): AgencyDirectory {
  const home = response?.meta?.home;
  if (!Array.isArray(response?.data) || typeof home !== 'string')
    throw new Error('/api/agencies did not answer a list of agencies with meta.home');
  const agencies = response.data.map((agency) => ({
    code: agency.code,
    kind: agency.kind,
    name: agency.name,
    shortName: agency.shortName ?? null,
    area: agency.area ?? null,
    mergedOn: agency.mergedOn ?? null,
    successor: agency.successor?.code ?? null,
    aliases: (agency.aliases ?? []).map((alias) => alias.code),
  }));
  if (!agencies.some((agency) => agency.code === home))
    throw new Error(`/api/agencies names "${home}" as home, which is not in its list`);
  return { home, agencies };
}

/**
 * Whose page a site path is, decided once per request from its first word: an agency's code (`/phutho/…`, the rest
 * under that agency), or the home agency's page at the root. Anything that has a better address is a redirect
 * (`/phutho` → `/phutho/`, an alias or another spelling of a code → the code, the home agency's code → the root, the
 * directory under an agency → the one directory at the root). `path` is decoded; the query string is the caller's.
 */
export type SiteAgency =
  | {
      kind: 'page';
      /** The agency whose page it is. */
      code: string;
      /** `''` for the home agency, `/<code>` otherwise. */
      prefix: string;
      /** The path under the prefix, as the app's routes read it (`/` at least). */
      path: string;
    }
  | { kind: 'redirect'; location: string };

export function siteAgencyOf(directory: AgencyDirectory, pathname: string): SiteAgency {
  const word = pathname.split('/')[1] ?? '';
  const lower = firstPathWord(pathname);
  const agency =
    directory.agencies.find((each) => each.code === lower) ??
    directory.agencies.find((each) => each.aliases.includes(lower));
  if (!agency || !lower) return { kind: 'page', code: directory.home, prefix: '', path: pathname };
  const rest = pathname.slice(word.length + 1);
  const prefix = agencyPrefix(agency.code, directory.home);
  if (word !== agency.code || prefix === '' || rest === '' || rest === SITE_PATHS.agencies)
    return {
      kind: 'redirect',
      location: rest === SITE_PATHS.agencies ? SITE_PATHS.agencies : underAgency(prefix, rest || '/'),
    };
  return { kind: 'page', code: agency.code, prefix, path: rest };
}

/** A site path of an agency's page: `/tin-tuc/x` of Phú Thọ is `/phutho/tin-tuc/x`, of the home agency the same. */
export const agencySitePath = (directory: Pick<AgencyDirectory, 'home'>, code: string, path: string): string =>
  underAgency(agencyPrefix(code, directory.home), path);

/**
 * How an agency's pages name it in their head tags (`pageHead`'s site identity without the origin): its name, short
 * name and code, its pages' prefix, whether it is the central department; `description` from its record, when read.
 */
export function agencySiteIdentity(
  directory: AgencyDirectory,
  code: string,
  description?: string | null,
): Omit<SiteIdentity, 'origin'> {
  const agency = directory.agencies.find((each) => each.code === code);
  return {
    name: agency?.name,
    shortName: agency?.shortName,
    description,
    code: agency?.code,
    prefix: agencyPrefix(code, directory.home),
    national: agency?.kind === 'central',
  };
}
