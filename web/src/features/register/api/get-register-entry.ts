import { queryOptions } from '@tanstack/react-query';
import { contentClient } from '../../../lib/content-client';
import { registerKeys } from './register-keys';

/**
 * One entry of the register by its documentId (null once taken off: its page is a 404). Whose pages may show it (the
 * agency's and its merged agencies', or the national register) is the page's decision.
 */
export const registerEntryQueryOptions = (documentId: string) =>
  queryOptions({
    queryKey: registerKeys.entry(documentId),
    queryFn: ({ signal }) => contentClient.getRegisterEntry(documentId, { signal }),
  });
