import type { QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import { SiteLayout } from './layout/site-layout';
import { AppProvider } from './provider';
import { AppRouter } from './router';
import { useScrollToTopOnNavigation } from './use-scroll-reset';

/** Where a server render is: the request's path and query string (the browser reads its own location). */
export type ServerLocation = { path: string; search: string };

function Page() {
  useScrollToTopOnNavigation();
  return (
    <SiteLayout>
      <AppRouter />
    </SiteLayout>
  );
}

export function App({ queryClient, location }: { queryClient?: QueryClient; location?: ServerLocation }) {
  return (
    <AppProvider queryClient={queryClient}>
      {location ? (
        <Router ssrPath={location.path} ssrSearch={location.search}>
          <Page />
        </Router>
      ) : (
        <Page />
      )}
    </AppProvider>
  );
}
