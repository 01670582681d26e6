/**
 * What it takes to survive a shock: for a BTC move (a slider value or a preset's), the smallest
 * change that keeps each account — or each position — alive along the whole path from today to
 * that move:
 *
 * - isolated position: the extra isolated margin, the highest leverage that would have survived
 *   (entry notional / margin needed), and the fraction of the position that survives on today's
 *   margin;
 * - cross account: the extra collateral for the wallet, and the uniform fraction of every
 *   position to keep (bisection on the size, each step a full path check).
 *
 * "Survive" means the path never reaches liquidation (model.ts). Figures carry a hair of margin
 * (1e-6 relative) so that a venue's conservative rounding of the liquidation price does not tip
 * an exactly-sized answer over the edge.
 */
import { toAccountSpec, type Book } from '../book/types';
import { EngineInputError } from '../engine/errors';
import type { AccountSpec } from '../engine/types';
import { isolatedLegs, maintenanceAt } from './engineBridge';
import { ladderBetas, type LadderOptions } from './ladder';
import { createStressModel, findCrossing, minCrossBalance, pnlAtPrice, type StressModel } from './model';
import { shockedPrice } from './shock';

const HAIR = 1e-6;

/** One position's answer. */
export interface PositionSurvival {
  positionId: string;
  symbol: string;
  side: 'long' | 'short';
  /** Whether it survives the move as it stands. */
  survives: boolean;
  /** Isolated: extra margin that makes it survive (0 when it already does); null in cross. */
  extraMargin: number | null;
  /** Isolated: highest leverage (entry notional / margin needed) that survives; null in cross or when any leverage does. */
  maxSafeLeverage: number | null;
  /** Isolated: fraction of the size that survives on today's margin (1 when all of it does); null in cross. */
  keepFraction: number | null;
}

/** One account's answer. */
export interface AccountSurvival {
  accountId: string;
  name: string;
  marginMode: AccountSpec['marginMode'];
  currency: 'quote' | 'coin';
  survives: boolean;
  /** Extra collateral: cross → to the wallet; isolated → the sum of the positions' extra margins. */
  extraCollateral: number;
  /** Cross: fraction of every position to keep so the account survives (1 when it already does); null for isolated. */
  keepFraction: number | null;
  positions: PositionSurvival[];
}

/** Result of {@link survivalPlan}. */
export interface SurvivalPlan {
  move: number;
  accounts: AccountSurvival[];
  /** Accounts the engine refused (e.g. no maintenance tiers for a symbol), with the reason. */
  skipped: { accountId: string; message: string }[];
}

/**
 * Extra wallet collateral that keeps a cross model above maintenance on the whole path 0 → move:
 * the deepest balance on the path (model.ts `minCrossBalance`), checked with the crossing search
 * and raised until the search finds no crossing.
 */
function crossExtraCollateral(model: StressModel, move: number, gross: number): number {
  const open = new Uint8Array(model.n).fill(1);
  const wallet = model.account.walletBalance;
  let extra = Math.max(0, -minCrossBalance(model, open, wallet, 0, move)) * (1 + HAIR) + HAIR * gross * 1e-3;
  for (let it = 0; it < 30 && findCrossing(model, open, wallet + extra, 0, move) !== null; it++)
    extra = extra * (1 + 1e-4) + HAIR * gross * 1e-3;
  return extra;
}

function scaled(spec: AccountSpec, k: number): AccountSpec {
  return {
    ...spec,
    positions: spec.positions.map((p) => ({
      ...p,
      quantity: p.quantity * k,
      ...(p.isolatedMargin === undefined ? {} : { isolatedMargin: p.isolatedMargin * k }),
    })),
  };
}

function crossSurvives(spec: AccountSpec, betas: Record<string, number>, move: number): boolean {
  if (spec.positions.every((p) => p.quantity === 0)) return true;
  const model = createStressModel(spec, betas);
  return !(move < 0 ? move <= model.lo[0] : move > 0 && move >= model.hi[0]);
}

