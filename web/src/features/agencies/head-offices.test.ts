import type { AgencyContact } from '@thads/content';
import { describe, expect, it } from 'vitest';
import { agencyDirectory } from '../../testing/fixtures';
import { currentAgencyContacts, headOffices } from './head-offices';
import type { UnitView } from './translation';

const record = (code: string, fields: Partial<AgencyContact>): AgencyContact =>
  ({ id: 1, documentId: code, code, kind: 'province', name: code, successor: null, ...fields }) as AgencyContact;

describe("the national list of every agency's head office", () => {
  const records = [
    record('phutho', { address: 'Thành phố Hòa Bình, tỉnh Hòa Bình', phone: '0210' }),
    record('hoabinh', { kind: 'merged', address: 'Thành phố Hòa Bình, tỉnh Hòa Bình', successor: { code: 'phutho' } }),
    record('hanoi', { address: 'Hà Nội', email: 'hn@example.gov.vn' }),
  ];
  const unit = { documentId: 'u1', kind: 'head-office', agency: 'hanoi', name: { value: 'Trụ sở', language: 'vi' } };

  it('lists every agency of today in order, none merged away, with its head office unit or its record', () => {
    const list = headOffices(agencyDirectory, [unit as UnitView], records);
    expect(list.map((office) => office.agency.code)).toEqual(['trunguong', 'hanoi', 'phutho']);
    expect(list[1]!.unit).toBe(unit);
    expect(list[0]).toMatchObject({ unit: null, record: null });
  });

  it('never gives an agency the address of an agency merged into it, keeping its other contacts', () => {
    const current = currentAgencyContacts(records);
    expect(current.map((record) => record.code)).toEqual(['phutho', 'hanoi']);
    expect(JSON.stringify(current)).not.toContain('tỉnh Hòa Bình');
    const phutho = headOffices(agencyDirectory, [], current).find((office) => office.agency.code === 'phutho');
    expect(phutho?.record).toEqual({ address: null, phone: '0210', fax: undefined, email: undefined });
    expect(current.find((record) => record.code === 'hanoi')?.address).toBe('Hà Nội');
  });
});
