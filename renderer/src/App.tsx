import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { CascadeApi } from '@shared/ipc/channels';
import { ApiContext } from './api/cascade';
import { LiveProvider } from './live/live';
import { Shell } from './app/Shell';

/** The whole window: the API and query cache around the shell. */
export function App({ api }: { api: CascadeApi }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <LiveProvider>
          <Shell />
        </LiveProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
