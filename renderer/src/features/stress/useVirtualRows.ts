import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Row height of the Stress screen's tables (px); rows set it so the virtualiser's estimate is exact. */
export const ROW_HEIGHT = 24;

/**
 * A virtualised <table> body: the rows in view plus the heights of the spacer rows above and
 * below them (a table cannot position rows absolutely). `initialRect` is the viewport assumed for
 * tests and the first paint before layout, so rows exist immediately.
 */
export function useVirtualRows(count: number, initialRect: { width: number; height: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    initialRect,
  });
  const items = virtual.getVirtualItems();
  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? virtual.getTotalSize() - items[items.length - 1].end : 0;
  return { scroller, items, top, bottom };
}
