import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AlertEvent } from '@shared/alerts/schema';
import { useApi } from '../api/cascade';
import { queryKeys } from '../api/queries';
import { eventsOf } from './events';
import { useLive } from './live';
import { alertKeys } from '../features/alerts/queries';

/** Live prices arrive up to 10 times a second; the book is re-read at most this often. */
export const PRICE_REFRESH_MS = 1_000;
/** The banner lists at most this many recent alerts (and counts the rest). */
const BANNER_MAX = 5;

/**
 * Subscribes to main's events for as long as the window lives:
 * - `onAlerts`: refreshes the history and returns the alerts for the in-app banner;
 * - `onPrices`: refreshes the book and prices, throttled to one refresh per {@link PRICE_REFRESH_MS};
 * - `onStale`: replaces the stale-symbol set the Book reads;
 * - `onFocusPosition`: asks the Book to show that position and calls `showBook`.
 * Without `cascade.events` (the E2E bridge, component tests) it does nothing.
 */
export function useMainEvents(showBook: () => void): { recent: AlertEvent[]; total: number; dismiss: () => void } {
  const api = useApi();
  const client = useQueryClient();
  const { setStale, requestFocus } = useLive();
  const [recent, setRecent] = useState<{ events: AlertEvent[]; total: number }>({ events: [], total: 0 });
  const showBookRef = useRef(showBook);
  showBookRef.current = showBook;

  useEffect(() => {
    const events = eventsOf(api);
    if (!events) return;
    const offs: (() => void)[] = [];
    const on = <K extends keyof typeof events>(key: K, cb: Parameters<NonNullable<(typeof events)[K]>>[0]) => {
      const subscribe = events[key];
      if (typeof subscribe !== 'function') return;
      try {
        offs.push((subscribe as (c: typeof cb) => () => void)(cb));
      } catch {
        // a transport that cannot subscribe leaves the page without live updates, nothing worse
      }
    };

    on('onAlerts', (fired) => {
      void client.invalidateQueries({ queryKey: alertKeys.history });
      if (fired.length > 0)
        setRecent((r) => ({ events: [...fired, ...r.events].slice(0, BANNER_MAX), total: r.total + fired.length }));
    });

    // Throttle: the first batch refreshes at once, later ones within the window coalesce into one trailing refresh.
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      last = Date.now();
      timer = null;
      void client.invalidateQueries({ queryKey: queryKeys.book });
      void client.invalidateQueries({ queryKey: queryKeys.prices });
    };
    on('onPrices', () => {
      if (timer) return;
      const wait = last + PRICE_REFRESH_MS - Date.now();
      if (wait <= 0) refresh();
      else timer = setTimeout(refresh, wait);
    });

    on('onStale', (symbols) => setStale(symbols));

    on('onFocusPosition', ({ positionId }) => {
      if (positionId) requestFocus(positionId);
      showBookRef.current();
    });

    return () => {
      if (timer) clearTimeout(timer);
      for (const off of offs) {
        try {
          off();
        } catch {
          // already detached
        }
      }
    };
  }, [api, client, setStale, requestFocus]);

  const dismiss = useCallback(() => setRecent({ events: [], total: 0 }), []);
  return { recent: recent.events, total: recent.total, dismiss };
}