function isolatedRows(spec: AccountSpec, model: StressModel, move: number): PositionSurvival[] {
  // Legs and the engine's collateral (BitMEX: the margin net of its reserved close fee), so that
  // the margin to add is what the liquidation equation needs.
  const legs = isolatedLegs(spec);
  return spec.positions.map((p, i) => {
    const survives = !(move < 0 ? move <= model.lo[i] : move > 0 && move >= model.hi[i]);
    const price = shockedPrice(model.mark[i], model.beta[i], move);
    // Margin needed at the end of the path (the worst point for a single position).
    const { leg, collateral: margin, perMargin } = legs[i]!;
    const need =
      maintenanceAt(model.inverse, leg, price) - pnlAtPrice(model.inverse, model.signedSize[i], model.entry[i], price);
    const size = Math.abs(model.signedSize[i]);
    const entryNotional = model.inverse ? size / p.entryPrice : size * p.entryPrice;
    const extra = survives ? 0 : (Math.max(0, need - margin) / perMargin) * (1 + HAIR) + HAIR * entryNotional * 1e-3;
    return {
      positionId: p.id,
      symbol: p.symbol,
      side: p.side,
      survives,
      extraMargin: extra,
      maxSafeLeverage: need > 0 ? entryNotional / (need * (1 + HAIR)) : null,
      keepFraction: survives ? 1 : need > 0 ? Math.min(1, margin / need) * (1 - HAIR) : 1,
    };
  });
}

/**
 * What it takes for each account of the book to survive a BTC move (betas as in the ladder:
 * stressed on falls, everyday on rises). Accounts the engine refuses are listed in `skipped`.
 */
export function survivalPlan(book: Book, options: LadderOptions & { move: number }): SurvivalPlan {
  const move = options.move;
  if (!Number.isFinite(move)) throw new RangeError(`move: expected a finite number, got ${String(move)}`);
  const betas = ladderBetas(book, move < 0 ? 'down' : 'up', options);
  const out: SurvivalPlan = { move, accounts: [], skipped: [] };
  for (const account of book.accounts) {
    const spec = toAccountSpec(account);
    const inverse = spec.positions.length > 0 && spec.positions[0].contract === 'inverse';
    const head = {
      accountId: account.id,
      name: account.name,
      marginMode: spec.marginMode,
      currency: inverse ? ('coin' as const) : ('quote' as const),
    };
    if (spec.positions.length === 0) {
      out.accounts.push({
        ...head,
        survives: true,
        extraCollateral: 0,
        keepFraction: spec.marginMode === 'cross' ? 1 : null,
        positions: [],
      });
      continue;
    }
    let model: StressModel;
    try {
      model = createStressModel(spec, betas);
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      out.skipped.push({ accountId: account.id, message: error.message });
      continue;
    }
    if (!model.cross) {
      const positions = isolatedRows(spec, model, move);
      out.accounts.push({
        ...head,
        survives: positions.every((r) => r.survives),
        extraCollateral: positions.reduce((a, r) => a + (r.extraMargin ?? 0), 0),
        keepFraction: null,
        positions,
      });
      continue;
    }
    const survives = crossSurvives(spec, betas, move);
    let keep = 1;
    if (!survives) {
      let lo = 0;
      let hi = 1;
      for (let it = 0; it < 40; it++) {
        const mid = (lo + hi) / 2;
        if (crossSurvives(scaled(spec, mid), betas, move)) lo = mid;
        else hi = mid;
      }
      keep = lo;
    }
    const gross = spec.positions.reduce(
      (a, p) => a + Math.abs(p.quantity * (p.contractSize ?? 1) * (inverse ? 1 / p.markPrice : p.markPrice)),
      0,
    );
    out.accounts.push({
      ...head,
      survives,
      extraCollateral: survives ? 0 : crossExtraCollateral(model, move, gross),
      keepFraction: keep,
      positions: spec.positions.map((p) => ({
        positionId: p.id,
        symbol: p.symbol,
        side: p.side,
        survives,
        extraMargin: null,
        maxSafeLeverage: null,
        keepFraction: null,
      })),
    });
  }
  return out;
}
