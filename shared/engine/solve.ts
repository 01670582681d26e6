/**
 * The one equation every venue shares: a group of legs that move with one price P (a single
 * position, or the long and short legs of one symbol in hedge mode) is liquidated where
 *
 *     K + Σ uPnL_i(P) = Σ MM_i(P),   MM_i(P) = notional_i(P) · (mmr_i + feeRate_i) − cum_i
 *
 * K is the collateral the group can draw on apart from its own PnL: the isolated margin, or in
 * cross mode the wallet balance plus everyone else's uPnL minus everyone else's maintenance
 * margin (Binance's "WB − TMM1 + UPNL1",
 * https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93; Hyperliquid's
 * "margin_available", https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations).
 *
 * With linear contracts the equation is linear in P; with inverse contracts it is linear in 1/P.
 * Solving it for one tier per leg gives
 *
 *   linear:  P = (K + Σcum − Σ s·q·E) / (Σ q·m − Σ s·q)           (Binance USDⓈ-M formula)
 *   inverse: P = Σ Q·(m + s) / (K + Σcum + Σ s·Q/E)                (Binance COIN-M formula)
 *
 * The tier that applies is the one containing the notional AT THE LIQUIDATION PRICE (Binance:
 * "If your position (calculated at the liquidation price) and the current position (calculated at
 * the opening price) are of different levels, then you must substitute ... the maintenance margin
 * rate and the maintenance margin amount of the position level, to recalculate the liquidation
 * price"). We solve for every tier (or tier combination) and keep the solution whose notional
 * lies in the tier it was solved with. With continuous tables (cum chosen so MM is continuous)
 * the margin balance is monotone and that solution is unique; with a user table that jumps we
 * also accept a tier boundary where the balance changes sign. If several solutions remain, the
 * one nearest the mark price wins (the conservative choice).
 */
import { notionalAt, pnlAt, type Sign } from './contract';
import type { MaintenanceTier } from './types';

/** One position as the solver sees it. */
export interface Leg {
  side: Sign;
  /** Base units (linear) or quote units (inverse). */
  size: number;
  entry: number;
  /** Validated, sorted, contiguous; the last tier is used beyond its cap. */
  tiers: readonly MaintenanceTier[];
  /** Rate on notional added to the maintenance margin (e.g. the taker fee to close). */
  feeRate: number;
  /**
   * Fee rate on the notional at the bankruptcy price that counts in the maintenance requirement
   * (Bybit inverse cross). 0 for most venues. See {@link withBankruptcyFee}.
   */
  bankruptcyFeeRate: number;
}

/** What the solver found. */
export type Solution =
  /** Liquidated when the price crosses `price`; `below`: liquidated at prices <= price. */
  | { kind: 'price'; price: number; below: boolean }
  /** No positive price brings the margin balance to zero and the balance is positive: no LP. */
  | { kind: 'never' }
  /** The balance is negative at every positive price: liquidatable now, whatever the price. */
  | { kind: 'always' };

const ZERO_TIER: readonly MaintenanceTier[] = [{ minNotional: 0, maxNotional: Infinity, mmr: 0, maintenanceAmount: 0 }];

/** The bracket containing `notional` (the last one beyond the table's end). */
export function tierAt(tiers: readonly MaintenanceTier[], notional: number): MaintenanceTier {
  // Tables are short (<= ~20 rows): a linear scan beats a binary search here.
  for (let i = 0; i < tiers.length; i++) {
    if (notional < tiers[i].maxNotional) return tiers[i];
  }
  return tiers[tiers.length - 1];
}

/** Maintenance margin of one leg at `price` (quote for linear, coin for inverse), never negative. */
export function legMaintenance(inverse: boolean, leg: Leg, price: number): number {
  const n = notionalAt(inverse, leg.size, price);
  const t = tierAt(leg.tiers, n);
  return Math.max(0, n * (t.mmr + leg.feeRate) - t.maintenanceAmount);
}

