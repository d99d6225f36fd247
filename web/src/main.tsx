import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { QUERY_STATE_ID } from './app/query-state';
import { applyTextScale, storedTextScale } from './features/articles/components/text-size-control';
import { createQueryClient } from './lib/query-client';
import './styles.css';

// A reader's chosen text size applies from the first paint, on every page.
applyTextScale(storedTextScale());

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
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);
// A server-rendered page is hydrated; the bare page (served without a server render) is rendered here.
if (serverState) hydrateRoot(root, app);
else createRoot(root).render(app);
