/**
 * A stress model: one account flattened into typed arrays once (liquidation prices from
 * `assessAccount`, sizes, betas), so that a sweep over many BTC moves is a tight loop with no
 * engine call per move.
 *
 * Price path: at BTC move `m` a position's price is `mark · (1 + m)^beta` (shock.ts: log space,
 * never 0 above −100 %). The path from 0 to `m` is monotone, so whether a position has died by
 * `m` depends only on `m`: it dies if the path from 0 to `m` reaches its liquidation price. Each
 * position therefore has a safe interval of moves (lo, hi) around 0: it is dead at `m < 0` when
 * `m <= lo` and at `m > 0` when `m >= hi`. At `m = 0` nothing dies (the sweep at 0 is the account
 * as assessed today); a position (or cross account) already at or through liquidation at the mark
 * dies on the first move that makes it worse and is kept on moves the other way.
 */
import { assessAccount } from '../engine/assess';
import type { AccountRisk, AccountSpec } from '../engine/types';
import { maintenanceAt, maintenanceLegs, type Leg } from './engineBridge';
import { moveToPrice, shockFactor, shockedPrice } from './shock';
import { lookupBySymbol } from '../symbols/index';

export { shockedPrice } from './shock';

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
  /** Each position's index into {@link StressModel.groupBeta}: prices are computed once per distinct beta. */
  group: Uint32Array;
  /** The distinct betas of the account. */
  groupBeta: Float64Array;
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
  /** Cross accounts: notionals where a leg's maintenance jumps (a user table that is not continuous), per position. */
  jumps: (readonly number[])[] | null;
  /** Cross accounts: how far the crossing search has gone beyond MOVE_CEILING (sweep.ts). */
  searchedTo?: { up: number };
}

/** Beta of a symbol: `betas[symbol]`, else `betas[baseAsset(symbol)]`, else 1. */
export function betaOf(betas: Readonly<Record<string, number>> | undefined, symbol: string): number {
  const b = lookupBySymbol(betas, symbol);
  if (b === undefined) return 1;
  if (!Number.isFinite(b)) throw new RangeError(`betas.${symbol}: expected a finite number, got ${String(b)}`);
  return b;
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
  const m = moveToPrice(mark, beta, lp);
  if (m === null) return [-Infinity, Infinity];
  return down ? [m, Infinity] : [-Infinity, m];
}

/** Isolated margin as the engine defines it: given, else entry notional / leverage. */
function isolatedMargin(p: AccountSpec['positions'][number], inverse: boolean): number {
  if (p.isolatedMargin !== undefined) return p.isolatedMargin;
  const size = p.quantity * (p.contractSize ?? 1);
  const notional = inverse ? size / p.entryPrice : size * p.entryPrice;
  return notional / (p.leverage as number);
}

/** Tier boundaries where a leg's maintenance jumps (continuous tables, the venues' own, have none). */
function jumpsOf(inverse: boolean, leg: Leg): number[] {
  const out: number[] = [];
  for (let t = 1; t < leg.tiers.length; t++) {
    const b = leg.tiers[t].minNotional;
    if (!(b > 0 && Number.isFinite(b))) continue;
    const below = maintenanceAt(inverse, { ...leg, tiers: [leg.tiers[t - 1]] }, inverse ? leg.size / b : b / leg.size);
    const above = maintenanceAt(inverse, { ...leg, tiers: [leg.tiers[t]] }, inverse ? leg.size / b : b / leg.size);
    if (Math.abs(above - below) > 1e-9 * Math.max(1, Math.abs(above))) out.push(b);
  }
  return out;
}

/**
 * Prepares an account for sweeping: one `assessAccount` call (which validates and throws
 * `EngineInputError` naming the field; pass `risk` when the account was just assessed), then
 * typed arrays. O(positions) plus, for a cross account, the search for the moves at which its
 * equity meets maintenance ({@link findCrossing}).
 */
