/**
 * A stress model: one account flattened into typed arrays once (liquidation prices from
 * `assessAccount`, sizes, betas), so that a sweep over many BTC moves is a tight loop with no
 * engine call per move.
 *
 * Price path: at BTC move `m` a position's price is `mark · (1 + beta · m)`, floored at 0
 * (linear) or at {@link MIN_PRICE_FRACTION} × mark (inverse, where 1/price must stay finite).
 * The path from 0 to `m` is monotone, so whether a position has died by `m` depends only on `m`:
 * it dies if the path from 0 to `m` reaches its liquidation price. Each position therefore has
 * a safe interval of moves (lo, hi) around 0: it is dead at `m < 0` when `m <= lo` and at `m > 0`
 * when `m >= hi`. At `m = 0` nothing dies (the sweep at 0 is the account as assessed today); a
 * position (or cross account) already at or through liquidation at the mark dies on the first
 * move that makes it worse and is kept on moves the other way.
 */
import { assessAccount } from '../engine/assess';
import type { AccountRisk, AccountSpec } from '../engine/types';
import { maintenanceAt, maintenanceLegs, type Leg } from './engineBridge';
import { lookupBySymbol } from './symbols';

/** Inverse contracts: the shocked price never goes below this fraction of the mark. */
export const MIN_PRICE_FRACTION = 1e-9;

/** Lowest BTC move searched for a cross-account crossing (BTC at 0). */
export const MOVE_FLOOR = -1;
/** Highest BTC move searched for a cross-account crossing (BTC × 11). */
export const MOVE_CEILING = 10;

/** An account prepared for sweeping. Arrays are indexed like `account.positions`. */
export interface StressModel {
  account: AccountSpec;
  risk: AccountRisk;
  inverse: boolean;
  cross: boolean;
  n: number;
  /** side × size (base units for linear, quote units for inverse). */
  signedSize: Float64Array;
  entry: Float64Array;
  mark: Float64Array;
  beta: Float64Array;
  /** Isolated margin (0 in cross accounts). */
  margin: Float64Array;
  /** Move at or below which the position is dead (−Infinity: never on the way down). */
  lo: Float64Array;
  /** Move at or above which the position is dead (+Infinity: never on the way up). */
  hi: Float64Array;
  /** Cross accounts: solver legs for the maintenance margin at shocked prices. */
  legs: Leg[] | null;
  /** Cross accounts: mmr + fee of a leg with one tier and no maintenance amount, else −1 (use the tiers). */
  flatRate: Float64Array | null;
  /** Cross accounts: how far the crossing search has gone beyond MOVE_FLOOR / MOVE_CEILING (sweep.ts). */
  searchedTo?: { down: number; up: number };
}

/** Beta of a symbol: `betas[symbol]`, else `betas[baseAsset(symbol)]`, else 1. */
export function betaOf(betas: Readonly<Record<string, number>> | undefined, symbol: string): number {
  const b = lookupBySymbol(betas, symbol);
  if (b === undefined) return 1;
  if (!Number.isFinite(b)) throw new RangeError(`betas.${symbol}: expected a finite number, got ${String(b)}`);
  return b;
}

/** Shocked price of a position at move `m` (see the module comment for the floor). */
export function shockedPrice(mark: number, beta: number, m: number, inverse: boolean): number {
  const f = 1 + beta * m;
  const floor = inverse ? MIN_PRICE_FRACTION : 0;
  return mark * (f > floor ? f : floor);
}

/** Unrealised PnL of one position at `price` (quote for linear, coin for inverse). */
export function pnlAtPrice(inverse: boolean, signedSize: number, entry: number, price: number): number {
  return inverse ? signedSize * (1 / entry - 1 / price) : signedSize * (price - entry);
}

/**
 * Safe interval (lo, hi) of one position from its liquidation price: see the module comment.
 * A position already at or through its LP at the mark dies on any move that makes it worse
 * (down for a long with beta > 0) and is kept on moves the other way, where its margin improves.
 */
export function safeInterval(side: 1 | -1, mark: number, beta: number, lp: number | null): [number, number] {
  if (lp === null || beta === 0) return [-Infinity, Infinity];
  // Long dies when the price falls to LP: with beta > 0 that is on the way down (m < 0).
  const down = side === 1 ? beta > 0 : beta < 0;
  const through = side === 1 ? mark <= lp : mark >= lp;
  if (through) return down ? [0, Infinity] : [-Infinity, 0];
  const m = (lp / mark - 1) / beta;
  return down ? [m, Infinity] : [-Infinity, m];
}

