import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * What main tells the page about live prices, kept where the Book can read it: the symbols
 * whose live price is stale (from `cascade.events.onStale`, seeded by `feed.status`), and a
 * request to show one position (a clicked notification, `onFocusPosition`).
 */
export interface LiveState {
  stale: ReadonlySet<string>;
  setStale: (symbols: Iterable<string>) => void;
  /** The position to scroll to and highlight; `seq` changes with every request, even for the same id. */
  focus: { positionId: string; seq: number } | null;
  requestFocus: (positionId: string) => void;
}

const NONE: ReadonlySet<string> = new Set();

/** Outside a provider (component tests of the Book): nothing stale, nothing focused. */
const LiveContext = createContext<LiveState>({ stale: NONE, setStale: () => {}, focus: null, requestFocus: () => {} });

/** How long a focused row stays highlighted. */
export const FOCUS_HIGHLIGHT_MS = 8_000;

/** Holds the stale set and the focus request for everything below it. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const [stale, setStaleState] = useState<ReadonlySet<string>>(NONE);
  const [focus, setFocus] = useState<LiveState['focus']>(null);
  const seq = useRef(0);
  const setStale = useCallback((symbols: Iterable<string>) => setStaleState(new Set(symbols)), []);
  const requestFocus = useCallback((positionId: string) => setFocus({ positionId, seq: ++seq.current }), []);
  // The highlight fades: a later visit to the Book should not jump back to an old alert's row.
  useEffect(() => {
    if (!focus) return;
    const timer = setTimeout(() => setFocus((f) => (f?.seq === focus.seq ? null : f)), FOCUS_HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [focus]);
  const value = useMemo(() => ({ stale, setStale, focus, requestFocus }), [stale, setStale, focus, requestFocus]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** The live state (a no-op default outside {@link LiveProvider}). */
export function useLive(): LiveState {
  return useContext(LiveContext);
}

/** True when the live price of `symbol` is stale. */
export function useIsStale(symbol: string): boolean {
  return useContext(LiveContext).stale.has(symbol);
}
