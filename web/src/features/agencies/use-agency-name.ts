import { useQuery } from '@tanstack/react-query';
import type { SiteLanguage } from '@thads/content';
import { useAgency } from '../../lib/agency';
import { agencyQueryOptions } from './api/get-agency';
import type { Shown } from './translation';

/** The agency's name in the page's language: its English name on English pages, its Vietnamese one until it has one. */
export function useAgencyName(language: SiteLanguage): Shown<string> {
  const { agency } = useAgency();
  const englishName = useQuery(agencyQueryOptions(agency.code)).data?.englishName?.trim();
  return language === 'en' && englishName
    ? { value: englishName, language: 'en' }
    : { value: agency.name, language: 'vi' };
}
