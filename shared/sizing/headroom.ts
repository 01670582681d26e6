/**
 * The reverse question: how much can I ADD to a position before its liquidation price comes
 * within X % of the mark, or before its notional crosses into the next maintenance tier (where
 * the venue's MMR jumps and the LP moves towards the mark)?
 */
import { assessAccount, type AccountSpec, type PositionSpec } from '../engine/index';
import { floorToStep } from './lots';
import { notionalAt, sizeOf } from './math';
import { extendTable, heldWith, tierIndexAt, tiersOf } from './tiers';

/** Options of {@link sizeHeadroom}. */
export interface HeadroomOptions {
  /** The LP must stay at least this % of the mark away. */
  lpWithinPct: number;
  /** Price the addition fills at; default the position's mark. */
  price?: number;
  /** Order step in contracts; results are rounded down to it. */
  lotStep?: number;
}

/** What can be added; sizes in base units (linear) or quote units (inverse). */
export interface Headroom {
  lpWithinPct: number;
  /** Size addable before the LP comes within `lpWithinPct` % of the mark; null: no limit found. */
  untilLpWithin: number | null;
  untilLpWithinContracts: number | null;
  /** Size addable before the notional at mark leaves its tier; null when already in the last tier or no tiers known. */
  untilNextTier: number | null;
  untilNextTierContracts: number | null;
  /** The tier the position is in now (index in its table, MMR) and the next tier's MMR. */
  tier: { index: number; mmr: number; maxNotional: number; nextMmr: number | null } | null;
}

/** The position grown by `add` (size units) filled at `price`: averaged entry, isolated margin grown at the same leverage. */
export function grown(account: AccountSpec, p: PositionSpec, add: number, price: number): AccountSpec {
  const inverse = p.contract === 'inverse';
  const cs = p.contractSize ?? 1;
  const s0 = sizeOf(p);
  const s1 = s0 + add;
  // Linear: volume-weighted entry. Inverse: the entry that keeps the coin value Σ Q/E (harmonic).
  const entry = inverse ? s1 / (s0 / p.entryPrice + add / price) : (s0 * p.entryPrice + add * price) / s1;
  const next: PositionSpec = { ...p, quantity: s1 / cs, entryPrice: entry };
  if (p.isolatedMargin !== undefined) {
    const lev = p.leverage ?? notionalAt(inverse, s0, p.entryPrice) / p.isolatedMargin;
    next.isolatedMargin = p.isolatedMargin + notionalAt(inverse, add, price) / lev;
  }
  return { ...account, positions: account.positions.map((q) => (q.id === p.id ? next : q)) };
}

function roundSize(size: number, p: PositionSpec, lotStep: number | undefined): number {
  const cs = p.contractSize ?? 1;
  return lotStep ? floorToStep(size / cs, lotStep) * cs : size;
}

/**
 * How much can be added to position `positionId` of `account`. Uses the engine's `assessAccount`
 * for every trial (cross positions included). Bisection: the LP approaches the mark as the size
 * grows, so "LP at least X % away" holds on an interval [0, limit].
 */
export function sizeHeadroom(account: AccountSpec, positionId: string, opts: HeadroomOptions): Headroom {
  const p = account.positions.find((q) => q.id === positionId);
  if (!p) throw new Error(`sizeHeadroom: no position "${positionId}" in the account`);
  const price = opts.price ?? p.markPrice;
  const min = opts.lpWithinPct / 100;
  const inverse = p.contract === 'inverse';

  // A shipped table ending at a finite notional is extended so the engine finds LPs past its end,
  // which are then treated as unknown (tiers.ts `extendTable`).
  const { spec: extended, end } = extendTable(account.venue, p);
  const base: AccountSpec = { ...account, positions: account.positions.map((q) => (q.id === p.id ? extended : q)) };
  const ok = (add: number): boolean => {
    let lp: number | null;
    try {
      lp =
        assessAccount(grown(base, extended, add, price)).positions.find((r) => r.id === p.id)?.liquidationPrice ?? null;
    } catch {
      return false; // beyond what the engine can assess: stop here
    }
    if (lp !== null && notionalAt(inverse, sizeOf(p) + add, lp) >= end) return false;
    if (lp === null) return true;
    const beyond = p.side === 'long' ? lp < p.markPrice : lp > p.markPrice;
    return beyond && Math.abs(p.markPrice - lp) / p.markPrice >= min;
  };

  let untilLpWithin: number | null = 0;
  if (ok(0)) {
    let lo = 0;
    let hi = Math.max(sizeOf(p), 1e-12);
    let doublings = 0;
    while (ok(hi) && doublings < 80) {
      lo = hi;
      hi *= 2;
      doublings++;
    }
    if (doublings >= 80) untilLpWithin = null;
    else {
      for (let i = 0; i < 200 && hi - lo > 1e-10 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (ok(mid)) lo = mid;
        else hi = mid;
      }
      untilLpWithin = roundSize(lo, p, opts.lotStep);
    }
  }

  let untilNextTier: number | null = null;
  let tier: Headroom['tier'] = null;
  const resolved = tiersOf(account.venue, p, heldWith(account, account.positions, p));
  if (resolved) {
    const n = notionalAt(inverse, sizeOf(p), p.markPrice);
    const i = tierIndexAt(resolved.tiers, n);
    const t = resolved.tiers[i];
    const next = resolved.tiers[i + 1];
    tier = { index: i, mmr: t.mmr, maxNotional: t.maxNotional, nextMmr: next ? next.mmr : null };
    if (next && Number.isFinite(t.maxNotional)) {
      // Size at which the notional at mark reaches the tier's top (linear n = s·P, inverse n = s/P).
      const atTop = inverse ? t.maxNotional * p.markPrice : t.maxNotional / p.markPrice;
      const room = Math.max(0, atTop - sizeOf(p));
      // The tier's top itself is already the next tier: stay one lot (or a hair) below it.
      let r = roundSize(room, p, opts.lotStep);
      if (r >= room && r > 0)
        r = opts.lotStep ? Math.max(0, r - opts.lotStep * (p.contractSize ?? 1)) : r * (1 - 1e-12);
      untilNextTier = r;
    }
  }

  const cs = p.contractSize ?? 1;
  return {
    lpWithinPct: opts.lpWithinPct,
    untilLpWithin,
    untilLpWithinContracts: untilLpWithin === null ? null : untilLpWithin / cs,
    untilNextTier,
    untilNextTierContracts: untilNextTier === null ? null : untilNextTier / cs,
    tier,
  };
}