/** Isolated margin as the engine defines it: given, else entry notional / leverage. */
function isolatedMargin(p: AccountSpec['positions'][number], inverse: boolean): number {
  if (p.isolatedMargin !== undefined) return p.isolatedMargin;
  const size = p.quantity * (p.contractSize ?? 1);
  const notional = inverse ? size / p.entryPrice : size * p.entryPrice;
  return notional / (p.leverage as number);
}

/**
 * Prepares an account for sweeping: one `assessAccount` call (which validates and throws
 * `EngineInputError` naming the field), then typed arrays. O(positions) plus, for a cross account,
 * the search for the moves at which its equity meets maintenance ({@link crossingMoves}).
 */
export function createStressModel(account: AccountSpec, betas?: Readonly<Record<string, number>>): StressModel {
  const risk = assessAccount(account);
  const n = account.positions.length;
  const inverse = n > 0 && account.positions[0].contract === 'inverse';
  const cross = account.marginMode === 'cross';
  const m: StressModel = {
    account,
    risk,
    inverse,
    cross,
    n,
    signedSize: new Float64Array(n),
    entry: new Float64Array(n),
    mark: new Float64Array(n),
    beta: new Float64Array(n),
    margin: new Float64Array(n),
    lo: new Float64Array(n),
    hi: new Float64Array(n),
    legs: null,
    flatRate: null,
  };
  for (let i = 0; i < n; i++) {
    const p = account.positions[i];
    const side = p.side === 'long' ? 1 : -1;
    m.signedSize[i] = side * p.quantity * (p.contractSize ?? 1);
    m.entry[i] = p.entryPrice;
    m.mark[i] = p.markPrice;
    m.beta[i] = betaOf(betas, p.symbol);
    m.margin[i] = cross ? 0 : isolatedMargin(p, inverse);
    const [lo, hi] = cross
      ? [-Infinity, Infinity]
      : safeInterval(side, p.markPrice, m.beta[i], risk.positions[i].liquidationPrice);
    m.lo[i] = lo;
    m.hi[i] = hi;
  }
  if (cross && n > 0) {
    m.legs = maintenanceLegs(account);
    m.flatRate = Float64Array.from(m.legs, (l) =>
      l.tiers.length === 1 && l.tiers[0].maintenanceAmount === 0 ? l.tiers[0].mmr + l.feeRate : -1,
    );
    const all = new Uint8Array(n).fill(1);
    const wallet = account.walletBalance;
    let down: number | null;
    let up: number | null;
    if (crossBalance(m, all, wallet, 0) <= 0) {
      // Already at or below maintenance: dies on the side(s) where the balance gets worse.
      const f0 = crossBalance(m, all, wallet, 0);
      down = crossBalance(m, all, wallet, -1e-7) < f0 ? 0 : null;
      up = crossBalance(m, all, wallet, 1e-7) < f0 ? 0 : null;
    } else {
      down = findCrossing(m, all, wallet, 0, MOVE_FLOOR);
      up = findCrossing(m, all, wallet, 0, MOVE_CEILING);
    }
    m.lo.fill(down ?? -Infinity);
    m.hi.fill(up ?? Infinity);
  }
  return m;
}

/**
 * Cross-account margin balance at move `mv`: wallet + Σ uPnL − Σ maintenance over the open
 * positions (`open[i] === 1`). Liquidation when it reaches 0. One difference from the engine:
 * Bybit inverse cross also counts the fee to close at the bankruptcy price in the maintenance
 * (engine `bankruptcyFeeRate`); that price depends on the joint move, so it is left out here and
 * such an account's crossing comes later by about taker fee × notional.
 */
export function crossBalance(model: StressModel, open: Uint8Array, wallet: number, mv: number): number {
  const legs = model.legs as Leg[];
  const flat = model.flatRate as Float64Array;
  const inverse = model.inverse;
  let f = wallet;
  for (let i = 0; i < model.n; i++) {
    if (!open[i]) continue;
    const price = shockedPrice(model.mark[i], model.beta[i], mv, inverse);
    f += pnlAtPrice(inverse, model.signedSize[i], model.entry[i], price);
    const rate = flat[i];
    if (rate >= 0) {
      // One flat tier without a maintenance amount: notional × (mmr + fee), inlined.
      const size = model.signedSize[i] < 0 ? -model.signedSize[i] : model.signedSize[i];
      f -= (inverse ? size / price : size * price) * rate;
    } else f -= maintenanceAt(inverse, legs[i], price);
  }
  return f;
}

