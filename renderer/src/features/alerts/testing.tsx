/** Test helpers for the alerts feature: a fake transport that validates like main, and fake events. */
import { channels } from '@shared/ipc/channels';
import { buildApi, flattenChannels } from '@shared/ipc/contract';
import { formatPath } from '@shared/errors';
import { type IpcResult } from '@shared/ipc/errors';
import type { EventsApi } from '@shared/ipc/events';

const registry = flattenChannels(channels);

export type Answer = (channel: string, request: unknown) => IpcResult<unknown> | undefined;

/**
 * The generated API over an in-page transport. Like main's dispatcher, every request is first
 * checked against its channel's zod schema (an `invalid-request` with the issue paths), then
 * `answer` replies. Every call is recorded.
 */
export function fakeTransport(answer: Answer) {
  const calls: [string, unknown][] = [];
  const api = buildApi(channels, async (channel, request) => {
    calls.push([channel, request]);
    const def = registry.get(channel)!;
    const parsed = def.request.safeParse(request);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
      return {
        ok: false,
        error: {
          code: 'invalid-request',
          message: `invalid ${channel} request: ${issues[0].path}: ${issues[0].message}`,
          issues,
        },
      };
    }
    return (
      answer(channel, parsed.data) ?? {
        ok: false,
        error: { code: 'unknown-channel', message: `no fake for ${channel}` },
      }
    );
  });
  return { api, calls, count: (channel: string) => calls.filter(([c]) => c === channel).length };
}

type Listeners = { [K in keyof EventsApi]: Set<Parameters<EventsApi[K]>[0]> };

/** A fake `cascade.events`: subscribe like the preload's, `emit` plays main. */
export function fakeEvents() {
  const listeners: Listeners = {
    onFocusPosition: new Set(),
    onPrices: new Set(),
    onStale: new Set(),
    onAlerts: new Set(),
  };
  const subscribe =
    <K extends keyof EventsApi>(key: K) =>
    (cb: Parameters<EventsApi[K]>[0]) => {
      (listeners[key] as Set<typeof cb>).add(cb);
      return () => void (listeners[key] as Set<typeof cb>).delete(cb);
    };
  const events: EventsApi = {
    onFocusPosition: subscribe('onFocusPosition'),
    onPrices: subscribe('onPrices'),
    onStale: subscribe('onStale'),
    onAlerts: subscribe('onAlerts'),
  };
  const emit = <K extends keyof EventsApi>(key: K, payload: Parameters<Parameters<EventsApi[K]>[0]>[0]) => {
    for (const cb of listeners[key]) (cb as (p: typeof payload) => void)(payload);
  };
  const subscribers = (key: keyof EventsApi) => listeners[key].size;
  return { events, emit, subscribers };
}
