import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { channels } from '@shared/ipc/channels';
import { buildApi } from '@shared/ipc/contract';
import type { IpcResult } from '@shared/ipc/errors';
import { ApiContext } from '../api/cascade';
import { FormatProvider } from '../ui/FormatContext';

export type Answer = (channel: string, request: unknown) => IpcResult<unknown> | undefined;

/** The generated API over an in-page transport that records every call. */
export function fakeApi(answer: Answer) {
  const calls: [string, unknown][] = [];
  const api = buildApi(channels, async (channel, request) => {
    calls.push([channel, request]);
    return (
      answer(channel, request) ?? { ok: false, error: { code: 'unknown-channel', message: `no fake for ${channel}` } }
    );
  });
  return { api, calls };
}

/** Providers a screen needs: API, query cache, en-US formatting. */
export function Providers({ api, children }: { api: ReturnType<typeof fakeApi>['api']; children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={client}>
        <FormatProvider locale="en-US">{children}</FormatProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
