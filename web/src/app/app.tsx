import { SiteLayout } from './layout/site-layout';
import { AppProvider } from './provider';
import { AppRouter } from './router';
import { useScrollToTopOnNavigation } from './use-scroll-reset';

export function App() {
  useScrollToTopOnNavigation();
  return (
    <AppProvider>
      <SiteLayout>
        <AppRouter />
      </SiteLayout>
    </AppProvider>
  );
}
