import { describe, expect, it } from 'vitest';
import { legalDocumentFiltersFromUrl, legalDocumentSearch } from './legal-document-url';

describe('the filters of /van-ban in the address', () => {
  it('read the known values and leave out the others', () => {
    expect(
      legalDocumentFiltersFromUrl(
        '?loai=decree&co-quan-ban-hanh=Ch%C3%ADnh%20ph%E1%BB%A7&nam=2022&hieu-luc=in-force&trang=2',
      ),
    ).toEqual({
      kind: 'decree',
      issuingBody: 'Chính phủ',
      field: undefined,
      year: 2022,
      validity: 'in-force',
      page: 2,
    });
    expect(legalDocumentFiltersFromUrl('?loai=toString&nam=20x&hieu-luc=constructor')).toEqual({
      kind: undefined,
      issuingBody: undefined,
      field: undefined,
      year: undefined,
      validity: undefined,
      page: 1,
    });
  });

  it('write them back, the first page without its number', () => {
    const filters = legalDocumentFiltersFromUrl('?loai=circular&linh-vuc=Thi%20h%C3%A0nh%20%C3%A1n&trang=3');
    expect(legalDocumentSearch(filters)).toBe('?loai=circular&linh-vuc=Thi+h%C3%A0nh+%C3%A1n&trang=3');
    expect(legalDocumentSearch(filters, 1)).toBe('?loai=circular&linh-vuc=Thi+h%C3%A0nh+%C3%A1n');
    expect(legalDocumentSearch(legalDocumentFiltersFromUrl(''))).toBe('');
  });
});
