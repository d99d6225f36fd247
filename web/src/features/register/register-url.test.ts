import { describe, expect, it } from 'vitest';
import { registerFiltersFromUrl, registerQuery, registerSearch } from './register-url';

describe("the register's search in the address", () => {
  it('reads a name, a unit and a year, refusing what is not one', () => {
    expect(registerFiltersFromUrl('?q=nguyen%20van%20a&don-vi=abc123&nam=2025&trang=3')).toEqual({
      q: 'nguyen van a',
      unit: 'abc123',
      year: 2025,
      page: 3,
    });
    expect(registerFiltersFromUrl('?don-vi=%3Cx%3E&nam=1200')).toEqual({
      q: '',
      unit: undefined,
      year: undefined,
      page: 1,
    });
  });

  it('asks the CMS for the same, and writes it back', () => {
    const filters = registerFiltersFromUrl('?q=%2015/Q%C4%90-THADS%20&nam=2025');
    expect(registerQuery(filters)).toEqual({ q: '15/QĐ-THADS', unit: undefined, year: 2025, page: 1, pageSize: 20 });
    expect(registerSearch(filters, 2)).toBe('?q=15%2FQ%C4%90-THADS&nam=2025&trang=2');
  });
});
