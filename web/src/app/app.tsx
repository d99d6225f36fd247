import type { QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import { SiteLayout } from './layout/site-layout';
import { AppProvider } from './provider';
import { AppRouter } from './router';
import { useScrollToTopOnNavigation } from './use-scroll-reset';

/** Where a server render is: the request's path and query string (the browser reads its own location). */
export type ServerLocation = { path: string; search: string };

function Page({ onShown }: { onShown?: () => void }) {
  useScrollToTopOnNavigation();
  return (
    <SiteLayout>
      <AppRouter onShown={onShown} />
    </SiteLayout>
  );
}

/**
 * The site. `location`: where a server render is; `onShown`: called once the page's route is in the app's hands in
 * the browser (app/start-app.tsx).
 */
export function App({
  queryClient,
  location,
  onShown,
}: {
  queryClient?: QueryClient;
  location?: ServerLocation;
  onShown?: () => void;
}) {
  return (
    <AppProvider queryClient={queryClient}>
      {location ? (
        <Router ssrPath={location.path} ssrSearch={location.search}>
          <Page />
        </Router>
      ) : (
        <Page onShown={onShown} />
      )}
    </AppProvider>
  );
}
