import { memo } from 'react';
import type { LadderStep } from './model/types';
import { fmtMove, fmtPrice, fmtUsd } from './format';

/** True once BTC has moved at least as far as this rung. */
export function rungReached(step: LadderStep, move: number): boolean {
  return step.direction === 'down' ? move <= step.move : move >= step.move;
}

/**
 * The cascade ladder: liquidations in the order BTC reaches them (falls first, then rises), the
 * BTC level of each and the book's equity right after. Rungs already reached at the slider's
 * move are marked "liquidated" (data-state="liquidated").
 */
export function LadderTable({ ladder, move }: { ladder: LadderStep[]; move: number }) {
  if (ladder.length === 0) {
    return <p className="muted" data-testid="ladder-empty">No position is liquidated anywhere from −90 % to +100 % BTC.</p>;
  }
  return (
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
        {ladder.map((step) => (
          <LadderRow key={`${step.direction}:${step.accountId}:${step.positionIds.join(',')}`} step={step} reached={rungReached(step, move)} />
        ))}
      </tbody>
    </table>
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
    >
      <td>{step.direction === 'down' ? '↓' : '↑'}{step.order}</td>
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
