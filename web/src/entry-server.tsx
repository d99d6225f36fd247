// The server render of the site: the same app and routes as the browser's, rendered to HTML once the data the route
// asks for is in its query cache, which then goes to the browser with the page (hydrated there, not fetched again).
import { AsyncLocalStorage } from 'node:async_hooks';
import { dehydrate, QueryClient, type Query } from '@tanstack/react-query';
import {
  ContentApiError,
  type AgencyDirectory,
  type PageHeadInput,
  type QuestionFormOutcome,
  type SiteAgency,
  type SiteIdentity,
} from '@thads/content';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { QUERY_STATE_ID } from './app/query-state';
import { preloadRoute } from './app/route-table';
import { provideAgencies } from './app/agency-scope';
import { agencyQueryOptions } from './features/agencies/api/get-agency';
import { questionKeys } from './features/questions/api/question-keys';
import { agencyContextValue } from './lib/agency';
import { setServerFetch } from './lib/content-client';
import { createQueryClient } from './lib/query-client';
import { RenderAgencyContext, RenderStatusContext } from './lib/render-status';
import { PageHeadContext } from './lib/use-document-meta';

/** Where this render asks the CMS, and for whom (the reader's address, for the CMS's rate limits). */
type CmsRequest = { cmsUrl: string; forwardedFor: string; timeoutMs: number };
/**
 * A page to render: the agency directory the site server holds, and its decision of whose page the path is (the
 * browser decides the same with the same directory, which goes to it with the page's data).
 */
type RenderRequest = CmsRequest & {
  directory: AgencyDirectory;
  agency: Extract<SiteAgency, { kind: 'page' }>;
  /** What became of the citizens' question form the site server was sent (its page shows it). */
  form?: QuestionFormOutcome;
};

/** A page rendered: its markup, the query cache (a JSON data element), its status, and what its head shows. */
export type Rendered = {
  html: string;
  state: string;
  status: number;
  /** The page and the document(s) it shows, for its head tags (`pageHead` of @thads/content); null if it never said. */
  head: PageHeadInput | null;
  /** The agency whose page it is, as its head tags name it. */
  site: Omit<SiteIdentity, 'origin'>;
  /** The page's own route module (under src/app/routes), whose chunk goes with the entry script. */
  route: string | undefined;
};

const requests = new AsyncLocalStorage<CmsRequest>();

setServerFetch((input, init) => {
  const request = requests.getStore();
  if (!request) throw new Error('A server render asked the CMS outside of a request');
  const headers = new Headers(init?.headers);
  headers.set('X-Forwarded-For', request.forwardedFor);
  const timeout = AbortSignal.timeout(request.timeoutMs);
  return fetch(new URL(String(input), request.cmsUrl), {
    ...init,
    headers,
    signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
  });
});

/** Rounds of render-then-fetch: a page whose data depends on other data (the related articles) needs a second. */
const MAX_ROUNDS = 4;

const isEnabled = (query: Query) => {
  const enabled: unknown = (query.options as { enabled?: unknown }).enabled;
  return typeof enabled === 'function' ? Boolean(enabled(query)) : enabled !== false;
};

type Receivers = {
  setStatus: (status: number) => void;
  setHead: (input: PageHeadInput) => void;
  setAgency: (code: string) => void;
};

async function renderOnce(
  client: QueryClient,
  path: string,
  search: string,
  agency: RenderRequest['agency'],
  { setStatus, setHead, setAgency }: Receivers,
) {
  const { prelude } = await prerender(
    <StrictMode>
      <RenderStatusContext.Provider value={setStatus}>
        <RenderAgencyContext.Provider value={setAgency}>
          <PageHeadContext.Provider value={setHead}>
            <App queryClient={client} location={{ path, search }} agency={agency} />
          </PageHeadContext.Provider>
        </RenderAgencyContext.Provider>
      </RenderStatusContext.Provider>
    </StrictMode>,
    // Every boundary in place in the HTML: an outlined one would need React's inline script to be shown, which the
    // CSP forbids (and a reader without JavaScript would never see it).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

/**
 * The CMS could not answer: the page is a gateway error, not a page of the site's own — 503 when every failure was the
 * CMS saying it is briefly unavailable (its database restarting, say: the reader may try again in a few seconds),
 * else 502. Null when nothing failed but the reader's own errors (4xx).
 */
const upstreamFailure = (client: QueryClient): 502 | 503 | null => {
  const failures = client
    .getQueryCache()
    .getAll()
    .flatMap((query) => (query.state.status === 'error' ? [query.state.error] : []))
    .filter((error) => !(error instanceof ContentApiError && error.status >= 400 && error.status < 500));
  if (failures.length === 0) return null;
  return failures.every((error) => error instanceof ContentApiError && error.status === 503) ? 503 : 502;
};

/**
 * Renders the page at `url` (path and query string): the app is rendered, the queries it asked for are fetched, and
 * again until it asks for nothing new.
 */
export async function render(url: string, request: RenderRequest): Promise<Rendered> {
  const { pathname, search } = new URL(url, 'http://site.invalid');
  const client = createQueryClient();
  // One attempt: the reader is waiting, and the browser retries on its own after hydration (a failed query is shown
  // as failed, not as loading again). No garbage-collection timers: the whole cache goes with the request.
  client.setDefaultOptions({
    queries: { ...client.getDefaultOptions().queries, retry: false, retryOnMount: false, gcTime: Infinity },
  });
  const { directory, agency } = request;
  const current = agencyContextValue(directory, agency.code);
  // The directory goes to the browser with the page's data: it decides whose page a path is without asking again.
  provideAgencies(client, directory);
  if (request.form) client.setQueryData(questionKeys.sent(), request.form);
  return requests.run(request, async () => {
    // The data the route is known to need is asked for before the first pass, which then renders with it (with the
    // agency's header and footer).
    const [route] = await Promise.all([
      preloadRoute(client, current.scope, agency.path, search.replace(/^\?/, '')),
      client.prefetchQuery(agencyQueryOptions(agency.code)),
    ]);
    let status = 200;
    let head: PageHeadInput | null = null;
    // Whose layout the page is shown in: the path's agency, or a preview's document's.
    let shownAgency = agency.code;
    let html = '';
    for (let round = 0; round < MAX_ROUNDS; round++) {
      status = 200;
      head = null;
      // The last page to say what it shows is the one on screen (a not-found state inside a route, say).
      html = await renderOnce(client, pathname, search.replace(/^\?/, ''), agency, {
        setStatus: (value) => (status = value),
        setHead: (input) => (head = input),
        setAgency: (code) => (shownAgency = code),
      });
      const wanted = client
        .getQueryCache()
        .findAll({ predicate: (query) => query.state.status === 'pending' && isEnabled(query) });
      if (wanted.length === 0) break;
      await Promise.all(wanted.map((query) => query.fetch().catch(() => undefined)));
    }
    const failure = upstreamFailure(client);
    if (failure) status = failure;
    // "<" is escaped: no text in the data can close the element it travels in.
    const json = JSON.stringify(dehydrate(client)).replace(/</g, '\\u003c');
    // A data block the browser never runs (the CSP's script-src stays 'self'), read by main.tsx. A page the CMS failed
    // goes without: the browser renders it afresh (and asks again) instead of hydrating an error it cannot reproduce.
    const state = failure ? '' : `<script type="application/json" id="${QUERY_STATE_ID}">${json}</script>`;
    return {
      html,
      state,
      status,
      head,
      site: agencyContextValue(
        directory,
        shownAgency,
        client.getQueryData(agencyQueryOptions(shownAgency).queryKey)?.description,
      ).site,
      route,
    };
  });
}
