import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { CascadeApi } from '../../shared/ipc/channels';
import { ApiContext } from './api/cascade';
import { Footer } from './shell/Footer';

/** The whole window: header, the book area and the footer. */
export function App({ api }: { api: CascadeApi }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <div className="app-shell">
          <header className="app-header">
            <h1>Cascade</h1>
          </header>
          <main className="app-main" aria-label="Positions">
            <p className="placeholder">No positions yet.</p>
          </main>
          <Footer />
        </div>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
