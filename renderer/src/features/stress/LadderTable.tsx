import { memo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { LadderStep } from './model/types';
import { fmtMove, fmtPrice, fmtUsd } from './format';

const ROW_HEIGHT = 24;

/** True once BTC has moved at least as far as this rung (nothing is reached at move 0). */
export function rungReached(step: LadderStep, move: number): boolean {
  return step.direction === 'down' ? move < 0 && move <= step.move : move > 0 && move >= step.move;
}

/**
 * The cascade ladder: liquidations in the order BTC reaches them (falls first, then rises), the
 * BTC level of each and the book's equity right after. Rungs already reached at the slider's
 * move are marked "liquidated" (data-state="liquidated"). Virtualised like the positions table:
 * a book of 500 positions has hundreds of rungs.
 */
export function LadderTable({ ladder, move }: { ladder: LadderStep[]; move: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: ladder.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 600, height: 300 },
  });
  if (ladder.length === 0) {
    return <p className="muted" data-testid="ladder-empty">No position is liquidated anywhere from −90 % to +100 % BTC.</p>;
  }
  const items = virtual.getVirtualItems();
  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? virtual.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <div className="stress-ladder-scroll" ref={scroller} tabIndex={0} aria-label="Cascade ladder, scrollable">
      <table className="stress-ladder" data-testid="ladder">
        <caption>Cascade ladder</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col" className="num">BTC move</th>
            <th scope="col" className="num">BTC price</th>
            <th scope="col">Account</th>
            <th scope="col">Positions</th>
            <th scope="col" className="num">Equity after</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => {
            const step = ladder[item.index];
            return <LadderRow key={step.id} step={step} reached={rungReached(step, move)} />;
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}

const LadderRow = memo(function LadderRow({ step, reached }: { step: LadderStep; reached: boolean }) {
  return (
    <tr
      data-testid="ladder-row"
      data-state={reached ? 'liquidated' : 'open'}
      data-position-ids={step.positionIds.join(' ')}
      data-move={step.move}
      className={reached ? 'rung liquidated' : 'rung'}
      style={{ height: ROW_HEIGHT }}
    >
      <td>
        {step.direction === 'down' ? '↓' : '↑'}
        {step.order}
      </td>
      <td className="num">{fmtMove(step.move)}</td>
      <td className="num">{fmtPrice(step.btcPrice)}</td>
      <td>
        {step.accountName}
        {step.kind === 'cross' && <span className="tag"> cross</span>}
      </td>
      <td>{step.symbols.join(', ')}</td>
      <td className="num">{fmtUsd(step.equityAfter)}</td>
      <td>{reached ? <strong className="danger">liquidated</strong> : <span className="muted">open</span>}</td>
    </tr>
  );
});
