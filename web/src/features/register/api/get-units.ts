import { queryOptions } from '@tanstack/react-query';
import { recordsClient } from '../../../lib/records-client';
import { registerKeys } from './register-keys';

/** An agency's units, for the register's unit filter. */
export const unitsQueryOptions = (agency: string) =>
  queryOptions({
    queryKey: registerKeys.units(agency),
    queryFn: async ({ signal }) => (await recordsClient.listUnits({ agency, signal })).data,
  });
