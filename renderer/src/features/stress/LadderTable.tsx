import { memo } from 'react';
import { baseAsset } from '@shared/symbols/index';
import type { LadderStep } from './model/types';
import { fmtMove, fmtPrice, fmtUsd } from './format';
import { ROW_HEIGHT, useVirtualRows } from './useVirtualRows';

/** True once BTC has moved at least as far as this rung (nothing is reached at move 0). */
export function rungReached(step: LadderStep, move: number): boolean {
  return step.direction === 'down' ? move < 0 && move <= step.btcMove : move > 0 && move >= step.btcMove;
}

/**
 * The cascade ladder (shared/stress `cascadeLadder`): one row per position in the order BTC
 * reaches its end (falls first, then rises) — the BTC level, the position's price there next to
 * the LP the exchange shows today (the gap in a cross account is the drag of the others' losses)
 * and the account's equity right after. Rows reached at the slider's move are marked
 * "liquidated" (data-state="liquidated") or "stopped". Virtualised like the positions table.
 */
export function LadderTable({ ladder, move }: { ladder: LadderStep[]; move: number }) {
  const { scroller, items, top, bottom } = useVirtualRows(ladder.length, { width: 600, height: 300 });
  if (ladder.length === 0) {
    return (
      <p className="muted" data-testid="ladder-empty">
        No position is liquidated anywhere from −90 % to +100 % BTC.
      </p>
    );
  }
  return (
    <div className="stress-ladder-scroll" ref={scroller} tabIndex={0} aria-label="Cascade ladder, scrollable">
      <table className="stress-ladder" data-testid="ladder">
        <caption>Cascade ladder</caption>
        <thead>
          <tr>
            <th scope="col" style={{ width: '3.5em' }}>
              #
            </th>
            <th scope="col" className="num">
              BTC move
            </th>
            <th scope="col" className="num">
              BTC price
            </th>
            <th scope="col">Account</th>
            <th scope="col">Position</th>
            <th scope="col" className="num">
              Dies at
            </th>
            <th scope="col" className="num">
              LP today
            </th>
            <th scope="col" className="num">
              Equity after
            </th>
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

function equityText(step: LadderStep): string {
  // Inverse accounts hold the coin: "BTCUSD_PERP" → "BTC".
  return step.currency === 'quote'
    ? fmtUsd(step.equityAfter)
    : `${fmtPrice(step.equityAfter)} ${baseAsset(step.symbol.split(/[_\-/:]/)[0])}`;
}

const KIND_TEXT: Record<LadderStep['kind'], string> = {
  liquidation: 'liquidated',
  'stop-gapped': 'liquidated (stop gapped)',
  stop: 'stopped',
};

const LadderRow = memo(function LadderRow({ step, reached }: { step: LadderStep; reached: boolean }) {
  const state = !reached ? 'open' : step.kind === 'stop' ? 'stopped' : 'liquidated';
  return (
    <tr
      data-testid="ladder-row"
      data-state={state}
      data-position-id={step.positionId}
      data-position-ids={step.positionId}
      data-move={step.btcMove}
      data-kind={step.kind}
      className={`rung ${state}`}
      style={{ height: ROW_HEIGHT }}
      title={step.note}
    >
      <td>
        {step.direction === 'down' ? '↓' : '↑'}
        {step.order}
      </td>
      <td className="num">{fmtMove(step.btcMove)}</td>
      <td className="num">{fmtPrice(step.btcPrice)}</td>
      <td>
        {step.accountName}
        {step.marginMode === 'cross' && <span className="tag"> cross</span>}
      </td>
      <td>
        {step.symbol} <span className={step.side}>{step.side}</span>
      </td>
      <td className="num">{fmtPrice(step.price)}</td>
      <td className="num">{fmtPrice(step.liquidationPrice)}</td>
      <td className="num">{equityText(step)}</td>
      <td>
        {state === 'open' ? (
          <span className="muted">open</span>
        ) : (
          <strong className={state === 'stopped' ? 'warn' : 'danger'}>{KIND_TEXT[step.kind]}</strong>
        )}
      </td>
    </tr>
  );
});
