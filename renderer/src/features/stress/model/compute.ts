/**
 * The Stress screen's model: positions shocked by a BTC move, the cascade ladder and the
 * equity-vs-move curve, computed in the renderer (no IPC per slider event).
 *
 * Built on shared/stress: `createStressModel` per account (one `assessAccount`, then typed arrays
 * with each position's safe interval of moves) and `sweepModel` for equity at any move — the
 * same model as `stressSweep` (price at move m = mark · (1 + β·m); an isolated position crossing
 * its LP loses its isolated margin; a cross account is liquidated as a whole when equity meets
 * maintenance and then holds nothing). Funding over the horizon is taken out of the margin first
 * (cross: the wallet; isolated: each position's isolated margin), which moves the LPs.
 * The ladder is built here from the per-position intervals until shared/stress publishes its own.
 */
import type { AccountSpec, PositionSpec } from '../../../../../shared/engine/types';
import { toAccountSpec, type Book, type BookAccount } from '../../../../../shared/book/types';
import {
  createStressModel,
  shockedPrice as sharedShockedPrice,
  type StressModel as AccountStressModel,
} from '../../../../../shared/stress/model';
import { sweepModel } from '../../../../../shared/stress/sweep';
import { effectiveBeta, isBtc } from './betas';
import {
  MOVE_MAX,
  MOVE_MIN,
  type CurvePoint,
  type LadderStep,
  type PositionAtMove,
  type ShockedPosition,
  type StressModel,
  type StressParams,
} from './types';

/** Curve resolution: every 0.5 % of BTC move, plus each ladder rung. */
const CURVE_STEP_PCT = 0.5;

const sign = (side: 'long' | 'short') => (side === 'long' ? 1 : -1);

/** Price of a position's symbol at a BTC move (shared/stress: never below 0; inverse a hair above). */
export function shockedPrice(p: ShockedPosition, move: number): number {
  return sharedShockedPrice(p.markPrice, p.beta, move, p.contract === 'inverse');
}

/** Unrealised PnL in the account currency (quote for linear, coin for inverse). */
function pnlAt(p: ShockedPosition, price: number): number {
  const size = p.quantity * p.contractSize * sign(p.side);
  return p.contract === 'linear' ? size * (price - p.entryPrice) : size * (1 / p.entryPrice - 1 / price);
}

/** Funding paid over the horizon (account currency): longs pay a positive rate, shorts receive it. */
function fundingCost(p: PositionSpec, params: StressParams): number {
  const size = p.quantity * (p.contractSize ?? 1);
  const notional = p.contract === 'linear' ? size * p.markPrice : size / p.markPrice;
  return notional * params.fundingRate8h * (params.horizonHours / 8) * sign(p.side);
}

function isolatedMarginOf(p: PositionSpec): number {
  if (p.isolatedMargin !== undefined) return p.isolatedMargin;
  const size = p.quantity * (p.contractSize ?? 1);
  return (p.contract === 'linear' ? size * p.entryPrice : size / p.entryPrice) / (p.leverage ?? 1);
}

/** The account after paying funding over the horizon: cross wallet or isolated margins reduced. */
function withFunding(spec: AccountSpec, params: StressParams): AccountSpec {
  if (params.fundingRate8h === 0 || params.horizonHours === 0) return spec;
  if (spec.marginMode === 'cross') {
    const paid = spec.positions.reduce((sum, p) => sum + fundingCost(p, params), 0);
    return { ...spec, walletBalance: spec.walletBalance - paid };
  }
  return {
    ...spec,
    positions: spec.positions.map((p) => ({ ...p, isolatedMargin: Math.max(isolatedMarginOf(p) - fundingCost(p, params), 1e-12) })),
  };
}

interface AccountModel {
  account: BookAccount;
  model: AccountStressModel;
  positions: ShockedPosition[];
  /** Price of the account's coin at a move (inverse accounts), else 1. */
  toUsd(move: number): number;
}

function modelAccount(account: BookAccount, params: StressParams): AccountModel {
  const spec = withFunding(toAccountSpec(account), params);
  const betas: Record<string, number> = {};
  for (const p of spec.positions) betas[p.symbol] = effectiveBeta(p.symbol, params.correlation, params.betas);
  const model = createStressModel(spec, betas);
  const positions = spec.positions.map(
    (p, i): ShockedPosition => ({
      id: p.id,
      accountId: account.id,
      accountName: account.name,
      symbol: p.symbol,
      side: p.side,
      contract: p.contract,
      quantity: p.quantity,
      contractSize: p.contractSize ?? 1,
      entryPrice: p.entryPrice,
      markPrice: p.markPrice,
      beta: model.beta[i],
      liquidationPrice: model.risk.positions[i]?.liquidationPrice ?? null,
      deathDown: model.lo[i] >= MOVE_MIN ? Math.min(model.lo[i], 0) : null,
      deathUp: model.hi[i] <= MOVE_MAX ? Math.max(model.hi[i], 0) : null,
      isolatedMargin: model.cross ? null : model.margin[i],
      inverse: model.inverse,
    }),
  );
  const first = positions[0];
  const toUsd = model.inverse && first ? (m: number) => shockedPrice(first, m) : () => 1;
  return { account, model, positions, toUsd };
}

