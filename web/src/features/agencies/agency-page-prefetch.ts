import type { QueryClient } from '@tanstack/react-query';
import type { SiteLanguage } from '@thads/content';
import type { AgencyScope } from '../../lib/agency';
import { agencyContactsQueryOptions } from './api/get-agency-contacts';
import { agencyProfileQueryOptions } from './api/get-agency-profile';
import { headOfficesQueryOptions } from './api/get-head-offices';
import { leadersQueryOptions } from './api/get-leaders';
import { unitAreasQueryOptions } from './api/get-unit-areas';
import { unitsQueryOptions } from './api/get-units';
import { wardQueryOf } from './ward-lookup';

/**
 * What an agency's introduction, organisation or contact page (in `language`) reads first, with the options its
 * components use: each translated read in the page's language and in Vietnamese, which untranslated texts fall back to.
 */
export const agencyPagePrefetch =
  (page: 'home' | 'about' | 'organisation' | 'contact', language: SiteLanguage) =>
  (client: QueryClient, _params: unknown, search: string, scope: AgencyScope): Array<Promise<void>> => {
    const locales: SiteLanguage[] = language === 'en' ? ['vi', 'en'] : ['vi'];
    const each = <T>(read: (locale: SiteLanguage) => T) => locales.map(read);
    const reads: Array<Promise<void>> = [
      ...each((locale) => client.prefetchQuery(unitsQueryOptions(scope.code, locale))),
    ];
    if (page === 'home' || page === 'about')
      reads.push(...each((locale) => client.prefetchQuery(agencyProfileQueryOptions(scope.code, locale))));
    if (page === 'about' || page === 'organisation')
      reads.push(...each((locale) => client.prefetchQuery(leadersQueryOptions(scope.code, locale))));
    if (page === 'contact' && scope.national) {
      reads.push(...each((locale) => client.prefetchQuery(headOfficesQueryOptions(locale))));
      reads.push(client.prefetchQuery(agencyContactsQueryOptions()));
      if (wardQueryOf(search, language)) reads.push(client.prefetchQuery(unitAreasQueryOptions()));
    }
    return reads;
  };
