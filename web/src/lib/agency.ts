import {
  agencySiteIdentity,
  agencySitePath,
  currentSuccessor,
  type AgencyDirectory,
  type AgencySummary,
  type SiteIdentity,
} from '@thads/content';
import { createContext, useContext } from 'react';

/**
 * What reading as one agency covers, for the site's queries: its code (its own articles, archive, authors, and its
 * view, with the agencies merged into it, for an author's or campaign theme's page by slug), the central department
 * (whose national documents its articles may name: that page's second place to look), and whose campaign themes its
 * pages list (its own and the central department's). `national`: the central department, whose search covers every
 * agency.
 */
export type AgencyScope = {
  code: string;
  central: string | null;
  themes: readonly string[];
  national: boolean;
};

export function agencyScope(directory: AgencyDirectory, code: string): AgencyScope {
  const central = directory.agencies.find((agency) => agency.kind === 'central')?.code ?? null;
  return {
    code,
    central,
    themes: [...new Set([code, ...(central ? [central] : [])])],
    national: code === central,
  };
}

/** The agency whose page is shown, and the way to any other agency's pages. */
export type AgencyContextValue = {
  directory: AgencyDirectory;
  agency: AgencySummary;
  scope: AgencyScope;
  /** The path prefix of its pages: `''` for the home agency, `/<code>` for any other. */
  prefix: string;
  /** Any agency by its code. */
  agencyOf: (code: string | null | undefined) => AgencySummary | undefined;
  /** The agency of today that absorbed this one (through a chain of mergers too); none for an agency of today. */
  successor: AgencySummary | undefined;
  /**
   * The link to a page of any agency, e.g. `linkTo('phutho', '/tin-tuc/x')`: an absolute `~/…` href of the router
   * (`/phutho/tin-tuc/x`), whichever agency's page it is written on.
   */
  linkTo: (code: string, path: string) => string;
  /** The site path of one of this agency's pages, for what the router does not build (plain forms, feeds). */
  here: (path: string) => string;
  /** How its pages name it in their head tags (`pageHead`'s site identity, without the origin). */
  site: Omit<SiteIdentity, 'origin'>;
};

export const AgencyContext = createContext<AgencyContextValue | null>(null);

/** The agency `code` of the directory (the home agency if it has none such); `description` from its record. */
export function agencyContextValue(
  directory: AgencyDirectory,
  code: string,
  description?: string | null,
): AgencyContextValue {
  const byCode = new Map(directory.agencies.map((agency) => [agency.code, agency]));
  const agency = byCode.get(code) ?? byCode.get(directory.home)!;
  const here = (path: string) => agencySitePath(directory, agency.code, path);
  const prefix = here('/').replace(/\/$/, '');
  const scope = agencyScope(directory, agency.code);
  return {
    directory,
    agency,
    scope,
    prefix,
    agencyOf: (other) => (other ? byCode.get(other) : undefined),
    successor: currentSuccessor(directory.agencies, agency.code),
    linkTo: (other, path) => `~${agencySitePath(directory, other, path)}`,
    here,
    site: agencySiteIdentity(directory, agency.code, description),
  };
}

/** The agency whose page is shown (provided by the app, once it knows whose page the path is). */
export function useAgency(): AgencyContextValue {
  const value = useContext(AgencyContext);
  if (!value) throw new Error('useAgency() outside of an agency: the app provides one for every page');
  return value;
}
