import type { AgencyContact, AgencyDirectory, AgencySummary } from '@thads/content';
import type { UnitView } from './translation';

/** An agency of today with how to reach its head office: its unit, or else what its own record says. */
export type HeadOffice = {
  agency: AgencySummary;
  unit: UnitView | null;
  record: Pick<AgencyContact, 'address' | 'phone' | 'fax' | 'email'> | null;
};

/**
 * The records of the agencies of today, as the national contact page keeps them: none merged away, and an address
 * never a former agency's (a record whose address is one of the agencies merged into it, the seat of a merged
 * province copied when it was set up, is kept without it). Made when read, so no former address even travels with
 * the page's data.
 */
export function currentAgencyContacts(records: readonly AgencyContact[]): AgencyContact[] {
  const formerAddresses = (code: string) =>
    new Set(
      records
        .filter((record) => record.kind === 'merged' && record.successor?.code === code && record.address)
        .map((record) => record.address?.trim()),
    );
  return records
    .filter((record) => record.kind !== 'merged')
    .map((record) => {
      const address = record.address?.trim();
      return { ...record, address: address && !formerAddresses(record.code).has(address) ? address : null };
    });
}

/** Every agency of today (the directory's order) with its head office, for the national contact page. */
export function headOffices(
  directory: AgencyDirectory,
  units: readonly UnitView[],
  records: readonly AgencyContact[],
): HeadOffice[] {
  const unitOf = new Map<string, UnitView>();
  for (const unit of units) if (unit.kind === 'head-office' && !unitOf.has(unit.agency)) unitOf.set(unit.agency, unit);
  const recordOf = new Map(records.map((record) => [record.code, record]));
  return directory.agencies
    .filter((agency) => agency.kind !== 'merged')
    .map((agency) => {
      const record = recordOf.get(agency.code);
      return {
        agency,
        unit: unitOf.get(agency.code) ?? null,
        record: record ? { address: record.address, phone: record.phone, fax: record.fax, email: record.email } : null,
      };
    });
}
