/**
 * The relations between agencies that every part of the portal reads the same way (the CMS's read and write rules,
 * the site's pages): which agencies one agency's reading covers, and which ones its documents may be related to.
 */
export type AgencyLike = { code: string; kind: string; successor?: string | { code: string } | null };

const successorCode = (agency: AgencyLike): string | null =>
  typeof agency.successor === 'string' ? agency.successor : (agency.successor?.code ?? null);

/** The agencies merged into this one, directly or through another merger. */
export function absorbedAgencies<A extends AgencyLike>(agencies: readonly A[], code: string, depth = 0): A[] {
  if (depth > 10) return [];
  const direct = agencies.filter((agency) => successorCode(agency) === code);
  return direct.flatMap((agency) => [agency, ...absorbedAgencies(agencies, agency.code, depth + 1)]);
}

/** What reading as this agency covers: its own documents and those of the agencies merged into it. */
export function readScope(agencies: readonly AgencyLike[], code: string): string[] {
  return [code, ...absorbedAgencies(agencies, code).map((agency) => agency.code)];
}

/**
 * The agencies a document of this agency may be related to: its own, the agencies merged into it, and the central
 * department (national campaign themes; later, central decrees).
 */
export function relationScope(agencies: readonly AgencyLike[], code: string): string[] {
  const central = agencies.find((agency) => agency.kind === 'central')?.code;
  return [...new Set([...readScope(agencies, code), ...(central ? [central] : [])])];
}

/** The agency that absorbed this one, following chains of mergers to the one that exists today. */
export function currentSuccessor<A extends AgencyLike>(agencies: readonly A[], code: string): A | undefined {
  let agency = agencies.find((each) => each.code === code);
  for (let hops = 0; agency && successorCode(agency) && hops < 10; hops += 1) {
    const next = successorCode(agency);
    agency = agencies.find((each) => each.code === next);
  }
  return agency && agency.code !== code ? agency : undefined;
}