/** Margin balance K + Σ uPnL − Σ MM of a group at `price`. */
export function balanceAt(inverse: boolean, legs: readonly Leg[], k: number, price: number): number {
  let f = k;
  for (const leg of legs) {
    f += pnlAt(inverse, leg.side, leg.size, leg.entry, price) - legMaintenance(inverse, leg, price);
  }
  return f;
}

const REL = 1e-9;

function inTier(t: MaintenanceTier, notional: number): boolean {
  return notional >= t.minNotional * (1 - REL) - REL && notional < t.maxNotional * (1 + REL) + REL;
}

interface Candidate {
  price: number;
  below: boolean;
}

function solveFor(
  inverse: boolean,
  legs: readonly Leg[],
  choice: readonly MaintenanceTier[],
  k: number,
): Candidate | null {
  let cum = 0;
  let a = 0; // linear: Σ s·q·E ; inverse: Σ s·Q/E
  let b = 0; // linear: Σ q·m − Σ s·q ; inverse: Σ Q·(m + s)
  for (let i = 0; i < legs.length; i++) {
    const leg = legs[i];
    const m = choice[i].mmr + leg.feeRate;
    cum += choice[i].maintenanceAmount;
    if (inverse) {
      a += (leg.side * leg.size) / leg.entry;
      b += leg.size * (m + leg.side);
    } else {
      a += leg.side * leg.size * leg.entry;
      b += leg.size * m - leg.side * leg.size;
    }
  }
  const price = inverse ? b / (k + cum + a) : (k + cum - a) / b;
  if (!Number.isFinite(price) || price <= 0) return null;
  for (let i = 0; i < legs.length; i++) {
    if (!inTier(choice[i], notionalAt(inverse, legs[i].size, price))) return null;
  }
  // Slope of the balance in P: linear −b; inverse +b/P² (balance is linear in 1/P with slope −b).
  const below = inverse ? b > 0 : b < 0;
  return { price, below };
}

const MAX_COMBINATIONS = 4096;

/**
 * Solves the liquidation equation for a group of legs sharing one price. `k` is the collateral
 * the group draws on (see the module comment); `mark` breaks ties and classifies "no solution".
 */
export function solveGroup(inverse: boolean, legs: readonly Leg[], k: number, mark: number): Solution {
  if (legs.length === 1) {
    const fast = solveSingle(inverse, legs[0], legs[0].tiers, legs[0].feeRate, k, mark);
    if (fast) return fast;
  }
  const candidates: Candidate[] = [];
  let combos = 1;
  for (const leg of legs) combos *= leg.tiers.length;

  if (combos <= MAX_COMBINATIONS) {
    const idx = new Array<number>(legs.length).fill(0);
    const choice = legs.map((l) => l.tiers[0]);
    for (;;) {
      const c = solveFor(inverse, legs, choice, k);
      if (c) candidates.push(c);
      let j = 0;
      while (j < legs.length) {
        idx[j]++;
        if (idx[j] < legs[j].tiers.length) {
          choice[j] = legs[j].tiers[idx[j]];
          break;
        }
        idx[j] = 0;
        choice[j] = legs[j].tiers[0];
        j++;
      }
      if (j === legs.length) break;
    }
  } else {
    // Many legs with many tiers: fixed-point iteration from the tiers at mark.
    let price = mark;
    for (let it = 0; it < 64; it++) {
      const choice = legs.map((l) => tierAt(l.tiers, notionalAt(inverse, l.size, price)));
      const c = solveFor(inverse, legs, choice, k);
      if (!c) break;
      if (Math.abs(c.price - price) <= REL * price) {
        candidates.push(c);
        break;
      }
      price = c.price;
    }
  }

  if (candidates.length === 0) {
    // Discontinuous user tiers: the balance may jump across zero at a tier boundary.
    for (const leg of legs) {
      for (const t of leg.tiers) {
        if (t.minNotional <= 0 || !Number.isFinite(t.minNotional)) continue;
        const p = inverse ? leg.size / t.minNotional : t.minNotional / leg.size;
        const lo = balanceAt(inverse, legs, k, p * (1 - 1e-9));
        const hi = balanceAt(inverse, legs, k, p * (1 + 1e-9));
        if (lo < 0 !== hi < 0) candidates.push({ price: p, below: lo < 0 });
      }
    }
  }

  if (candidates.length === 0) {
    return balanceAt(inverse, legs, k, mark) < 0 ? { kind: 'always' } : { kind: 'never' };
  }
  let best = candidates[0];
  for (const c of candidates) {
    if (Math.abs(c.price - mark) < Math.abs(best.price - mark)) best = c;
  }
  return { kind: 'price', price: best.price, below: best.below };
}

