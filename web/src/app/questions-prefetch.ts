// The first reads of the citizens' question pages (issue 21), with the options their components use: loaded beside
// those pages (see route-table.ts), so that neither their queries nor their client are in the app's first bundle.
import type { QueryClient } from '@tanstack/react-query';
import { isQuestionTopic, normalizeTrackingCode } from '@thads/content';
import { pageFromSearch } from '../config/paths';
import { privacyNoticeQueryOptions } from '../features/questions/api/get-privacy-notice';
import { questionQueryOptions } from '../features/questions/api/get-question';
import { questionStatusQueryOptions } from '../features/questions/api/get-question-status';
import { questionsQueryOptions } from '../features/questions/api/get-questions';
import type { AgencyScope } from '../lib/agency';

/** What `/hoi-dap` reads first: a page of the agency's questions, of the topic in its address or all. */
export function questionsPrefetch(
  client: QueryClient,
  _params: unknown,
  search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  const topic = new URLSearchParams(search).get('chu-de') || null;
  // A topic that does not exist is the list's own "not found", with nothing to ask for.
  if (topic !== null && !isQuestionTopic(topic)) return [];
  return [client.prefetchQuery(questionsQueryOptions(scope.code, topic, pageFromSearch(search)))];
}

/** What the form reads first: the notice beside its consent box. */
export function askQuestionPrefetch(client: QueryClient): Array<Promise<void>> {
  return [client.prefetchQuery(privacyNoticeQueryOptions())];
}

/** What the tracking page reads first: the status of the code in its address, if any. */
export function trackQuestionPrefetch(client: QueryClient, _params: unknown, search: string): Array<Promise<void>> {
  const code = normalizeTrackingCode((new URLSearchParams(search).get('ma') ?? '').slice(0, 40));
  return code ? [client.prefetchQuery(questionStatusQueryOptions(code))] : [];
}

/** What a question's page reads first. */
export function questionPrefetch(
  client: QueryClient,
  { slug = '' }: { slug?: string },
  _search: string,
  scope: AgencyScope,
): Array<Promise<void>> {
  return [client.prefetchQuery(questionQueryOptions(scope.code, slug))];
}