export function createStressModel(
  account: AccountSpec,
  betas?: Readonly<Record<string, number>>,
  risk: AccountRisk = assessAccount(account),
): StressModel {
  const n = account.positions.length;
  const inverse = n > 0 && account.positions[0].contract === 'inverse';
  const cross = account.marginMode === 'cross';
  const groups = new Map<number, number>();
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
    group: new Uint32Array(n),
    groupBeta: new Float64Array(0),
    margin: new Float64Array(n),
    lo: new Float64Array(n),
    hi: new Float64Array(n),
    legs: null,
    flatRate: null,
    jumps: null,
  };
  for (let i = 0; i < n; i++) {
    const p = account.positions[i];
    const side = p.side === 'long' ? 1 : -1;
    m.signedSize[i] = side * p.quantity * (p.contractSize ?? 1);
    m.entry[i] = p.entryPrice;
    m.mark[i] = p.markPrice;
    const b = betaOf(betas, p.symbol);
    m.beta[i] = b;
    let g = groups.get(b);
    if (g === undefined) groups.set(b, (g = groups.size));
    m.group[i] = g;
    m.margin[i] = cross ? 0 : isolatedMargin(p, inverse);
    const [lo, hi] = cross
      ? [-Infinity, Infinity]
      : safeInterval(side, p.markPrice, b, risk.positions[i].liquidationPrice);
    m.lo[i] = lo;
    m.hi[i] = hi;
  }
  m.groupBeta = Float64Array.from(groups.keys());
  if (cross && n > 0) {
    m.legs = maintenanceLegs(account);
    m.flatRate = Float64Array.from(m.legs, (l) =>
      l.tiers.length === 1 && l.tiers[0].maintenanceAmount === 0 ? l.tiers[0].mmr + l.feeRate : -1,
    );
    m.jumps = m.legs.map((l) => jumpsOf(inverse, l));
    const all = new Uint8Array(n).fill(1);
    const wallet = account.walletBalance;
    let down: number | null;
    let up: number | null;
    const f0 = crossBalance(m, all, wallet, 0);
    if (f0 <= 0) {
      // Already at or below maintenance: dies on the side(s) where the balance gets worse.
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

/** Price factor of each distinct beta at move `mv`, into `out`. */
function groupFactors(model: StressModel, mv: number, out: Float64Array): Float64Array {
  const gb = model.groupBeta;
  for (let g = 0; g < gb.length; g++) out[g] = shockFactor(gb[g], mv);
  return out;
}

/**
 * One open position's part of a cross balance at `price`: its uPnL minus its maintenance.
 * Along a path this is monotone between maintenance jumps (a long gains on a rise faster than
 * its maintenance grows, mmr + fee < 1; a short the mirror), which the crossing search relies on.
 */
function termAt(model: StressModel, i: number, price: number): number {
  const inverse = model.inverse;
  const s = model.signedSize[i];
  let f = inverse ? s * (1 / model.entry[i] - 1 / price) : s * (price - model.entry[i]);
  const rate = (model.flatRate as Float64Array)[i];
  if (rate >= 0) {
    // One flat tier without a maintenance amount: notional × (mmr + fee), inlined.
    const size = s < 0 ? -s : s;
    f -= (inverse ? size / price : size * price) * rate;
  } else f -= maintenanceAt(inverse, (model.legs as Leg[])[i], price);
  return f;
}

/**
 * Cross-account margin balance at move `mv`: wallet + Σ uPnL − Σ maintenance over the open
 * positions (`open[i] === 1`). Liquidation when it reaches 0. When `terms` is given, each
 * position's part is written to it (0 for closed ones). One difference from the engine: Bybit
 * inverse cross also counts the fee to close at the bankruptcy price in the maintenance (engine
 * `bankruptcyFeeRate`); that price depends on the joint move, so it is left out here and such an
 * account's crossing comes later by about taker fee × notional.
 */
export function crossBalance(
  model: StressModel,
  open: Uint8Array,
  wallet: number,
  mv: number,
  terms?: Float64Array,
): number {
  const factor = groupFactors(model, mv, scratchFactors(model));
  let f = wallet;
  for (let i = 0; i < model.n; i++) {
    if (!open[i]) {
      if (terms) terms[i] = 0;
      continue;
    }
    const t = termAt(model, i, model.mark[i] * factor[model.group[i]]);
    if (terms) terms[i] = t;
    f += t;
  }
  return f;
}

const factorScratch = new WeakMap<StressModel, Float64Array>();
function scratchFactors(model: StressModel): Float64Array {
  let s = factorScratch.get(model);
  if (!s || s.length !== model.groupBeta.length)
    factorScratch.set(model, (s = new Float64Array(model.groupBeta.length)));
  return s;
}

/** Cell ends of the crossing search on the path from `from` to `to` (excluded, included), in path order. */
function cellEnds(model: StressModel, open: Uint8Array, from: number, to: number): number[] {
  const dir = to > from ? 1 : -1;
  const within = (v: number) => Number.isFinite(v) && (v - from) * dir > 0 && (to - v) * dir > 0;
  const out: number[] = [to];
  // A coarse grid keeps the cells' bounds tight: 5 % of BTC within ±100 %, 50 % beyond.
  for (let x = from; ;) {
    x += dir / (Math.abs(x) < 1 ? 20 : 2);
    if ((to - x) * dir <= 0) break;
    out.push(x);
  }
  const jumps = model.jumps;
  if (jumps) {
    for (let i = 0; i < model.n; i++) {
      if (!open[i] || jumps[i].length === 0) continue;
      const size = Math.abs(model.signedSize[i]);
      for (const notional of jumps[i]) {
        const mv = moveToPrice(model.mark[i], model.beta[i], model.inverse ? size / notional : notional / size);
        if (mv !== null && within(mv)) out.push(mv * (1 - 1e-12), mv * (1 + 1e-12));
      }
    }
  }
  out.sort((a, b) => (a - b) * dir);
  let w = 0;
  for (let k = 0; k < out.length; k++) if (k === 0 || out[k] !== out[w - 1]) out[w++] = out[k];
  out.length = w;
  return out;
}

/** Narrowest cell the search splits when the balance only comes near 0 without reaching it. */
const TOUCH_WIDTH = 1e-10;
/** Cells split before the search accepts coarser near-touches (a balance tangent to 0). */
const SPLIT_BUDGET = 20_000;
/** Precision of a crossing, in BTC move. */
const CROSSING_PRECISION = 1e-13;

/**
 * First move on the path from `from` toward `to` at which the cross balance of the open
 * positions is <= 0, or null if it stays positive all the way. Returns `from` itself when the
 * balance is already <= 0 there.
 *
 * Method (branch and bound): every position's part of the balance is monotone along the path
 * between maintenance jumps (see `termAt`), so over a cell [a, b] the balance is at least the sum
 * of each part's smaller end value. A cell whose bound is positive holds no crossing; the others
 * are split, nearest half first, until the crossing is pinned to 1e-13 of BTC move. Exact for
 * every mix of betas, sides and tiers; a balance that only grazes 0 (within the bound's slack on a
 * 1e-10-wide cell) counts as not reaching it.
 */
export function findCrossing(
  model: StressModel,
  open: Uint8Array,
  wallet: number,
  from: number,
  to: number,
): number | null {
  const n = model.n;
  const pool: Float64Array[] = [];
  const buf = (d: number) => pool[d] ?? (pool[d] = new Float64Array(n));
  let splits = 0;
  let ta = buf(0);
  let fa = crossBalance(model, open, wallet, from, ta);
  if (fa <= 0) return from;

  const bisect = (a: number, b: number): number => {
    // f(a) > 0 >= f(b), the cell narrow: plain bisection on the sign.
    for (let it = 0; it < 200 && Math.abs(b - a) > CROSSING_PRECISION; it++) {
      const mid = (a + b) / 2;
      if (crossBalance(model, open, wallet, mid) <= 0) b = mid;
      else a = mid;
    }
    return b;
  };
  const firstIn = (
    a: number,
    A: Float64Array,
    b: number,
    B: Float64Array,
    fb: number,
    depth: number,
  ): number | null => {
    let lb = wallet;
    for (let i = 0; i < n; i++) lb += A[i] < B[i] ? A[i] : B[i];
    if (lb > 0) return null;
    const width = Math.abs(b - a);
    if (fb <= 0 && width <= 1e-9) return bisect(a, b);
    if (fb > 0 && width <= (splits > SPLIT_BUDGET ? 1e-6 : TOUCH_WIDTH)) return null;
    splits++;
    const mid = (a + b) / 2;
    const M = buf(depth + 2);
    const fm = crossBalance(model, open, wallet, mid, M);
    const left = firstIn(a, A, mid, M, fm, depth + 1);
    if (left !== null || fm <= 0) return left ?? bisect(a, mid);
    return firstIn(mid, M, b, B, fb, depth + 1);
  };

  let a = from;
  for (const b of cellEnds(model, open, from, to)) {
    const tb = buf(1) === ta ? buf(0) : buf(1);
    const fb = crossBalance(model, open, wallet, b, tb);
    const hit = firstIn(a, ta, b, tb, fb, 0);
    if (hit !== null) return hit;
    a = b;
    fa = fb;
    ta = tb;
  }
  return null;
}

/**
 * Smallest cross balance of the open positions on the path from `from` to `to` (both included):
 * the path sampled every 0.25 % of BTC (and at maintenance jumps), each local minimum then
 * refined by golden-section search. Used to size the collateral that keeps an account alive
 * (survive.ts, which checks its answer with {@link findCrossing}).
 */
export function minCrossBalance(
  model: StressModel,
  open: Uint8Array,
  wallet: number,
  from: number,
  to: number,
): number {
  const dir = to > from ? 1 : -1;
  const xs = [from];
  for (let x = from; ;) {
    x += dir / (Math.abs(x) < 1 ? 400 : 40);
    if ((to - x) * dir <= 0) break;
    xs.push(x);
  }
  xs.push(...cellEnds(model, open, from, to));
  xs.sort((a, b) => (a - b) * dir);
  const fs = xs.map((x) => crossBalance(model, open, wallet, x));
  let min = Infinity;
  for (let k = 0; k < xs.length; k++) {
    min = Math.min(min, fs[k]);
    if (k === 0 || k === xs.length - 1 || !(fs[k] <= fs[k - 1] && fs[k] <= fs[k + 1])) continue;
    // Golden-section search for the dip between the neighbours.
    let a = xs[k - 1];
    let b = xs[k + 1];
    const g = (Math.sqrt(5) - 1) / 2;
    let c = b - g * (b - a);
    let d = a + g * (b - a);
    let fc = crossBalance(model, open, wallet, c);
    let fd = crossBalance(model, open, wallet, d);
    for (let it = 0; it < 60 && Math.abs(b - a) > 1e-13; it++) {
      if (fc < fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - g * (b - a);
        fc = crossBalance(model, open, wallet, c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + g * (b - a);
        fd = crossBalance(model, open, wallet, d);
      }
      min = Math.min(min, fc, fd);
    }
  }
  return min;
}

/** Shocked price of position `i` of a model at move `mv`. */
export function modelPrice(model: StressModel, i: number, mv: number): number {
  return shockedPrice(model.mark[i], model.beta[i], mv);
}
