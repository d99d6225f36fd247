import { describe, expect, it } from 'vitest';
import { paths, returnPathFromSearch } from './paths';

describe('signing in and coming back', () => {
  it('builds the sign-in link with the page to return to and the expiry notice', () => {
    expect(paths.signIn.build()).toBe('/dang-nhap');
    expect(paths.signIn.build({ expired: true, returnTo: '/tin-tuc/thong-bao?trang=2' })).toBe(
      '/dang-nhap?het-han=1&tiep-theo=%2Ftin-tuc%2Fthong-bao%3Ftrang%3D2',
    );
  });

  it('returns only to a page of this site', () => {
    expect(returnPathFromSearch('?tiep-theo=%2Ftin-tuc%2Fthong-bao%3Ftrang%3D2')).toBe('/tin-tuc/thong-bao?trang=2');
    for (const hostile of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\\\evil.example',
      'javascript:alert(1)',
      '',
    ]) {
      expect(returnPathFromSearch(`?tiep-theo=${encodeURIComponent(hostile)}`), hostile).toBe('/');
    }
    expect(returnPathFromSearch('')).toBe('/');
  });
});
