/**
 * The Stress screen's model, computed in the renderer (no IPC per slider event) with shared/stress:
 *
 * - funding over the horizon: `fundingDrift` per account (cross pays from the wallet, isolated from
 *   each position's margin, which moves its LP), then everything below runs on the account after it;
 * - the cascade ladder: `cascadeLadder` over the whole book (exact BTC move of each death, cross
 *   accounts dying as a whole, stressed betas on falls and everyday betas on rises);
 * - the equity curve and the equity at the slider's move: `createStressModel` + `sweepModel` per
 *   account and direction (the same model as `stressSweep`), inverse accounts valued at their
 *   coin's shocked price.
 *
 * With stops modelled (`stopSlippage`), the ladder closes stopped positions at their fill and flags
 * stops that gap through the LP; the curve and the summary equity do not (they hold stopped
 * positions open), which the screen says.
 *
 * Only the cheap part runs per slider event: `positionAtMove` for the rows in view and one sweep
 * point per account for the summary.
 */
import type { AccountSpec } from '@shared/engine/types';
import { toAccountSpec, type Book, type BookAccount } from '@shared/book/types';
import { fundingDrift } from '@shared/stress/funding';
import { cascadeLadder, ladderBetas, type LadderOptions } from '@shared/stress/ladder';
import {
  createStressModel,
  pnlAtPrice,
  shockedPrice as sharedShockedPrice,
  type StressModel as AccountStressModel,
} from '@shared/stress/model';
import { sweepModel } from '@shared/stress/sweep';
import { lookupBySymbol } from '@shared/symbols/index';
import { bookLiquidationProbability, volatilityDistances } from '@shared/stress/volatility';
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

/** Beta that applies at a move: stressed on falls, everyday on rises (shared/stress ladder.ts). */
const betaAt = (p: ShockedPosition, move: number) => (move < 0 ? p.betaDown : p.betaUp);

/** Price of a position's symbol at a BTC move (shared/stress: never below 0; inverse a hair above). */
export function shockedPrice(p: ShockedPosition, move: number): number {
  return sharedShockedPrice(p.markPrice, betaAt(p, move), move);
}

/** The rung that has ended this position by `move`, if any (nothing ends at move 0). */
export function rungAt(p: ShockedPosition, move: number) {
  if (move < 0 && p.down && move <= p.down.btcMove) return p.down;
  if (move > 0 && p.up && move >= p.up.btcMove) return p.up;
  return null;
}

/** A position's price, PnL (USD) and state at a move. */
export function positionAtMove(p: ShockedPosition, move: number): PositionAtMove {
  const price = shockedPrice(p, move);
  const rung = rungAt(p, move);
  const size = p.quantity * p.contractSize * (p.side === 'long' ? 1 : -1);
  let pnl: number;
  let state: PositionAtMove['state'] = 'open';
  if (!rung) pnl = pnlAtPrice(p.inverse, size, p.entryPrice, price);
  else if (rung.kind === 'stop') {
    state = 'stopped';
    pnl = rung.pnlAtEvent;
  } else {
    state = 'liquidated';
    pnl = p.isolatedMargin !== null ? -p.isolatedMargin : rung.pnlAtEvent;
  }
  return { shockedPrice: price, pnlUsd: pnl * (p.inverse ? price : 1), state };
}

/** The account after `horizonHours` of funding at one rate for every symbol. */
function afterFunding(account: BookAccount, params: StressParams): BookAccount {
  if (params.fundingRate8h === 0 || params.horizonHours === 0 || account.positions.length === 0) return account;
  const rates = Object.fromEntries(account.positions.map((p) => [p.symbol, params.fundingRate8h]));
  const after: AccountSpec = fundingDrift(toAccountSpec(account), {
    fundingRates: rates,
    horizonHours: params.horizonHours,
  }).accountAfter;
  return {
    ...account,
    walletBalance: after.walletBalance,
    positions: account.positions.map((p, i) => ({ ...p, isolatedMargin: after.positions[i].isolatedMargin })),
  };
}

interface AccountModel {
  account: BookAccount;
  down: AccountStressModel;
  up: AccountStressModel;
}

/** Account equity in USD at each move: falls through the stressed-beta model, rises through the everyday one. */
function accountEquityUsd(a: AccountModel, moves: ArrayLike<number>): Float64Array {
  const down = sweepModel(a.down, moves).equity;
  const up = sweepModel(a.up, moves).equity;
  const out = new Float64Array(moves.length);
  const coin = a.down.inverse && a.down.n > 0;
  for (let j = 0; j < moves.length; j++) {
    const m = moves[j];
    const model = m < 0 ? a.down : a.up;
    const usd = coin ? sharedShockedPrice(model.mark[0], model.beta[0], m) : 1;
    out[j] = (m < 0 ? down[j] : up[j]) * usd;
  }
  return out;
}

