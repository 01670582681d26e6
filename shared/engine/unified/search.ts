/**
 * Where a margin function of one price crosses zero nearest the mark. Unified accounts value
 * collateral that moves with the price (tiered by quantity or USD value) against maintenance that
 * moves with it too (tiered by notional), so the liquidation equation is piecewise and, with
 * inverse contracts, not linear: it is solved numerically rather than in closed form.
 *
 * The search walks outward from the mark on both sides at the same log distances (steps of 0.5 %
 * growing by 3 % each, out to a factor of 10⁶), so the first sign change found is the nearest
 * one; it is then bisected to the precision of a double. A margin function that changes sign
 * twice between two neighbouring steps (closer than the step) would be missed: with the venues'
 * continuous tables that does not happen.
 */
import type { Solution } from '../solve';

const FIRST_STEP = 0.005;
const GROWTH = 1.03;
const REACH = Math.log(1e6);

function bisect(f: (p: number) => number, lo: number, hi: number, fLo: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    const fm = f(mid);
    if (fm < 0 === fLo < 0) {
      lo = mid;
      fLo = fm;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * The crossing of `f` nearest `mark` (`below`: f < 0 just under it, i.e. liquidated when the price
 * falls to it); `never` when f ≥ 0 everywhere searched, `always` when f < 0 everywhere searched.
 */
export function nearestCrossing(f: (p: number) => number, mark: number): Solution {
  const f0 = f(mark);
  let upP = mark;
  let upF = f0;
  let downP = mark;
  let downF = f0;
  let logDistance = 0;
  let step = FIRST_STEP;
  while (logDistance < REACH) {
    logDistance += step;
    step *= GROWTH;
    const nextUp = mark * Math.exp(logDistance);
    const nextDown = mark * Math.exp(-logDistance);
    const fu = f(nextUp);
    const fd = f(nextDown);
    const upCross = fu < 0 !== upF < 0;
    const downCross = fd < 0 !== downF < 0;
    if (upCross || downCross) {
      const up = upCross ? bisect(f, upP, nextUp, upF) : NaN;
      const down = downCross ? bisect(f, nextDown, downP, fd) : NaN;
      const takeUp = upCross && (!downCross || Math.log(up / mark) <= Math.log(mark / down));
      const price = takeUp ? up : down;
      // Below the crossing the function has the sign it had on the low end of the bracket.
      const below = takeUp ? upF < 0 : fd < 0;
      return { kind: 'price', price, below };
    }
    upP = nextUp;
    upF = fu;
    downP = nextDown;
    downF = fd;
  }
  return f0 < 0 ? { kind: 'always' } : { kind: 'never' };
}