/** Grid points of the crossing search: fine within ±100 %, coarser beyond; finer for inverse. */
function gridPoints(from: number, to: number, inverse: boolean): number[] {
  // Linear balances are linear between breakpoints, so their grid is only a safety net.
  const fine = inverse ? 400 : 20;
  const coarse = inverse ? 50 : 2;
  const out: number[] = [];
  const dir = to > from ? 1 : -1;
  let x = from;
  for (;;) {
    x += dir / (Math.abs(x) < 1 ? fine : coarse);
    if ((to - x) * dir <= 0) break;
    out.push(x);
  }
  return out;
}

/**
 * First move on the path from `from` toward `to` at which the cross balance of the open
 * positions is <= 0, or null if it stays positive all the way. Returns `from` itself (as 0 → any
 * move) when the balance is already <= 0 there and `from === 0`.
 *
 * Method: the balance is evaluated at every breakpoint where it changes shape (a position's
 * price hitting the floor, a position's notional crossing a tier boundary) plus a grid; between
 * breakpoints the balance of linear contracts is linear in the move, so the first interval with
 * a sign change holds the first crossing, which bisection then pins to 1e-13 (the grid, 5 % of
 * BTC within ±100 % and 50 % beyond, is only a safety net). For inverse contracts the balance is
 * smooth but curved between breakpoints: the grid is 0.25 % of BTC within ±100 % (2 % beyond)
 * and a dip below zero and back inside one cell would be missed.
 */
export function findCrossing(
  model: StressModel,
  open: Uint8Array,
  wallet: number,
  from: number,
  to: number,
): number | null {
  const f0 = crossBalance(model, open, wallet, from);
  if (f0 <= 0) return from;
  const points = pathPoints(model, open, from, to);
  let prev = from;
  for (let k = 1; k < points.length; k++) {
    const x = points[k];
    if (crossBalance(model, open, wallet, x) <= 0) {
      let a = prev;
      let c = x;
      for (let it = 0; it < 200 && Math.abs(c - a) > 1e-13; it++) {
        const mid = (a + c) / 2;
        if (crossBalance(model, open, wallet, mid) <= 0) c = mid;
        else a = mid;
      }
      return c;
    }
    prev = x;
  }
  return null;
}

/**
 * Points on the path from `from` to `to` (both included, in path order) where a cross balance
 * can change shape, plus the grid: see {@link findCrossing}. For linear contracts the balance's
 * extremes on the path lie at these points.
 */
export function pathPoints(model: StressModel, open: Uint8Array, from: number, to: number): number[] {
  const dir = to > from ? 1 : -1;
  const points = [from, to, ...gridPoints(from, to, model.inverse)];
  const legs = model.legs as Leg[];
  const within = (v: number) => Number.isFinite(v) && (v - from) * dir > 0 && (to - v) * dir > 0;
  for (let i = 0; i < model.n; i++) {
    if (!open[i]) continue;
    const b = model.beta[i];
    if (b === 0) continue;
    const floorMove = -1 / b;
    if (within(floorMove)) points.push(floorMove);
    const size = Math.abs(model.signedSize[i]);
    const atNotional = (notional: number): number => {
      const price = model.inverse ? size / notional : notional / size;
      return (price / model.mark[i] - 1) / b;
    };
    for (const t of legs[i].tiers) {
      // Tier boundary (the balance may jump there) and the kink where notional·rate = amount.
      if (t.minNotional > 0 && Number.isFinite(t.minNotional)) {
        const mv = atNotional(t.minNotional);
        if (within(mv)) points.push(mv * (1 - 1e-12), mv * (1 + 1e-12));
      }
      const rate = t.mmr + legs[i].feeRate;
      if (t.maintenanceAmount > 0 && rate > 0) {
        const mv = atNotional(t.maintenanceAmount / rate);
        if (within(mv)) points.push(mv);
      }
    }
  }
  points.sort((a, b) => (a - b) * dir);
  // Positions sharing a beta share a floor point: evaluate each distinct point once.
  let w = 0;
  for (let k = 0; k < points.length; k++) if (k === 0 || points[k] !== points[w - 1]) points[w++] = points[k];
  points.length = w;
  return points;
}
