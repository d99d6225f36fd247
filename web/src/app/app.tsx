import type { QueryClient } from '@tanstack/react-query';
import type { SiteAgency } from '@thads/content';
import { Router } from 'wouter';
import { AgencyScope } from './agency-scope';
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
 * The site. On the server: at `location`, for the agency the site server decided the page is of (`agency`); in the
 * browser, at its own location, deciding with the same directory.
 * `onShown`: called once the page's route is in the app's hands in the browser (app/start-app.tsx).
 */
export function App({
  queryClient,
  location,
  agency,
  onShown,
}: {
  queryClient?: QueryClient;
  location?: ServerLocation;
  agency?: SiteAgency;
  onShown?: () => void;
}) {
  const page = (
    <AgencyScope decided={agency}>
      <Page onShown={onShown} />
    </AgencyScope>
  );
  return (
    <AppProvider queryClient={queryClient}>
      {location ? (
        <Router ssrPath={location.path} ssrSearch={location.search}>
          {page}
        </Router>
      ) : (
        page
      )}
    </AppProvider>
  );
}
