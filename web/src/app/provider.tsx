import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession } from '../lib/session';
import { createQueryClient } from '../lib/query-client';

/**
 * Signing in or out changes what the CMS answers (staff also see internal articles): everything fetched under the
 * other identity is dropped and the pages on screen fetch again.
 */
function RefetchOnSessionChange() {
  const client = useQueryClient();
  const userId = useSession()?.user.id ?? null;
  const previous = useRef(userId);
  useEffect(() => {
    if (previous.current === userId) return;
    previous.current = userId;
    void client.resetQueries();
  }, [client, userId]);
  return null;
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <RefetchOnSessionChange />
      {children}
    </QueryClientProvider>
  );
}
