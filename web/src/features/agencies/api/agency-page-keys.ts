import type { SiteLanguage } from '@thads/content';

/** An agency's introduction, leadership and units, per language; the installation's lists of every agency's. */
export const agencyPageKeys = {
  all: ['agency-pages'] as const,
  profile: (agency: string, locale: SiteLanguage) => [...agencyPageKeys.all, 'profile', agency, locale] as const,
  leaders: (agency: string, locale: SiteLanguage) => [...agencyPageKeys.all, 'leaders', agency, locale] as const,
  units: (agency: string, locale: SiteLanguage) => [...agencyPageKeys.all, 'units', agency, locale] as const,
  headOffices: (locale: SiteLanguage) => [...agencyPageKeys.all, 'head-offices', locale] as const,
  unitAreas: () => [...agencyPageKeys.all, 'unit-areas'] as const,
  contacts: () => [...agencyPageKeys.all, 'agency-contacts'] as const,
};
