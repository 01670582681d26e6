/** Builds {@link PositionRisk} rows from solver output. */
import { roundConservative } from './rounding';
import type { Prepared } from './prepare';
import type { Solution } from './solve';
import type { PositionRisk } from './types';

/**
 * Price reported for a solver outcome: the (conservatively rounded) price; null when no price
 * liquidates the position; the mark price when the position is liquidatable at every price
 * (its collateral is already below maintenance whatever the price does).
 */
export function reportedPrice(s: Solution, mark: number, step: number | undefined): number | null {
  if (s.kind === 'never') return null;
  if (s.kind === 'always') return mark;
  return roundConservative(s.price, s.below, step);
}

/**
 * The solver's liquidation price moved by `buffer` on the conservative side (a long's up, a
 * short's down), as OKX reports isolated LPs one tick inside the formula value. That is toward
 * the mark in the usual case; for an account already past its liquidation point (LP on the far
 * side of the mark) it moves away from it, as OKX's own formula does. A buffer that would push
 * the price to zero or below is not applied.
 */
function buffered(s: Solution, buffer: number): Solution {
  if (buffer === 0 || s.kind !== 'price') return s;
  const price = s.below ? s.price + buffer : s.price - buffer;
  return price > 0 ? { kind: 'price', price, below: s.below } : s;
}

/** One result row. */
export function positionRisk(p: Prepared, liq: Solution, bankrupt: Solution): PositionRisk {
  const liquidationPrice = reportedPrice(buffered(liq, p.lpBuffer), p.mark, p.step);
  return {
    id: p.spec.id,
    liquidationPrice,
    bankruptcyPrice: reportedPrice(bankrupt, p.mark, p.step),
    unrealizedPnl: p.upnl,
    maintenanceMargin: p.mm,
    notional: p.notional,
    distanceToLiquidation: liquidationPrice === null ? null : Math.abs(liquidationPrice - p.mark) / p.mark,
  };
}