/** True when the position is liquidated at this BTC move. */
export function isLiquidatedAt(p: ShockedPosition, move: number): boolean {
  // As shared/stress: nothing dies at move 0 (the account as assessed today).
  return (move < 0 && p.deathDown !== null && move <= p.deathDown) || (move > 0 && p.deathUp !== null && move >= p.deathUp);
}

/** Account equity in USD at each move (shared/stress `sweepModel`, times the coin's price for inverse accounts). */
function accountEquityUsd(a: AccountModel, moves: ArrayLike<number>): Float64Array {
  const eq = sweepModel(a.model, moves).equity;
  for (let j = 0; j < eq.length; j++) eq[j] *= a.toUsd(moves[j]);
  return eq;
}

/** A position's price, PnL (USD) and state at a move. */
export function positionAtMove(p: ShockedPosition, move: number): PositionAtMove {
  const liquidated = isLiquidatedAt(p, move);
  const price = shockedPrice(p, move);
  let pnl: number;
  if (!liquidated) pnl = pnlAt(p, price);
  else if (p.isolatedMargin !== null) pnl = -p.isolatedMargin;
  else pnl = pnlAt(p, shockedPrice(p, move < 0 ? (p.deathDown as number) : (p.deathUp as number)));
  return { shockedPrice: price, pnlUsd: pnl * (p.inverse ? price : 1), liquidated };
}

/** Builds the model for a book; accounts the engine refuses are reported in `errors` and left out. */
export function computeStress(book: Book, params: StressParams): StressModel {
  const accounts: AccountModel[] = [];
  const errors: StressModel['errors'] = [];
  for (const account of book.accounts) {
    if (account.positions.length === 0) continue;
    try {
      accounts.push(modelAccount(account, params));
    } catch (e) {
      errors.push({ accountId: account.id, accountName: account.name, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const positions = accounts.flatMap((a) => a.positions);
  const btc = positions.find((p) => isBtc(p.symbol));
  const btcPrice = btc ? btc.markPrice : null;
  const equityAt = (move: number) => {
    let total = 0;
    for (const a of accounts) total += accountEquityUsd(a, [move])[0];
    return total;
  };

  const rungs: Omit<LadderStep, 'order' | 'equityAfter'>[] = [];
  const rung = (a: AccountModel, move: number, direction: 'down' | 'up', ps: ShockedPosition[]) =>
    rungs.push({
      id: `${direction}:${a.account.id}:${ps.map((p) => p.id).join(',')}`,
      direction,
      move,
      btcPrice: btcPrice === null ? null : btcPrice * (1 + move),
      accountId: a.account.id,
      accountName: a.account.name,
      kind: a.model.cross ? 'cross' : 'isolated',
      positionIds: ps.map((p) => p.id),
      symbols: ps.map((p) => p.symbol),
    });
  for (const a of accounts) {
    // A cross account dies as a whole: one rung per direction with all its positions.
    const groups = a.model.cross ? [a.positions] : a.positions.map((p) => [p]);
    for (const ps of groups) {
      if (ps[0].deathDown !== null) rung(a, ps[0].deathDown, 'down', ps);
      if (ps[0].deathUp !== null) rung(a, ps[0].deathUp, 'up', ps);
    }
  }
  const down = rungs.filter((r) => r.direction === 'down').sort((x, y) => y.move - x.move);
  const up = rungs.filter((r) => r.direction === 'up').sort((x, y) => x.move - y.move);
  // Equity right after a rung: at its move, nudged past it so a rung at 0 (already through its LP) counts as done.
  const after = (r: (typeof rungs)[number]) => equityAt(r.move === 0 ? (r.direction === 'down' ? -1e-12 : 1e-12) : r.move);
  const ladder: LadderStep[] = [
    ...down.map((r, i) => ({ ...r, order: i + 1, equityAfter: after(r) })),
    ...up.map((r, i) => ({ ...r, order: i + 1, equityAfter: after(r) })),
  ];

  const xs = new Set<number>();
  const lo = Math.round((MOVE_MIN * 100) / CURVE_STEP_PCT);
  const hi = Math.round((MOVE_MAX * 100) / CURVE_STEP_PCT);
  for (let i = lo; i <= hi; i++) xs.add(i * CURVE_STEP_PCT);
  for (const r of ladder) xs.add(r.move * 100);
  const pcts = [...xs].sort((a, b) => a - b);
  const moves = Float64Array.from(pcts, (x) => x / 100);
  const total = new Float64Array(moves.length);
  for (const a of accounts) {
    const eq = accountEquityUsd(a, moves);
    for (let j = 0; j < eq.length; j++) total[j] += eq[j];
  }
  const curve: CurvePoint[] = pcts.map((movePct, j) => ({ movePct, equity: total[j] }));

  return { positions, ladder, curve, btcPrice, baseEquity: equityAt(0), errors, equityAt };
}
