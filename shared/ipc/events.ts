import { z } from 'zod';
import { alertEventSchema } from '../alerts/schema';
import { livePriceSchema } from './channels/feed';

/**
 * Events main pushes to the renderer (the other direction from channels). Like channels, each
 * is declared once with a zod payload schema; the preload generates `cascade.events.onX(cb)`
 * from this table, and the callback receives ONLY the validated payload — never Electron's
 * event object (whose `sender` would hand the page an IPC handle).
 */

/** One main → renderer event: its wire name and payload schema. */
export interface EventDef<P extends z.ZodType = z.ZodType, Name extends string = string> {
  readonly channel: Name;
  readonly payload: P;
}

/** Declares an event. */
export function defineEvent<Name extends string, P extends z.ZodType>(channel: Name, payload: P): EventDef<P, Name> {
  return { channel, payload };
}

/** Every event main may push. Keys are the preload method names. */
export const events = {
  /** A notification was clicked: show this position (null: the alert was not about one position). */
  onFocusPosition: defineEvent(
    'cascade:focus-position',
    z.object({ positionId: z.string().nullable(), alertId: z.string().nullable() }),
  ),
  /** Coalesced live prices (at most 10 batches a second). */
  onPrices: defineEvent('cascade:prices', z.array(livePriceSchema)),
  /** Symbols whose live price is stale (the whole set, every time it changes). */
  onStale: defineEvent('cascade:stale', z.array(z.string())),
  /** Alerts that just fired (already in the history). */
  onAlerts: defineEvent('cascade:alerts', z.array(alertEventSchema)),
} as const;

type EventTable = Readonly<Record<string, EventDef>>;

/** `cascade.events`: one `onX(callback) → unsubscribe` per event. */
export type EventsApi<T extends EventTable = typeof events> = {
  readonly [K in keyof T]: (callback: (payload: z.output<T[K]['payload']>) => void) => () => void;
};

/**
 * Builds `cascade.events` over a transport: `subscribe(channel, listener)` attaches a raw
 * listener and returns its detach function. Payloads failing their schema are dropped (and
 * reported through `onInvalid`), so a bug in main cannot feed the page malformed data.
 */
export function buildEvents<T extends EventTable>(
  table: T,
  subscribe: (channel: string, listener: (payload: unknown) => void) => () => void,
  onInvalid: (channel: string, message: string) => void = () => {},
): EventsApi<T> {
  const api: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(table)) {
    api[key] = (callback: (payload: unknown) => void) => {
      if (typeof callback !== 'function') throw new TypeError(`${key} needs a callback`);
      return subscribe(def.channel, (payload) => {
        const parsed = def.payload.safeParse(payload);
        if (parsed.success) callback(parsed.data);
        else onInvalid(def.channel, parsed.error.issues[0]?.message ?? 'invalid payload');
      });
    };
  }
  return api as EventsApi<T>;
}
