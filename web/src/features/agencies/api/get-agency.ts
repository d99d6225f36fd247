import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { agencyKeys } from './agency-keys';

/** One agency's header and footer (contacts, the person responsible, related links): they change rarely. */
export const agencyQueryOptions = (code: string) =>
  queryOptions({
    queryKey: agencyKeys.detail(code),
    queryFn: ({ signal }) => contentClient.getAgency(code, { signal }),
    staleTime: 10 * 60_000,
  });
