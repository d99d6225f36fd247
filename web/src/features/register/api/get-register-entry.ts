import { queryOptions } from '@tanstack/react-query';
import { recordsClient } from '../../../lib/records-client';
import { registerKeys } from './register-keys';

/**
 * One entry of the register by its documentId (null once taken off: its page is a 404). Whose pages may show it (the
 * agency's and its merged agencies', or the national register) is the page's decision.
 */
export const registerEntryQueryOptions = (documentId: string) =>
  queryOptions({
    queryKey: registerKeys.entry(documentId),
    queryFn: ({ signal }) => recordsClient.getRegisterEntry(documentId, { signal }),
  });
