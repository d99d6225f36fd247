import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { RegisterQuery } from '@thads/content';
import { recordsClient } from '../../../lib/records-client';
import { registerKeys } from './register-keys';

/** The register's own search: of an agency and the agencies merged into it, or (null) the national register. */
export const registerQueryOptions = (agency: string | null, query: Omit<RegisterQuery, 'agency'>) =>
  queryOptions({
    queryKey: registerKeys.search(agency, query),
    queryFn: ({ signal }) => recordsClient.listRegister({ ...query, agency: agency ?? undefined }, { signal }),
    placeholderData: keepPreviousData,
  });
