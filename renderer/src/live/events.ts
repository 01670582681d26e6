import type { CascadeApi } from '@shared/ipc/channels';
import type { EventsApi } from '@shared/ipc/events';

/**
 * `cascade.events` when the transport provides it. The preload installs it next to the
 * channels; the E2E bridge and component tests may not, so every caller must cope with undefined.
 */
export function eventsOf(api: CascadeApi): Partial<EventsApi> | undefined {
  const events = (api as CascadeApi & { events?: unknown }).events;
  return events && typeof events === 'object' ? (events as Partial<EventsApi>) : undefined;
}
