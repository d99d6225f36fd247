import type { Core } from '@strapi/strapi';
import {
  absorbedAgencies,
  agencyPrefix,
  currentSuccessor,
  readScope,
  relationScope,
  underAgency,
} from '@thads/content';

export const AGENCY = 'api::agency.agency';
export type AgencyKind = 'central' | 'province' | 'city' | 'merged';
export type DatedName = { name: string; from: string | null; until: string | null };
export type AgencyLink = { label: string; url: string };

/** One agency as the rest of the code reads it: its identity, its place among the others and its site's texts. */
export type Agency = {
  id: number;
  documentId: string;
  code: string;
  kind: AgencyKind;
  name: string;
  shortName: string | null;
  names: DatedName[];
  area: string | null;
  order: number;
  /** The agency that absorbed this one (merged agencies only). */
  successor: string | null;
  mergedOn: string | null;
  aliases: string[];
  description: string | null;
  governingBody: string | null;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  responsiblePerson: string | null;
  copyright: string | null;
  relatedLinks: AgencyLink[];
  /** The agency's name in English (its English pages' header and footer); none yet: the Vietnamese one is shown. */
  englishName: string | null;
  /** The portals citizens are pointed to (issue 21): national and provincial public services, national feedback. */
  nationalServicePortal: string | null;
  provinceServicePortal: string | null;
  feedbackPortal: string | null;
  /** Sender name and reply-to address of the mail the agency sends citizens (not public). */
  mailSenderName: string | null;
  mailReplyTo: string | null;
};

export type AgencySettings = { home: string; existingContent: string };

type Row = Omit<Agency, 'successor' | 'aliases' | 'names' | 'relatedLinks'> & {
  successor?: { code: string } | null;
  aliases?: Array<{ code: string }> | null;
  names?: DatedName[] | null;
  relatedLinks?: AgencyLink[] | null;
};

/**
 * The agencies of the installation, read once and kept until one changes (a few dozen rows that every request
 * consults: the path prefix, the read scope, the relation rule). Decisions about agencies are made here only.
 */
export class AgencyRegistry {
  private readonly byCode = new Map<string, Agency>();
  private readonly byAlias = new Map<string, Agency>();
  readonly list: readonly Agency[];

  constructor(
    agencies: Agency[],
    private readonly settings: AgencySettings,
  ) {
    this.list = [...agencies].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
    for (const agency of this.list) this.byCode.set(agency.code, agency);
    for (const agency of this.list)
      for (const alias of agency.aliases) if (!this.byCode.has(alias)) this.byAlias.set(alias, agency);
  }

  get(code: string | null | undefined): Agency | undefined {
    return code ? this.byCode.get(code) : undefined;
  }

  /** An agency by its code or one of its alias codes (a legacy spelling), with which one it was. */
  resolve(code: string): { agency: Agency; alias: boolean } | undefined {
    const own = this.byCode.get(code);
    if (own) return { agency: own, alias: false };
    const aliased = this.byAlias.get(code);
    return aliased ? { agency: aliased, alias: true } : undefined;
  }

  /** The central department (its documents may be related from any agency: national campaign themes, decrees). */
  get central(): Agency | undefined {
    return this.list.find((agency) => agency.kind === 'central');
  }

  /** The agency served at the site's root (`SITE_HOME_AGENCY`, by default the central department). */
  get home(): Agency {
    const home = this.get(this.settings.home) ?? (this.settings.home ? undefined : this.central);
    if (!home) throw new Error(`SITE_HOME_AGENCY "${this.settings.home}" is not an agency of this installation`);
    return home;
  }

  /** The agency whose content an installation made before agencies existed holds (`EXISTING_CONTENT_AGENCY`). */
  get existingContent(): string {
    return this.settings.existingContent;
  }

  /** The agencies merged into this one (directly or through another merger). */
  absorbed(code: string): Agency[] {
    return absorbedAgencies(this.list, code);
  }

  /** What reading as this agency covers: its own documents and those of the agencies merged into it. */
  readScope(code: string): string[] {
    return readScope(this.list, code);
  }

  /** The agencies a document of this agency may be related to (its own, its merged ones', the central one's). */
  relationScope(code: string): string[] {
    return relationScope(this.list, code);
  }

  /** The agency that absorbed this one, following chains of mergers to the one that exists today. */
  currentSuccessor(code: string): Agency | undefined {
    return currentSuccessor(this.list, code);
  }
}

const registries = new WeakMap<Core.Strapi, AgencyRegistry>();

function toAgency(row: Row): Agency {
  return {
    ...row,
    successor: row.successor?.code ?? null,
    aliases: (row.aliases ?? []).map((alias) => alias.code),
    names: (row.names ?? []).map(({ name, from, until }) => ({ name, from: from ?? null, until: until ?? null })),
    relatedLinks: (row.relatedLinks ?? []).map(({ label, url }) => ({ label, url })),
  };
}

/** Reads the agencies from the database (at start, and again whenever one changes). */
export async function loadAgencies(strapi: Core.Strapi): Promise<AgencyRegistry> {
  const rows = (await strapi.db.query(AGENCY).findMany({
    populate: {
      successor: { select: ['code'] },
      aliases: true,
      names: true,
      relatedLinks: true,
    },
  })) as Row[];
  const registry = new AgencyRegistry(rows.map(toAgency), strapi.config.get<AgencySettings>('agencies'));
  registries.set(strapi, registry);
  return registry;
}

/** The agencies as last read. Only available once the CMS has started (bootstrap reads them first). */
export function agencies(strapi: Core.Strapi): AgencyRegistry {
  const registry = registries.get(strapi);
  if (!registry) throw new Error('The agencies are read at start: nothing may ask for them before');
  return registry;
}

/** Whether the agencies have been read (outside a started CMS, e.g. while seeding from a script, they may not be). */
export const agenciesLoaded = (strapi: Core.Strapi): boolean => registries.has(strapi);

/** A site path of an agency's pages: at the root for the home agency, under `/<code>` for every other one. */
export function agencySitePath(registry: AgencyRegistry, code: string | null | undefined, path: string): string {
  const agency = code ? registry.get(code) : undefined;
  return underAgency(agencyPrefix(agency?.code ?? registry.home.code, registry.home.code), path);
}
