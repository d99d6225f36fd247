import { describe, expect, it } from 'vitest';
import { pageLanguage, pageLanguages } from './site-language.js';

describe("a page's language", () => {
  it('is decided from its path under the agency: /en and below are English, everything else Vietnamese', () => {
    expect(pageLanguage('/en')).toBe('en');
    expect(pageLanguage('/en/about')).toBe('en');
    expect(pageLanguage('/en/contact')).toBe('en');
    expect(pageLanguage('/')).toBe('vi');
    expect(pageLanguage('/lien-he')).toBe('vi');
    // A word that only begins like it is not English.
    expect(pageLanguage('/entry')).toBe('vi');
    expect(pageLanguage('/tin-tuc/en')).toBe('vi');
  });

  it('has its counterpart in the other language where one exists', () => {
    expect(pageLanguages('/gioi-thieu')).toEqual({ vi: '/gioi-thieu', en: '/en/about' });
    expect(pageLanguages('/en/about')).toEqual({ vi: '/gioi-thieu', en: '/en/about' });
    expect(pageLanguages('/en/contact/')).toEqual({ vi: '/lien-he', en: '/en/contact' });
    expect(pageLanguages('/en')).toEqual({ vi: '/', en: '/en' });
    expect(pageLanguages('/')).toEqual({ vi: '/', en: '/en' });
    expect(pageLanguages('/gioi-thieu/co-cau-to-chuc')).toBeNull();
    expect(pageLanguages('/tin-tuc/x')).toBeNull();
  });
});
