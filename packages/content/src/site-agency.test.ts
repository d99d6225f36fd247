import { describe, expect, it } from 'vitest';
import { agencyDirectoryOf, agencySitePath, siteAgencyOf, type AgencyDirectory } from './site-agency.js';
import type { AgencyListResponse } from './types.js';

const agency = (code: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id: 1,
  documentId: code,
  code,
  kind,
  name: `Cơ quan ${code}`,
  shortName: null,
  area: null,
  mergedOn: null,
  successor: null,
  aliases: [],
  ...extra,
});

const RESPONSE = {
  data: [
    agency('trunguong', 'central'),
    agency('phutho', 'province', { aliases: [{ id: 1, code: 'phu-tho' }] }),
    agency('hatinh', 'province'),
    agency('cu', 'merged', { successor: { id: 2, code: 'phutho', name: 'Cơ quan phutho' }, mergedOn: '2025-07-01' }),
  ],
  meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 4 }, home: 'trunguong' },
} as unknown as AgencyListResponse;

describe('the agency directory', () => {
  it('keeps what the site needs of each agency, successors and aliases as codes', () => {
    const directory = agencyDirectoryOf(RESPONSE);
    expect(directory.home).toBe('trunguong');
    expect(directory.agencies.map((each) => each.code)).toEqual(['trunguong', 'phutho', 'hatinh', 'cu']);
    expect(directory.agencies[3]).toEqual({
      code: 'cu',
      kind: 'merged',
      name: 'Cơ quan cu',
      shortName: null,
      area: null,
      mergedOn: '2025-07-01',
      successor: 'phutho',
      aliases: [],
    });
    expect(directory.agencies[1]?.aliases).toEqual(['phu-tho']);
  });

  it('refuses an answer without a home agency of its list', () => {
    expect(() => agencyDirectoryOf({ data: [], meta: {} } as never)).toThrow(/meta.home/);
    expect(() => agencyDirectoryOf({ ...RESPONSE, meta: { ...RESPONSE.meta, home: 'x' } })).toThrow(/"x"/);
  });
});

describe('whose page a path is', () => {
  const central = agencyDirectoryOf(RESPONSE);
  const province: AgencyDirectory = { ...central, home: 'phutho' };

  it("is the home agency's at the root, and an agency's under its code, in both modes", () => {
    expect(siteAgencyOf(central, '/')).toEqual({ kind: 'page', code: 'trunguong', prefix: '', path: '/' });
    expect(siteAgencyOf(central, '/tin-tuc/x')).toEqual({
      kind: 'page',
      code: 'trunguong',
      prefix: '',
      path: '/tin-tuc/x',
    });
    expect(siteAgencyOf(central, '/phutho/')).toEqual({ kind: 'page', code: 'phutho', prefix: '/phutho', path: '/' });
    expect(siteAgencyOf(central, '/cu/tin-tuc/x')).toEqual({
      kind: 'page',
      code: 'cu',
      prefix: '/cu',
      path: '/tin-tuc/x',
    });
    expect(siteAgencyOf(province, '/tin-tuc/x')).toMatchObject({ code: 'phutho', prefix: '', path: '/tin-tuc/x' });
    expect(siteAgencyOf(province, '/trunguong/tim-kiem')).toMatchObject({
      code: 'trunguong',
      prefix: '/trunguong',
      path: '/tim-kiem',
    });
  });

  it('is not an agency for a word that is none (the home agency answers it, with its not-found page)', () => {
    expect(siteAgencyOf(central, '/khong-co/tin-tuc/x')).toMatchObject({
      code: 'trunguong',
      path: '/khong-co/tin-tuc/x',
    });
  });

  it('redirects every other spelling to the one address', () => {
    const redirect = (directory: AgencyDirectory, path: string) => {
      const decided = siteAgencyOf(directory, path);
      return decided.kind === 'redirect' ? decided.location : null;
    };
    expect(redirect(central, '/phutho')).toBe('/phutho/');
    expect(redirect(central, '/phu-tho/tin-tuc/x')).toBe('/phutho/tin-tuc/x');
    expect(redirect(central, '/phu-tho')).toBe('/phutho/');
    expect(redirect(central, '/PhuTho/tin-tuc/x')).toBe('/phutho/tin-tuc/x');
    expect(redirect(central, '/trunguong/tin-tuc/x')).toBe('/tin-tuc/x');
    expect(redirect(central, '/trunguong')).toBe('/');
    expect(redirect(province, '/phutho/ngay/2021-03-16')).toBe('/ngay/2021-03-16');
    expect(redirect(province, '/phu-tho/')).toBe('/');
    expect(redirect(central, '/phutho/co-quan')).toBe('/co-quan');
  });

  it('builds the path of any agency’s page', () => {
    expect(agencySitePath(central, 'phutho', '/')).toBe('/phutho/');
    expect(agencySitePath(central, 'trunguong', '/tin-tuc/x')).toBe('/tin-tuc/x');
    expect(agencySitePath(province, 'trunguong', '/tin-tuc/x')).toBe('/trunguong/tin-tuc/x');
  });
});
