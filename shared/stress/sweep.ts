/**
 * `stressSweep`: account equity, unrealised PnL and liquidations over many BTC moves.
 * See model.ts for the price path and the "liquidated at or before" rule.
 */
import type { AccountSpec } from '../engine/types';
import { createStressModel, findCrossing, MOVE_CEILING, type StressModel } from './model';
import { shockFactor } from './shock';
import { sweepLinearEvents } from './sweepEvents';

/** Moves to evaluate and per-symbol betas. */
export interface SweepOptions {
  /** BTC returns, e.g. −0.3 for −30 %; any order. */
  moves: ArrayLike<number>;
  /** Beta to BTC by symbol (or base asset, e.g. `ETH`); default 1. */
  betas?: Record<string, number>;
}

/** Result of {@link stressSweep}; arrays are indexed like `moves`. */
export interface StressSweep {
  /** The moves, as given. */
  moves: Float64Array;
  /** Account equity at each move (quote for linear accounts, coin for inverse). */
  equity: Float64Array;
  /** Sum of unrealised PnL over the positions still open at each move. */
  unrealizedPnl: Float64Array;
  /** Positions liquidated on the path from 0 to each move. */
  liquidatedCount: Uint32Array;
  /**
   * The given move closest to 0 at which at least one position is liquidated (on a tie, the
   * fall); null when none is. The exact move of each liquidation is in the cascade ladder.
   */
  firstLiquidationMove: number | null;
}

/**
 * Stress-tests one account over a set of BTC moves.
 *
 * At move `m` each position's price is `markPrice · (1 + m)^beta` (beta from `betas`, default
 * 1; log space, shock.ts: never 0 above −100 %). A position is liquidated at `m` when the path from 0 to `m` reaches its
 * liquidation price; the moves may come in any order, each is judged on its own path from 0.
 *
 * - Isolated account: the liquidation price is `assessAccount`'s; a liquidated position loses its
 *   whole isolated margin (the venue keeps whatever is left above bankruptcy as its liquidation
 *   / clearance fee, so no separate fee is added); equity = free wallet balance + Σ over open
 *   positions of (isolated margin + uPnL) — the same definition as `assessAccount`.
 * - Cross account: liquidated as a whole when wallet + Σ uPnL falls to Σ maintenance margin (tiers
 *   and fee-to-close as the engine computes them, at the shocked prices). Every position is then
 *   closed and the equity that remained (the maintenance margin) is counted as lost: the
 *   bankruptcy-price / insurance-fund outcome of Binance, Bybit, OKX, Gate, BitMEX and
 *   Hyperliquid's backstop. Hyperliquid returns the remaining collateral when the book absorbs
 *   the liquidation, and Binance first tries a partial reduction: both can leave more than 0.
 *
 * Equity and PnL are in the account's currency: quote for linear, coin for inverse (inverse PnL
 * = side · qty · contractSize · (1/entry − 1/price)). At move 0 the equity equals
 * `assessAccount(account).equity`. Throws `EngineInputError` for an invalid account and
 * `RangeError` for a non-finite move or beta.
 *
 * Cost: one `assessAccount` call, then O(positions × moves) over typed arrays (see the bench).
 */
export function stressSweep(account: AccountSpec, options: SweepOptions): StressSweep {
  return sweepModel(createStressModel(account, options.betas), options.moves);
}

/** Moves from which a linear sweep switches from the direct loop to the event sweep. */
const EVENT_SWEEP_MIN_MOVES = 16;

/**
 * Sweeps a prepared {@link StressModel}: the cheap part of {@link stressSweep}, for callers that
 * keep the model while only the moves change (a slider being dragged). Linear accounts with many
 * moves use the event sweep (sweepEvents.ts, same numbers in O((n + k)·log)); `method` forces one
 * path (tests compare them).
 */
export function sweepModel(
  model: StressModel,
  movesIn: ArrayLike<number>,
  method: 'auto' | 'loop' | 'events' = 'auto',
): StressSweep {
  const k = movesIn.length;
  const moves = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const v = movesIn[j];
    if (!Number.isFinite(v)) throw new RangeError(`moves[${j}]: expected a finite number, got ${String(v)}`);
    moves[j] = v;
  }
  if (model.cross && model.n > 0) extendCrossSearch(model, moves);
  const equity = new Float64Array(k);
  const unrealizedPnl = new Float64Array(k);
  const liquidatedCount = new Uint32Array(k);
  const { n, signedSize, entry, mark, margin, lo, hi, inverse, cross, group, groupBeta } = model;
  const wallet = model.account.walletBalance;
  const events = !inverse && (method === 'events' || (method === 'auto' && k >= EVENT_SWEEP_MIN_MOVES));
  if (events) sweepLinearEvents(model, moves, equity, unrealizedPnl, liquidatedCount);
  const factor = new Float64Array(groupBeta.length);

  for (let j = 0; j < k && !events; j++) {
    const mv = moves[j];
    if (cross && n > 0 && ((mv < 0 && mv <= lo[0]) || (mv > 0 && mv >= hi[0]))) {
      // The whole cross account was liquidated on the way to mv.
      equity[j] = 0;
      unrealizedPnl[j] = 0;
      liquidatedCount[j] = n;
      continue;
    }
    for (let g = 0; g < factor.length; g++) factor[g] = shockFactor(groupBeta[g], mv);
    // One branch per move, none per position: `bound` is the edge on this move's side and
    // `alive` is 0 or 1 (branch-free multiply keeps the inner loop as tight as the plain PnL sum).
    const bound = mv < 0 ? lo : hi;
    const sgn = mv < 0 ? -1 : 1;
    const x = sgn * mv;
    let pnl = 0;
    let held = 0;
    let alive = 0;
    if (inverse) {
      for (let i = 0; i < n; i++) {
        const a = +(x === 0 || x < sgn * bound[i]);
        const price = mark[i] * factor[group[i]];
        pnl += a * signedSize[i] * (1 / entry[i] - 1 / price);
        held += a * margin[i];
        alive += a;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const a = +(x === 0 || x < sgn * bound[i]);
        pnl += a * signedSize[i] * (mark[i] * factor[group[i]] - entry[i]);
        held += a * margin[i];
        alive += a;
      }
    }
    const dead = n - alive;
    unrealizedPnl[j] = pnl;
    equity[j] = wallet + held + pnl;
    liquidatedCount[j] = dead;
  }

  let first: number | null = null;
  for (let j = 0; j < k; j++) {
    if (liquidatedCount[j] === 0) continue;
    const mv = moves[j];
    if (first === null || Math.abs(mv) < Math.abs(first) || (Math.abs(mv) === Math.abs(first) && mv < first))
      first = mv;
  }
  return { moves, equity, unrealizedPnl, liquidatedCount, firstLiquidationMove: first };
}

/**
 * The model searches a cross account's crossings over BTC −100 % … +1000 %; a rise beyond that
 * extends the search from the edge out to the farthest move (falls end at −100 %, where BTC is
 * priced at a hair above 0). Updates the model in place (the result depends only on the account
 * and betas).
 */
function extendCrossSearch(model: StressModel, moves: Float64Array): void {
  let max = 0;
  for (let j = 0; j < moves.length; j++) if (moves[j] > max) max = moves[j];
  const from = model.searchedTo?.up ?? MOVE_CEILING;
  if (max > MOVE_CEILING && model.hi[0] === Infinity && from < max) {
    const open = new Uint8Array(model.n).fill(1);
    const at = findCrossing(model, open, model.account.walletBalance, from, max);
    if (at !== null) model.hi.fill(at);
    model.searchedTo = { up: max };
  }
}
