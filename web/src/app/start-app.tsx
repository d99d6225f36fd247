import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { navigate } from 'wouter/use-browser-location';
import { createQueryClient } from '../lib/query-client';
import { App } from './app';
import { isPreviewPath, QUERY_STATE_ID } from './query-state';

/** The app in charge of the page: its way to show another page of the site. */
export type StartedApp = { navigate: (to: string) => void };

/**
 * The app takes over the page (app/boot.ts decides when): a server-rendered page is hydrated with the query cache it
 * was rendered with (nothing is asked again), a bare page (served without a server render) is rendered. Resolves once
 * the page's route is in the app's hands (its controls answer; what ServerHtml keeps stays as sent): from then on it
 * handles events and navigation.
 */
export function startApp(): Promise<StartedApp> {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const queryClient = createQueryClient();
  const serverState = document.getElementById(QUERY_STATE_ID)?.textContent;
  if (serverState) {
    const state = JSON.parse(serverState) as DehydratedState;
    // The page was current when sent (the server's copies are dropped on every change): its data counts as fetched now.
    const now = Date.now();
    for (const query of state.queries) query.state.dataUpdatedAt = now;
    hydrate(queryClient, state);
  }
  // A preview whose server render could not read the draft is shown afresh (the app reads it), not hydrated: the
  // server's HTML then is a loading state in another agency's layout, which the app would not render the same.
  const hydrated =
    Boolean(serverState) &&
    (!isPreviewPath(window.location.pathname) ||
      queryClient
        .getQueryCache()
        .findAll({ queryKey: ['preview'] })
        .some((query) => query.state.status === 'success'));
  return new Promise((resolve) => {
    const started = () => resolve({ navigate: (to) => navigate(to) });
    const app = (
      <StrictMode>
        <App queryClient={queryClient} onShown={started} />
      </StrictMode>
    );
    // Hydration as a transition: React yields to the reader's input every few milliseconds instead of holding the
    // main thread for the whole page.
    if (hydrated) startTransition(() => void hydrateRoot(root, app));
    else createRoot(root).render(app);
  });
}
