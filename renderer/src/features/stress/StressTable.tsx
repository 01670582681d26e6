import { memo } from 'react';
import { positionAtMove } from './model/compute';
import type { ShockedPosition } from './model/types';
import { fmtNum, fmtPrice, fmtProb, fmtUsd } from './format';
import { ROW_HEIGHT, useVirtualRows } from './useVirtualRows';

/**
 * Every position at the shocked price. Virtualised (only the rows in view are in the DOM), so a
 * slider event costs the same with 50 or 5 000 positions.
 */
export function StressTable({ positions, move }: { positions: ShockedPosition[]; move: number }) {
  const { scroller, items, top, bottom } = useVirtualRows(positions.length, { width: 800, height: 360 });
  return (
    <div className="stress-table-scroll" ref={scroller} tabIndex={0} aria-label="Positions at the shocked price">
      <table className="stress-table" data-testid="stress-table">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Symbol</th>
            <th scope="col">Side</th>
            <th scope="col" className="num">
              β
            </th>
            <th scope="col" className="num">
              Mark
            </th>
            <th scope="col" className="num">
              Shocked
            </th>
            <th scope="col" className="num">
              Liq. price
            </th>
            <th scope="col" className="num">
              PnL
            </th>
            <th
              scope="col"
              className="num"
              title="Distance to the liquidation price in standard deviations over the horizon"
            >
              σ to LP
            </th>
            <th scope="col" className="num" title="Chance of touching the liquidation price within the horizon">
              P(liq.)
            </th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => (
            <StressRow key={positions[item.index].id} p={positions[item.index]} move={move} />
          ))}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}

const StressRow = memo(function StressRow({ p, move }: { p: ShockedPosition; move: number }) {
  const at = positionAtMove(p, move);
  return (
    <tr
      data-testid="stress-row"
      data-position-id={p.id}
      data-state={at.state}
      className={at.state}
      style={{ height: ROW_HEIGHT }}
    >
      <td>{p.accountName}</td>
      <td>{p.symbol}</td>
      <td className={p.side}>{p.side}</td>
      <td className="num">{fmtNum(move < 0 ? p.betaDown : p.betaUp)}</td>
      <td className="num">{fmtPrice(p.markPrice)}</td>
      <td className="num" data-testid="shocked-price">
        {fmtPrice(at.shockedPrice)}
      </td>
      <td className="num">{fmtPrice(p.liquidationPrice)}</td>
      <td className={`num ${at.pnlUsd < 0 ? 'neg' : 'pos'}`}>{fmtUsd(at.pnlUsd)}</td>
      <td className="num">{fmtNum(p.sigmas)}</td>
      <td className={`num ${p.touchProbability !== null && p.touchProbability >= 0.05 ? 'danger' : ''}`}>
        {p.touchProbability === null ? '—' : fmtProb(p.touchProbability)}
      </td>
      <td>
        {at.state === 'open' ? (
          <span className="muted">open</span>
        ) : (
          <strong className={at.state === 'stopped' ? 'warn' : 'danger'}>{at.state}</strong>
        )}
      </td>
    </tr>
  );
});
