/**
 * The Stress screen's model: positions shocked by a BTC move, the cascade ladder and the
 * equity-vs-move curve, computed in the renderer (no IPC per slider event).
 *
 * INTERIM: shared/stress (stress engineer) is the reference implementation; this file keeps the
 * same model (issue 6: price at move m = mark · (1 + β·m), never below 0; equity = wallet +
 * uPnL of survivors; an isolated position crossing its LP loses its isolated margin; a cross
 * account is liquidated when equity falls to maintenance and then holds nothing — the venue keeps
 * what is left, e.g. Binance's insurance-fund clearance fee) and is rewired to shared/stress as
 * its API lands. LPs come from the engine (`assessAccount`), with funding drift over the horizon
 * taken out of the margin first.
 */
import { assessAccount } from '../../../../../shared/engine';
import type { AccountSpec, PositionSpec } from '../../../../../shared/engine/types';
import { toAccountSpec, type Book, type BookAccount } from '../../../../../shared/book/types';
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

const SCAN_STEP = 0.01;
const BISECT_ITERATIONS = 40;
/** Curve resolution: every 0.5 % of BTC move, plus each ladder rung. */
const CURVE_STEP_PCT = 0.5;

const sign = (side: 'long' | 'short') => (side === 'long' ? 1 : -1);

/** Price of a position's symbol at a BTC move (never below 0; a hair above so inverse PnL stays finite). */
export function shockedPrice(mark: number, beta: number, move: number): number {
  return Math.max(mark * (1 + beta * move), mark * 1e-9);
}

/** Unrealised PnL in the account currency (quote for linear, coin for inverse). */
function pnlAt(p: ShockedPosition | PositionSpec, price: number): number {
  const size = p.quantity * (p.contractSize ?? 1) * sign(p.side);
  return p.contract === 'linear' ? size * (price - p.entryPrice) : size * (1 / p.entryPrice - 1 / price);
}

/** Funding paid over the horizon (account currency): longs pay a positive rate, shorts receive it. */
function fundingCost(p: PositionSpec, params: StressParams): number {
  const notional = p.contract === 'linear' ? p.quantity * (p.contractSize ?? 1) * p.markPrice : (p.quantity * (p.contractSize ?? 1)) / p.markPrice;
  return notional * params.fundingRate8h * (params.horizonHours / 8) * sign(p.side);
}

function isolatedMarginOf(p: PositionSpec): number {
  if (p.isolatedMargin !== undefined) return p.isolatedMargin;
  const lev = p.leverage ?? 1;
  const size = p.quantity * (p.contractSize ?? 1);
  return (p.contract === 'linear' ? size * p.entryPrice : size / p.entryPrice) / lev;
}

/** The account after paying funding over the horizon: wallet (and isolated margins) reduced. */
function withFunding(spec: AccountSpec, params: StressParams): AccountSpec {
  if (params.fundingRate8h === 0 || params.horizonHours === 0) return spec;
  let paid = 0;
  const positions = spec.positions.map((p) => {
    const cost = fundingCost(p, params);
    paid += cost;
    if (spec.marginMode !== 'isolated') return p;
    return { ...p, isolatedMargin: Math.max(isolatedMarginOf(p) - cost, 0) };
  });
  return { ...spec, walletBalance: spec.walletBalance - paid, positions };
}

interface AccountModel {
  account: BookAccount;
  spec: AccountSpec;
  positions: ShockedPosition[];
  /** Cross: the account's deaths; isolated: unused. */
  deathDown: number | null;
  deathUp: number | null;
  /** Price of the account's coin at a move (inverse accounts), else 1. */
  toUsd(move: number): number;
}

function crossEquityMinusMaintenance(spec: AccountSpec, betas: number[], move: number): number {
  const shocked = { ...spec, positions: spec.positions.map((p, i) => ({ ...p, markPrice: shockedPrice(p.markPrice, betas[i], move) })) };
  const risk = assessAccount(shocked);
  return risk.equity - risk.maintenanceMargin;
}

/** First move from 0 toward `limit` where the cross account is at or below maintenance (bisected). */
function crossDeath(spec: AccountSpec, betas: number[], limit: number): number | null {
  const f = (m: number) => crossEquityMinusMaintenance(spec, betas, m);
  if (f(0) <= 0) return 0;
  const dir = Math.sign(limit);
  let alive = 0;
  for (let m = dir * SCAN_STEP; dir * m <= dir * limit + 1e-12; m += dir * SCAN_STEP) {
    const at = dir * Math.min(Math.abs(m), Math.abs(limit));
    if (f(at) <= 0) {
      let lo = alive;
      let hi = at;
      for (let i = 0; i < BISECT_ITERATIONS; i++) {
        const mid = (lo + hi) / 2;
        if (f(mid) <= 0) hi = mid;
        else lo = mid;
      }
      return hi;
    }
    alive = at;
  }
  return null;
}

