import type { CascadeApi } from '@shared/ipc/channels';
import type { IpcResult } from '@shared/ipc/errors';
import { unwrap } from './cascade';

/**
 * Looks up a method of the generated API by its path (`['positions', 'upsert']`) and calls it.
 * Channels land one by one; a missing one fails with a readable message instead of a TypeError,
 * so a screen shows "not available in this build" rather than crashing.
 */
export function callChannel<T>(api: CascadeApi, path: readonly string[], request?: unknown): Promise<T> {
  let node: unknown = api;
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (typeof node !== 'function') {
    return Promise.reject(new Error(`${path.join('.')} is not available in this build of Cascade`));
  }
  return unwrap((node as (req?: unknown) => Promise<IpcResult<T>>)(request));
}

/** True when the API has a method at `path` (for hiding controls whose channel has not landed). */
export function hasChannel(api: CascadeApi, path: readonly string[]): boolean {
  let node: unknown = api;
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === 'function';
}
