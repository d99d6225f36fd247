import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AgencyProfile, SiteLanguage } from '@thads/content';
import { agencyProfileQueryOptions } from './api/get-agency-profile';
import { leadersQueryOptions } from './api/get-leaders';
import { unitsQueryOptions } from './api/get-units';
import { leaderViews, unitViews, type LeaderView, type UnitView } from './translation';

/** Several reads of a page as one: pending while any is, failed if any failed (retrying the failed ones). */
export type Combined<T> =
  { status: 'pending' } | { status: 'error'; error: unknown; retry: () => void } | { status: 'success'; data: T };

export function combine<T>(queries: Array<UseQueryResult<unknown>>, data: () => T): Combined<T> {
  const failed = queries.filter((query) => query.isError);
  if (failed.length > 0)
    return {
      status: 'error',
      error: failed[0]!.error,
      retry: () => failed.forEach((query) => void query.refetch()),
    };
  if (queries.some((query) => query.isPending)) return { status: 'pending' };
  return { status: 'success', data: data() };
}

/** The reads a page waits for: the Vietnamese version, and on an English page the English one too. */
const waitedFor = (language: SiteLanguage, vietnamese: UseQueryResult<unknown>, english: UseQueryResult<unknown>) =>
  language === 'en' ? [vietnamese, english] : [vietnamese];

/** The agency's introduction as a page in `language` shows it: its version in that language, and the Vietnamese one. */
export function useAgencyProfile(
  agency: string,
  language: SiteLanguage,
): Combined<{ vietnamese: AgencyProfile | null; translated: AgencyProfile | null }> {
  const vietnamese = useQuery(agencyProfileQueryOptions(agency, 'vi'));
  const english = useQuery({ ...agencyProfileQueryOptions(agency, 'en'), enabled: language === 'en' });
  return combine(waitedFor(language, vietnamese, english), () => ({
    vietnamese: vietnamese.data ?? null,
    translated: language === 'en' ? (english.data ?? null) : (vietnamese.data ?? null),
  }));
}

/** The agency's leadership as a page in `language` shows it. */
export function useLeaders(agency: string, language: SiteLanguage): Combined<LeaderView[]> {
  const vietnamese = useQuery(leadersQueryOptions(agency, 'vi'));
  const english = useQuery({ ...leadersQueryOptions(agency, 'en'), enabled: language === 'en' });
  return combine(waitedFor(language, vietnamese, english), () =>
    leaderViews(language, vietnamese.data ?? [], english.data ?? []),
  );
}

/** The agency's units as a page in `language` shows them. */
export function useUnits(agency: string, language: SiteLanguage): Combined<UnitView[]> {
  const vietnamese = useQuery(unitsQueryOptions(agency, 'vi'));
  const english = useQuery({ ...unitsQueryOptions(agency, 'en'), enabled: language === 'en' });
  return combine(waitedFor(language, vietnamese, english), () =>
    unitViews(language, vietnamese.data ?? [], english.data ?? []),
  );
}