function modelAccount(account: BookAccount, params: StressParams): AccountModel {
  const spec = withFunding(toAccountSpec(account), params);
  const risk = assessAccount(spec);
  const betas = spec.positions.map((p) => effectiveBeta(p.symbol, params.correlation, params.betas));
  const inverse = spec.positions[0]?.contract === 'inverse';
  const cross = spec.marginMode === 'cross';
  const deathDown = cross ? crossDeath(spec, betas, MOVE_MIN) : null;
  const deathUp = cross ? crossDeath(spec, betas, MOVE_MAX) : null;
  const positions = spec.positions.map((p, i): ShockedPosition => {
    const lp = risk.positions[i]?.liquidationPrice ?? null;
    let down: number | null = null;
    let up: number | null = null;
    if (cross) {
      down = deathDown;
      up = deathUp;
    } else if (lp !== null) {
      const d = (lp / p.markPrice - 1) / betas[i];
      const adverseDown = (p.side === 'long') === betas[i] > 0;
      if (adverseDown) down = d < MOVE_MIN ? null : Math.min(d, 0);
      else up = d > MOVE_MAX ? null : Math.max(d, 0);
    }
    return {
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
      beta: betas[i],
      liquidationPrice: lp,
      deathDown: down,
      deathUp: up,
      isolatedMargin: cross ? null : isolatedMarginOf(p),
      inverse,
    };
  });
  const first = positions[0];
  const toUsd = inverse && first ? (m: number) => shockedPrice(first.markPrice, first.beta, m) : () => 1;
  return { account, spec, positions, deathDown, deathUp, toUsd };
}

/** True when the position is liquidated at this BTC move. */
export function isLiquidatedAt(p: ShockedPosition, move: number): boolean {
  return (p.deathDown !== null && move <= p.deathDown) || (p.deathUp !== null && move >= p.deathUp);
}

/** Account equity in USD at a move (deaths at exactly this move count as done). */
function accountEquityUsd(a: AccountModel, move: number): number {
  if (a.spec.marginMode === 'cross') {
    if ((a.deathDown !== null && move <= a.deathDown) || (a.deathUp !== null && move >= a.deathUp)) return 0;
    let eq = a.spec.walletBalance;
    for (const p of a.positions) eq += pnlAt(p, shockedPrice(p.markPrice, p.beta, move));
    return eq * a.toUsd(move);
  }
  let eq = a.spec.walletBalance;
  for (const p of a.positions) {
    eq += isLiquidatedAt(p, move) ? -(p.isolatedMargin ?? 0) : pnlAt(p, shockedPrice(p.markPrice, p.beta, move));
  }
  return eq * a.toUsd(move);
}

/** A position's price, PnL (USD) and state at a move. */
export function positionAtMove(p: ShockedPosition, move: number): PositionAtMove {
  const liquidated = isLiquidatedAt(p, move);
  const price = shockedPrice(p.markPrice, p.beta, move);
  let pnl: number;
  if (!liquidated) pnl = pnlAt(p, price);
  else if (p.isolatedMargin !== null) pnl = -p.isolatedMargin;
  else {
    const at = move <= 0 ? (p.deathDown ?? move) : (p.deathUp ?? move);
    pnl = pnlAt(p, shockedPrice(p.markPrice, p.beta, at));
  }
  const usd = p.inverse ? price : 1;
  return { shockedPrice: price, pnlUsd: pnl * usd, liquidated };
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
    for (const a of accounts) total += accountEquityUsd(a, move);
    return total;
  };

  const rungs: Omit<LadderStep, 'order' | 'equityAfter'>[] = [];
  const rung = (a: AccountModel, move: number, direction: 'down' | 'up', ps: ShockedPosition[]) =>
    rungs.push({
      direction,
      move,
      btcPrice: btcPrice === null ? null : btcPrice * (1 + move),
      accountId: a.account.id,
      accountName: a.account.name,
      kind: a.spec.marginMode === 'cross' ? 'cross' : 'isolated',
      positionIds: ps.map((p) => p.id),
      symbols: ps.map((p) => p.symbol),
    });
  for (const a of accounts) {
    if (a.spec.marginMode === 'cross') {
      if (a.deathDown !== null) rung(a, a.deathDown, 'down', a.positions);
      if (a.deathUp !== null) rung(a, a.deathUp, 'up', a.positions);
    } else {
      for (const p of a.positions) {
        if (p.deathDown !== null) rung(a, p.deathDown, 'down', [p]);
        if (p.deathUp !== null) rung(a, p.deathUp, 'up', [p]);
      }
    }
  }
  const down = rungs.filter((r) => r.direction === 'down').sort((x, y) => y.move - x.move);
  const up = rungs.filter((r) => r.direction === 'up').sort((x, y) => x.move - y.move);
  const ladder: LadderStep[] = [...down, ...up].map((r, i) => ({
    ...r,
    order: r.direction === 'down' ? i + 1 : i - down.length + 1,
    equityAfter: equityAt(r.move),
  }));

  const xs = new Set<number>();
  for (let i = Math.round(MOVE_MIN * 100 / CURVE_STEP_PCT); i <= Math.round(MOVE_MAX * 100 / CURVE_STEP_PCT); i++) xs.add(i * CURVE_STEP_PCT);
  for (const r of ladder) xs.add(r.move * 100);
  const curve: CurvePoint[] = [...xs].sort((a, b) => a - b).map((movePct) => ({ movePct, equity: equityAt(movePct / 100) }));

  return { positions, ladder, curve, btcPrice, baseEquity: equityAt(0), errors, equityAt };
}
