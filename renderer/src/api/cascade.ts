import { createContext, useContext } from 'react';
import type { CascadeApi } from '@shared/ipc/channels';
import type { IpcError, IpcResult } from '@shared/ipc/errors';

declare global {
  interface Window {
    /** Installed by the preload (Electron) or by the E2E bridge. */
    cascade?: CascadeApi;
  }
}

/** The API the app talks to; tests provide a fake transport through the same context. */
export const ApiContext = createContext<CascadeApi | null>(null);

/** The current API; throws when the app was started outside Electron without a bridge. */
export function useApi(): CascadeApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('Cascade API is not available: start the app with `npm start`');
  return api;
}

/** An IPC failure as a throwable error, keeping the code and per-field issues for forms. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  readonly issues: NonNullable<IpcError['issues']>;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/** Unwraps an IPC result for a query function: the value, or an {@link ApiError}. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
