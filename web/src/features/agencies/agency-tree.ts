import { currentSuccessor, type AgencyDirectory, type AgencySummary } from '@thads/content';

/** An agency of today with the agencies merged into it, as the directory and the search filter list them. */
export type AgencyBranch = { agency: AgencySummary; merged: AgencySummary[] };

/**
 * The agencies in the directory's order (that of agencies.json), each merged one under the agency of today that
 * absorbed it (through a chain of mergers too); one whose successor is not in the list stays on its own.
 */
export function agencyTree(directory: AgencyDirectory): AgencyBranch[] {
  const branches = new Map<string, AgencyBranch>();
  for (const agency of directory.agencies)
    if (agency.kind !== 'merged') branches.set(agency.code, { agency, merged: [] });
  const alone: AgencyBranch[] = [];
  for (const agency of directory.agencies) {
    if (agency.kind !== 'merged') continue;
    const branch = branches.get(currentSuccessor(directory.agencies, agency.code)?.code ?? '');
    if (branch) branch.merged.push(agency);
    else alone.push({ agency, merged: [] });
  }
  return [...branches.values(), ...alone];
}

/** The agencies to choose one of on the central department's pages (every agency's): merged ones under theirs. */
export const agencyOptions = (directory: AgencyDirectory) =>
  agencyTree(directory).flatMap(({ agency, merged }) => [
    { code: agency.code, name: agency.name, merged: false },
    ...merged.map((each) => ({ code: each.code, name: each.name, merged: true })),
  ]);
