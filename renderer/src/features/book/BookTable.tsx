import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import type { Formatters } from '../../ui/format';
import { useFormat } from '../../ui/FormatContext';
import { SortHeader, type SortState } from '../../ui/SortHeader';
import { MarkBadge, useFocusedRow } from '../../live/MarkBadge';
import { byDanger, sortRows, type BookRow, type SortKey } from './rows';

const ROW_HEIGHT = 26;

const COLUMNS: { key: SortKey; label: string; align?: 'left' | 'right'; title?: string }[] = [
  { key: 'account', label: 'Account', align: 'left' },
  { key: 'symbol', label: 'Symbol', align: 'left' },
  { key: 'side', label: 'Side', align: 'left' },
  { key: 'size', label: 'Size' },
  { key: 'entry', label: 'Entry' },
  { key: 'mark', label: 'Mark' },
  { key: 'liquidation', label: 'Liq. price', title: 'Liquidation price, computed with the venue’s rules' },
  {
    key: 'distance',
    label: 'To LP',
    title:
      'Distance from mark to the liquidation price: % of mark, and in daily standard deviations (σ) when a volatility is set in Settings',
  },
  {
    key: 'marginRatio',
    label: 'Margin ratio',
    title: 'Maintenance margin / equity (cross: the account’s; isolated: the position’s)',
  },
  { key: 'upnl', label: 'uPnL' },
  { key: 'stop', label: 'Stop' },
  { key: 'warnings', label: 'Warn.', title: 'Warnings' },
];

const LEVEL_TEXT: Record<BookRow['level'], string> = {
  liquidated: 'past liquidation',
  error: 'cannot assess',
  danger: 'danger',
  warn: 'watch',
  calm: '',
};

/**
 * All positions in one virtualised table (only the visible rows are in the DOM, so 10 000 rows
 * scroll smoothly). Header buttons sort; the default order puts the most dangerous first.
 */
export function BookTable({
  rows,
  onEdit,
  onChart,
  label = 'Positions',
}: {
  rows: readonly BookRow[];
  onEdit?: (row: BookRow) => void;
  /** Opens the Chart screen on a symbol (the symbol cell becomes a button). */
  onChart?: (symbol: string) => void;
  label?: string;
}) {
  const f = useFormat();
  const [sort, setSort] = useState<SortState<SortKey> | null>(null);
  const sorted = useMemo(() => (sort ? sortRows(rows, sort.key, sort.dir) : byDanger(rows)), [rows, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  // A clicked alert notification (or "Show" in the alert history) scrolls to and highlights its position.
  const focusedId = useFocusedRow(sorted, (i) => virtualizer.scrollToIndex(i, { align: 'center' }));

  return (
    <div className="book-table" role="table" aria-label={label} aria-rowcount={sorted.length + 1}>
      <div role="rowgroup" className="book-head">
        <div role="row" className="book-row book-row-head" aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <SortHeader
              key={c.key}
              column={c.key}
              label={c.label}
              align={c.align}
              title={c.title}
              sort={sort}
              onSort={setSort}
            />
          ))}
          <div role="columnheader" className="th">
            <span className="sr-only">Actions</span>
          </div>
        </div>
      </div>
      <div ref={scrollRef} className="book-scroll" tabIndex={0} aria-label={`${label}, scrollable`} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <BookRowView
              key={sorted[item.index].id}
              row={sorted[item.index]}
              index={item.index}
              start={item.start}
              f={f}
              onEdit={onEdit}
              onChart={onChart}
              focused={sorted[item.index].id === focusedId}
            />
          ))}
        </div>
      </div>
      {sorted.length === 0 && <p className="placeholder">No positions match.</p>}
    </div>
  );
}

/**
 * One row. Memoised: while scrolling, rows already on screen keep their props (same row object,
 * same offset) and skip rendering; only rows entering the window render.
 */
const BookRowView = memo(function BookRowView({
  row,
  index,
  start,
  f,
  onEdit,
  onChart,
  focused,
}: {
  row: BookRow;
  index: number;
  start: number;
  f: Formatters;
  onEdit?: (row: BookRow) => void;
  onChart?: (symbol: string) => void;
  focused?: boolean;
}) {
  const p = row.position;
  const inverse = p.contract === 'inverse';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`book-row level-${row.level}${focused ? ' row-focused' : ''}`}
      aria-current={focused || undefined}
      data-position-id={row.id}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${start}px)`,
      }}
      onDoubleClick={() => onEdit?.(row)}
    >
      <div role="cell" className="td td-left" title={row.account.name}>
        {row.account.name}
      </div>
      <div role="cell" className="td td-left">
        {onChart ? (
          <button
            type="button"
            className="symbol link-btn"
            onClick={() => onChart(p.symbol)}
            aria-label={`Chart ${p.symbol}`}
            title="Open the price chart"
          >
            {p.symbol}
          </button>
        ) : (
          <span className="symbol">{p.symbol}</span>
        )}
        {inverse && <span className="tag">inverse</span>}
        {row.account.marginMode === 'isolated' && <span className="tag">iso</span>}
      </div>
      <div role="cell" className={`td td-left side-${p.side}`}>
        {p.side}
      </div>
      <div role="cell" className="td">
        {f.qty(p.quantity)}
      </div>
      <div role="cell" className="td">
        {f.price(p.entryPrice, p.tickSize)}
      </div>
      <div
        role="cell"
        className="td"
        title={p.markSource === 'entry' ? 'No price stored: the entry price stands in' : undefined}
      >
        {f.price(p.markPrice, p.tickSize)}
        <MarkBadge symbol={p.symbol} source={p.markSource} />
      </div>
      <div role="cell" className="td td-lp" data-testid="lp">
        {row.error ? (
          <span title={row.error}>error</span>
        ) : row.liquidationPrice === null ? (
          'none'
        ) : (
          f.price(row.liquidationPrice, p.tickSize)
        )}
      </div>
      <div role="cell" className="td">
        {row.level === 'liquidated' ? 'past LP' : f.pct(row.distance, 1)}
        {row.sigma !== null && <span className="sigma"> {f.num(row.sigma, 1)}σ</span>}
        {LEVEL_TEXT[row.level] && <span className="sr-only">, {LEVEL_TEXT[row.level]}</span>}
      </div>
      <div role="cell" className="td">
        {row.marginRatio === Number.POSITIVE_INFINITY ? '∞' : f.pct(row.marginRatio, 1)}
      </div>
      <div role="cell" className={`td ${row.unrealizedPnl !== null && row.unrealizedPnl < 0 ? 'neg' : 'pos'}`}>
        {f.signedMoney(row.unrealizedPnl, inverse ? 6 : 2)}
      </div>
      <div role="cell" className="td">
        {p.stopLoss ? f.price(p.stopLoss, p.tickSize) : '—'}
      </div>
      <div role="cell" className="td">
        {row.warnings > 0 ? (
          <span className="badge badge-warn" aria-label={`${row.warnings} warnings`}>
            {row.warnings}
          </span>
        ) : null}
      </div>
      <div role="cell" className="td td-actions">
        {onEdit && (
          <button
            type="button"
            className="btn btn-quiet btn-xs"
            onClick={() => onEdit(row)}
            aria-label={`Edit ${p.symbol} ${p.side} in ${row.account.name}`}
          >
            Edit
          </button>
        )}
      </div>
    </div>
  );
});
