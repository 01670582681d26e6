import { useEffect, useRef, useState } from 'react';
import type { MarkSource } from '@shared/book/types';
import { useIsStale, useLive } from './live';
import './live.css';

const SOURCE_TEXT: Record<MarkSource, { short: string; long: string }> = {
  manual: { short: 'M', long: 'manual price' },
  feed: { short: 'L', long: 'live feed price' },
  entry: { short: 'E', long: 'no price stored: the entry price stands in' },
};

/**
 * Beside a position's mark price: where the price comes from (manual / live feed / entry) and,
 * when the live price of its symbol is stale, a visible "stale" badge.
 */
export function MarkBadge({ symbol, source }: { symbol: string; source: MarkSource }) {
  const stale = useIsStale(symbol);
  const s = SOURCE_TEXT[source];
  return (
    <>
      <span className="mark-source" data-mark-source={source} title={s.long} aria-hidden="true">
        {s.short}
      </span>
      <span className="sr-only">, {s.long}</span>
      {stale && (
        <span
          className="mark-stale"
          data-testid="mark-stale"
          title={`No live update for ${symbol} within the stale window: check the market`}
        >
          stale<span className="sr-only"> price</span>
        </span>
      )}
    </>
  );
}

/**
 * For the Book table: when a position is to be shown (a clicked notification or "Show" in the
 * alert history), scrolls the virtualised list to it and returns its id for highlighting.
 * `rows` is the table's current order; `scrollToIndex` the virtualiser's.
 */
export function useFocusedRow(rows: readonly { id: string }[], scrollToIndex: (index: number) => void): string | null {
  const { focus } = useLive();
  const [shown, setShown] = useState<string | null>(null);
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (!focus) {
      handled.current = null;
      setShown(null);
      return;
    }
    // Each request scrolls once: when its row is in `rows` (at once, or after the book loads or
    // the account filter lifts), not again at every refresh of the book.
    if (handled.current === focus.seq) return;
    const index = rows.findIndex((r) => r.id === focus.positionId);
    if (index < 0) {
      setShown(null);
      return;
    }
    handled.current = focus.seq;
    scrollToIndex(index);
    setShown(focus.positionId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, rows]);
  return shown;
}
