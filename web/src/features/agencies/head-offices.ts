import type { AgencyContact, AgencyDirectory, AgencySummary } from '@thads/content';
import type { UnitView } from './translation';

/** An agency of today with how to reach its head office: its unit, or else what its own record says. */
export type HeadOffice = {
  agency: AgencySummary;
  unit: UnitView | null;
  record: Pick<AgencyContact, 'address' | 'phone' | 'fax' | 'email'> | null;
};

/**
 * Every agency of today (the directory's order; none merged away) with its head office, for the national contact
 * page. An address is never a former agency's: an agency's record whose address is one of the agencies merged into it
 * (the seat of a merged province, copied when it was set up) is given without it.
 */
export function headOffices(
  directory: AgencyDirectory,
  units: readonly UnitView[],
  records: readonly AgencyContact[],
): HeadOffice[] {
  const unitOf = new Map<string, UnitView>();
  for (const unit of units) if (unit.kind === 'head-office' && !unitOf.has(unit.agency)) unitOf.set(unit.agency, unit);
  const recordOf = new Map(records.map((record) => [record.code, record]));
  const formerAddresses = (code: string) =>
    new Set(
      records
        .filter((record) => record.kind === 'merged' && record.successor?.code === code && record.address)
        .map((record) => record.address?.trim()),
    );
  return directory.agencies
    .filter((agency) => agency.kind !== 'merged')
    .map((agency) => {
      const record = recordOf.get(agency.code);
      const address = record?.address?.trim();
      return {
        agency,
        unit: unitOf.get(agency.code) ?? null,
        record: record
          ? {
              address: address && !formerAddresses(agency.code).has(address) ? address : null,
              phone: record.phone,
              fax: record.fax,
              email: record.email,
            }
          : null,
      };
    });
}
