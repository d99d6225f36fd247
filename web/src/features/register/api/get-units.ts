import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { registerKeys } from './register-keys';

/** An agency's units, for the register's unit filter. */
export const unitsQueryOptions = (agency: string) =>
  queryOptions({
    queryKey: registerKeys.units(agency),
    queryFn: async ({ signal }) => (await contentClient.listUnits({ agency, signal })).data,
  });