/**
 * Allocation-free path for the common case of one leg (every position outside hedge mode):
 * the same per-tier closed form as {@link solveFor}. Returns undefined when no tier gives a
 * consistent solution, so the caller falls back to the general search (boundary jumps,
 * "never" / "always" classification).
 */
function solveSingle(
  inverse: boolean,
  leg: Leg,
  tiers: readonly MaintenanceTier[],
  feeRate: number,
  k: number,
  mark: number,
): Solution | undefined {
  let bestPrice = NaN;
  let bestBelow = false;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i];
    const m = t.mmr + feeRate;
    let price: number;
    let below: boolean;
    if (inverse) {
      const b = leg.size * (m + leg.side);
      price = b / (k + t.maintenanceAmount + (leg.side * leg.size) / leg.entry);
      below = b > 0;
    } else {
      const b = leg.size * m - leg.side * leg.size;
      price = (k + t.maintenanceAmount - leg.side * leg.size * leg.entry) / b;
      below = b < 0;
    }
    if (!(price > 0) || !Number.isFinite(price)) continue;
    if (!inTier(t, inverse ? leg.size / price : leg.size * price)) continue;
    if (Number.isNaN(bestPrice) || Math.abs(price - mark) < Math.abs(bestPrice - mark)) {
      bestPrice = price;
      bestBelow = below;
    }
  }
  return Number.isNaN(bestPrice) ? undefined : { kind: 'price', price: bestPrice, below: bestBelow };
}

/**
 * Bankruptcy price: where the group's margin balance without any maintenance requirement or
 * fee reaches zero (K + Σ uPnL = 0), i.e. the price at which the collateral is exhausted.
 */
export function solveBankruptcy(inverse: boolean, legs: readonly Leg[], k: number, mark: number): Solution {
  if (legs.length === 1) {
    const fast = solveSingle(inverse, legs[0], ZERO_TIER, legs[0].bankruptcyFeeRate, k, mark);
    if (fast) return fast;
  }
  return solveGroup(
    inverse,
    legs.map((l) => ({ ...l, tiers: ZERO_TIER, feeRate: l.bankruptcyFeeRate })),
    k,
    mark,
  );
}

/**
 * Legs whose maintenance also holds the fee to close at the bankruptcy price (a constant once
 * the bankruptcy price is known): each tier's maintenance amount is lowered by
 * bankruptcyFeeRate × notional(bankruptcy price). Legs without such a fee are returned as is.
 */
export function withBankruptcyFee(
  inverse: boolean,
  legs: readonly Leg[],
  bankrupt: Solution,
  mark: number,
): readonly Leg[] {
  if (legs.every((l) => l.bankruptcyFeeRate === 0)) return legs;
  const bp = bankrupt.kind === 'price' ? bankrupt.price : bankrupt.kind === 'always' ? mark : undefined;
  if (bp === undefined) return legs;
  return legs.map((l) => {
    if (l.bankruptcyFeeRate === 0) return l;
    const fee = l.bankruptcyFeeRate * notionalAt(inverse, l.size, bp);
    return { ...l, tiers: l.tiers.map((t) => ({ ...t, maintenanceAmount: t.maintenanceAmount - fee })) };
  });
}