/** Builds the model for a book; accounts the engine refuses are reported in `errors` and left out. */
export function computeStress(bookIn: Book, params: StressParams): StressModel {
  const errors: StressModel['errors'] = [];
  const accountsIn: BookAccount[] = [];
  for (const account of bookIn.accounts) {
    try {
      accountsIn.push(afterFunding(account, params));
    } catch (e) {
      errors.push({
        accountId: account.id,
        accountName: account.name,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }
  const book: Book = { accounts: accountsIn };
  const options: LadderOptions = {
    betas: params.betas,
    stressCorrelation: params.correlation,
    stopSlippage: params.stopSlippage,
  };
  const ladder = cascadeLadder(book, options);
  for (const s of ladder.skipped) errors.push({ accountId: s.accountId, accountName: s.name, message: s.message });
  const skipped = new Set(ladder.skipped.map((s) => s.accountId));
  const downBetas = ladderBetas(book, 'down', options);
  const upBetas = ladderBetas(book, 'up', options);

  const within = (e: { btcMove: number }) => e.btcMove >= MOVE_MIN && e.btcMove <= MOVE_MAX;
  const downEvents = new Map(ladder.down.filter(within).map((e) => [e.positionId, e]));
  const upEvents = new Map(ladder.up.filter(within).map((e) => [e.positionId, e]));

  // σ distance and touch probability over the horizon, when BTC's volatility is known (Settings).
  const btcVolatility = lookupBySymbol(params.volatility, 'BTC') ?? lookupBySymbol(params.volatility, 'BTCUSDT');
  const horizonDays = params.horizonHours / 24;
  const withVol = btcVolatility !== undefined && horizonDays > 0;
  const vol = new Map<string, { sigmas: number | null; probability: number }>();

  const accounts: AccountModel[] = [];
  const positions: ShockedPosition[] = [];
  for (const account of book.accounts) {
    if (account.positions.length === 0 || skipped.has(account.id)) continue;
    const spec = toAccountSpec(account);
    const a: AccountModel = { account, down: createStressModel(spec, downBetas), up: createStressModel(spec, upBetas) };
    accounts.push(a);
    if (withVol) {
      for (const r of volatilityDistances(spec, {
        btcVolatility,
        horizonDays,
        volatilities: params.volatility,
        betas: upBetas,
      })) {
        vol.set(r.positionId, { sigmas: r.sigmas, probability: r.probability });
      }
    }
    account.positions.forEach((p, i) =>
      positions.push({
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
        betaDown: a.down.beta[i],
        betaUp: a.up.beta[i],
        liquidationPrice: a.down.risk.positions[i]?.liquidationPrice ?? null,
        down: downEvents.get(p.id) ?? null,
        up: upEvents.get(p.id) ?? null,
        isolatedMargin: a.down.cross ? null : a.down.margin[i],
        inverse: a.down.inverse,
        sigmas: vol.get(p.id)?.sigmas ?? null,
        touchProbability: vol.get(p.id)?.probability ?? null,
      }),
    );
  }

  const equityAt = (move: number) => {
    let total = 0;
    for (const a of accounts) total += accountEquityUsd(a, [move])[0];
    return total;
  };

  const steps: LadderStep[] = [
    ...ladder.down.filter(within).map((e, i) => ({ ...e, id: `down:${e.accountId}:${e.positionId}`, order: i + 1 })),
    ...ladder.up.filter(within).map((e, i) => ({ ...e, id: `up:${e.accountId}:${e.positionId}`, order: i + 1 })),
  ];

  const xs = new Set<number>();
  const lo = Math.round((MOVE_MIN * 100) / CURVE_STEP_PCT);
  const hi = Math.round((MOVE_MAX * 100) / CURVE_STEP_PCT);
  for (let i = lo; i <= hi; i++) xs.add(i * CURVE_STEP_PCT);
  for (const r of steps) xs.add(r.btcMove * 100);
  const pcts = [...xs].sort((a, b) => a - b);
  const moves = Float64Array.from(pcts, (x) => x / 100);
  const total = new Float64Array(moves.length);
  for (const a of accounts) {
    const eq = accountEquityUsd(a, moves);
    for (let j = 0; j < eq.length; j++) total[j] += eq[j];
  }
  const curve: CurvePoint[] = pcts.map((movePct, j) => ({ movePct, equity: total[j] }));

  const firstLiquidation = withVol ? bookLiquidationProbability(ladder, { btcVolatility, horizonDays }) : null;
  return {
    positions,
    ladder: steps,
    curve,
    btcPrice: ladder.btcPrice,
    baseEquity: equityAt(0),
    firstLiquidation,
    errors,
    notes: ladder.notes,
    book,
    equityAt,
  };
}
