import { QueryClient } from '@tanstack/react-query';
import type { AgencyDirectory } from '@thads/content';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AgencyScope, provideAgencies } from '../app/agency-scope';
import { AppProvider } from '../app/provider';
import { agencyDirectory, agencyRecord } from './fixtures';

/**
 * Renders UI with a fresh query cache (no retries, so error states show at once) at a given URL, among the agencies
 * of `directory` (the fixtures' by default): the agency whose page the URL is, with the directory and the agencies'
 * records already in the cache as a server-rendered page brings them.
 */
export function renderWithApp(
  ui: ReactElement,
  { path = '/', directory = agencyDirectory }: { path?: string; directory?: AgencyDirectory } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  provideAgencies(
    queryClient,
    directory,
    directory.agencies.map(({ code }) => agencyRecord(code)),
  );
  const location = memoryLocation({ path, record: true });
  const result = render(
    <AppProvider queryClient={queryClient}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <AgencyScope>{ui}</AgencyScope>
      </Router>
    </AppProvider>,
  );
  return { ...result, queryClient, location };
}

type Responder = (url: URL) => { status?: number; body: unknown } | Promise<{ status?: number; body: unknown }>;

/** Stands in for the CMS at unit level: answers fetch calls from a function of the URL. */
export function stubCms(respond: Responder): { calls: URL[]; restore: () => void } {
  const original = globalThis.fetch;
  const calls: URL[] = [];
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://site.test');
    calls.push(url);
    const { status = 200, body } = await respond(url);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}
