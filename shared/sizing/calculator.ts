/**
 * Position sizing: how big can this trade be? The size is the SMALLEST of three bounds:
 *
 * 1. risk — the loss if the stop fills (price move plus taker fees on entry and exit) equals the
 *    risk budget: size = budget / (|E − S| + f·(E + S)) for linear contracts (money in quote),
 *    size = budget / (|1/E − 1/S| + f·(1/E + 1/S)) for inverse ones (size in USD, money in coin);
 * 2. margin — initial margin (notional / leverage) plus the entry fee fits in the margin available
 *    (cross: wallet + others' uPnL − others' initial margin; isolated: the free balance);
 * 3. stop-before-liquidation — the stop still fills at least `safetyBufferPct` % (of the LP) before
 *    the liquidation price the ENGINE computes for the resulting position (cross positions
 *    included; tiers at the LP). The LP approaches the entry as the size grows (a cross wallet is
 *    spread thinner; a bigger isolated notional sits in a higher tier), so this bound is found by
 *    bisection.
 *
 * The result is rounded DOWN to the venue's lot step and says which bound binds.
 */
import { assessAccount, EngineInputError, VENUE_CONTRACTS, type AccountSpec, type PositionSpec } from '../engine/index';
import { sizeHeadroom, type Headroom } from './headroom';
import { parseSizingInput, type SizingInput } from './input';
import { floorToStep, lookupLotStep } from './lots';
import { notionalAt, pnl, sign, sizeOf } from './math';
import { extendTable, heldWith, tiersOf } from './tiers';

/** Which bound decides the size. */
export type SizeBound = 'risk' | 'margin' | 'stop-before-liquidation';

/** What {@link sizePosition} returns. Money in `currency`: quote (linear) or coin (inverse). */
export interface SizingResult {
  side: 'long' | 'short';
  contract: 'linear' | 'inverse';
  currency: 'quote' | 'coin';
  entry: number;
  stop: number;
  takeProfit: number | null;
  leverage: number;
  riskBudget: number;
  /** The three bounds in size units (base for linear, quote for inverse), before rounding; null: no limit found. */
  bounds: { risk: number; margin: number; stopBeforeLiquidation: number | null };
  binding: SizeBound;
  /** Lot step used (contracts), null when none was known (size not rounded). */
  lotStep: number | null;
  /** Base units (linear) or quote units (inverse), rounded down to the lot step. */
  size: number;
  contracts: number;
  /** Notional at entry. */
  notional: number;
  /** notional / leverage. */
  initialMargin: number;
  entryFee: number;
  exitFeeAtStop: number;
  exitFeeAtTakeProfit: number | null;
  /** Loss if the stop fills: price move + entry fee + exit fee. */
  lossAtStop: number;
  lossAtStopPctOfEquity: number;
  /** Profit at the take-profit net of both fees; null without one. */
  rewardAtTakeProfit: number | null;
  /** rewardAtTakeProfit / lossAtStop (both net of fees); null without a take-profit. */
  rewardRisk: number | null;
  /** LP of the resulting position from the engine; null when no price liquidates it. */
  liquidationPrice: number | null;
  /** (stop − LP) / stop for a long, (LP − stop) / stop for a short: > 0 when the stop fills first. */
  stopToLiquidationPct: number | null;
  /**
   * Largest leverage at which the stop still fills `safetyBufferPct` % before the LP: isolated —
   * the leverage setting at this size; cross — the effective leverage (notional / wallet) of the
   * largest stop-safe size, since a cross LP depends on the wallet, not on the setting. null: no
   * limit found up to 1000×.
   */
  maxSafeLeverage: number | null;
  headroom: Headroom | null;
  /** Caveats in plain language (no lot step known, size zero and why, ...). */
  notes: string[];
}

const CANDIDATE = '__sizing_candidate__';

/** Resolved trade geometry. */
interface Trade {
  inp: SizingInput;
  inverse: boolean;
  side: 'long' | 'short';
  s: 1 | -1;
  stop: number;
  cs: number;
  /** Largest size the shipped tier table documents (its last tier's cap, at entry); Infinity when none. */
  tableCap: number;
  /** Notional where that table ends (Infinity when none). */
  tableEnd: number;
}

function candidate(t: Trade, size: number, leverage: number): PositionSpec {
  const i = t.inp;
  const p: PositionSpec = {
    id: CANDIDATE,
    symbol: i.symbol,
    side: t.side,
    contract: t.inverse ? 'inverse' : 'linear',
    quantity: size / t.cs,
    entryPrice: i.entry,
    markPrice: i.entry,
    leverage,
  };
  if (i.contractSize !== undefined || t.cs !== 1) p.contractSize = t.cs;
  if (i.tiers) p.tiers = i.tiers;
  if (i.mmr !== undefined) p.mmr = i.mmr;
  if (i.maintenanceAmount !== undefined) p.maintenanceAmount = i.maintenanceAmount;
  if (i.maxLeverage !== undefined) p.maxLeverage = i.maxLeverage;
  if (i.tickSize !== undefined) p.tickSize = i.tickSize;
  return p;
}

/**
 * The account after opening `size` at `leverage`: the entry fee leaves the wallet. `extend`:
 * assess on the shipped table extended past its end (tiers.ts `extendTable`); off for
 * {@link sizeHeadroom}, which extends and judges by itself.
 */
function accountWith(t: Trade, size: number, leverage: number, extend = true): AccountSpec {
  const i = t.inp;
  const fee = i.feeRate * notionalAt(t.inverse, size, i.entry);
  // Extended past a finite shipped table so LPs beyond its end are found, then judged (safeAt).
  const plain = candidate(t, size, leverage);
  const cand = extend ? extendTable(i.venue, plain).spec : plain;
  if (i.marginMode === 'isolated') {
    return {
      venue: i.venue,
      marginMode: 'isolated',
      walletBalance: i.equity - fee,
      takerFeeRate: i.feeRate,
      positions: [cand],
    };
  }
  return {
    venue: i.venue,
    marginMode: 'cross',
    positionMode: i.positionMode,
    walletBalance: i.equity - fee,
    takerFeeRate: i.feeRate,
    positions: [...i.otherPositions, cand],
  };
}

function lpAt(t: Trade, size: number, leverage: number): number | null {
  let risk;
  try {
    risk = assessAccount(accountWith(t, size, leverage));
  } catch (error) {
    // Name the field as the caller wrote it: positions[k] of the trial account is otherPositions[k].
    const m = error instanceof EngineInputError ? /^positions\[(\d+)\](.*)$/.exec(error.path) : null;
    if (m) {
      const k = Number(m[1]);
      const reason = (error as EngineInputError).reason;
      if (k < t.inp.otherPositions.length) throw new EngineInputError(`otherPositions[${k}]${m[2]}`, reason);
      // The new position itself: its fields are the input's top-level fields.
      throw new EngineInputError(
        m[2].replace(/^\./, '') || 'symbol',
        reason.replace(/positions\[(\d+)\]/g, (_, j: string) => `otherPositions[${j}]`),
      );
    }
    throw error;
  }
  return risk.positions.find((r) => r.id === CANDIDATE)?.liquidationPrice ?? null;
}

/** Whether the stop fills at least the buffer before the LP. */
function stopSafe(t: Trade, lp: number | null): boolean {
  if (lp === null) return true;
  const b = t.inp.safetyBufferPct / 100;
  return t.side === 'long' ? t.stop >= lp * (1 + b) : t.stop <= lp * (1 - b);
}

function safeAt(t: Trade, size: number, leverage: number): boolean {
  if (size <= 0) return true;
  const lp = lpAt(t, size, leverage);
  // An LP past the end of the shipped table is outside the documented range (tiers.ts `extendTable`): not safe.
  if (lp !== null && notionalAt(t.inverse, size, lp) >= t.tableEnd) return false;
  return stopSafe(t, lp);
}

/** Largest x in (0, hi] with ok(x), given ok is true then false as x grows; null when ok(hi). */
function bisectUp(ok: (x: number) => boolean, hi: number, geometric = false, lo0 = 0): number | null {
  if (ok(hi)) return null;
  let lo = lo0;
  if (lo > 0 && !ok(lo)) return 0;
  for (let k = 0; k < 200; k++) {
    const mid = geometric && lo > 0 ? Math.sqrt(lo * hi) : (lo + hi) / 2;
    if (ok(mid)) lo = mid;
    else hi = mid;
    if (hi - lo <= 1e-10 * hi) break;
  }
  return lo;
}

function resolveTrade(inp: SizingInput): Trade {
  const contract = inp.contract ?? VENUE_CONTRACTS[inp.venue][0];
  const inverse = contract === 'inverse';
  const side = inp.side ?? (inp.stop.mode === 'price' && inp.stop.value < inp.entry ? 'long' : 'short');
  const s = sign(side);
  const stop = inp.stop.mode === 'price' ? inp.stop.value : inp.entry * (1 - (s * inp.stop.value) / 100);
  for (let k = 0; k < inp.otherPositions.length; k++) {
    if (inp.otherPositions[k].contract !== contract) {
      throw new EngineInputError(
        `otherPositions[${k}].contract`,
        `an account holds one contract kind; the new position is ${contract}, got ${inp.otherPositions[k].contract}`,
      );
    }
  }
  const shipped = lookupLotStep(inp.venue, inp.symbol);
  const cs = inp.contractSize ?? shipped?.contractSize ?? 1;
  const t: Trade = { inp, inverse, side, s, stop, cs, tableCap: Infinity, tableEnd: Infinity };
  // OKX cross hedge: the other leg of this symbol counts towards the tier and the table's end.
  const self = candidate(t, 1, inp.leverage);
  const held = heldWith({ marginMode: inp.marginMode, positionMode: inp.positionMode }, inp.otherPositions, self);
  const resolved = tiersOf(inp.venue, self, held);
  if (!resolved) {
    throw new EngineInputError(
      'mmr',
      `no maintenance tiers shipped for ${inp.venue} ${inp.symbol} (${contract}): give mmr or tiers`,
    );
  }
  // The engine refuses to extrapolate a shipped table past its documented end (notional at entry).
  // (resolved.tiers is the table itself, or a size-keyed table's rows as notional at the entry.)
  const end = resolved.table ? resolved.tiers[resolved.tiers.length - 1].maxNotional : Infinity;
  if (Number.isFinite(end)) {
    t.tableEnd = end;
    t.tableCap = (inverse ? end * inp.entry : end / inp.entry) * (1 - 1e-9);
  }
  return t;
}

/**
 * Sizes a trade. Validates `raw` with {@link sizingInputSchema} first (throws
 * {@link EngineInputError} naming the field). Engine errors (no tier table for the symbol) pass
 * through unchanged.
 */
export function sizePosition(raw: unknown): SizingResult {
  const inp = parseSizingInput(raw);
  const t = resolveTrade(inp);
  const { inverse, side, s, stop } = t;
  const E = inp.entry;
  const f = inp.feeRate;
  const L = inp.leverage;
  const notes: string[] = [];
  if (inp.takeProfit !== undefined && (inp.takeProfit - E) * s <= 0) {
    throw new EngineInputError(
      'takeProfit',
      `a ${side}'s take-profit must be ${side === 'long' ? 'above' : 'below'} the entry (${E}), got ${inp.takeProfit}`,
    );
  }

  // 1. Risk: loss per size unit at the stop, fees on both legs included.
  const riskBudget = inp.risk.mode === 'percent' ? (inp.equity * inp.risk.value) / 100 : inp.risk.value;
  const unitLoss = -pnl(inverse, s, 1, E, stop) + f * (notionalAt(inverse, 1, E) + notionalAt(inverse, 1, stop));
  const riskBound = riskBudget / unitLoss;

  // 2. Margin: notional/L + entry fee must fit in what is available.
  let available = inp.equity;
  for (const o of inp.otherPositions) {
    const so = sizeOf(o);
    const oInverse = o.contract === 'inverse';
    available += pnl(oInverse, sign(o.side), so, o.entryPrice, o.markPrice);
    available -= notionalAt(oInverse, so, o.markPrice) / (o.leverage ?? L);
  }
  const unitMargin = notionalAt(inverse, 1, E) * (1 / L + f);
  const marginBound = Math.max(0, available / unitMargin);

  // 3. Stop before liquidation, by bisection on the engine's LP — within the range the tier
  // table documents: beyond it the LP is unknown, so that is a limit too.
  let reach = Math.max(riskBound, marginBound) * 4;
  const capped = reach >= t.tableCap;
  if (capped) reach = t.tableCap;
  let stopBound = bisectUp((x) => safeAt(t, x, L), reach);
  if (stopBound === null && capped) {
    stopBound = reach;
    if (reach < Math.min(riskBound, marginBound)) {
      notes.push(
        `the shipped ${inp.venue} ${inp.symbol} tier table ends at a notional of ${notionalAt(inverse, reach, E).toPrecision(6)}: beyond it the liquidation price is unknown (give tiers or mmr for larger sizes)`,
      );
    }
  }

  const candidates: Array<[SizeBound, number]> = [
    ['risk', riskBound],
    ['margin', marginBound],
  ];
  if (stopBound !== null) candidates.push(['stop-before-liquidation', stopBound]);
  let [binding, raw0] = candidates[0];
  for (const [b, v] of candidates) if (v < raw0) [binding, raw0] = [b, v];

  const lot = inp.lotStep ?? lookupLotStep(inp.venue, inp.symbol)?.step ?? null;
  if (lot === null) notes.push(`no lot step known for ${inp.venue} ${inp.symbol}: size not rounded (pass lotStep)`);
  if (inverse && inp.contractSize === undefined && t.cs === 1)
    notes.push(`no contract size known for ${inp.venue} ${inp.symbol}: 1 USD per contract assumed (pass contractSize)`);
  const contracts = lot === null ? raw0 / t.cs : floorToStep(raw0 / t.cs, lot);
  const size = contracts * t.cs;
  if (size === 0) {
    if (binding === 'stop-before-liquidation')
      notes.push(
        `at ${L}x the liquidation price is not ${inp.safetyBufferPct} % beyond the stop at any size: lower the leverage or widen the margin`,
      );
    else if (binding === 'margin') notes.push('no margin available for this trade');
    else notes.push(`the risk budget buys less than one lot (${lot} contracts)`);
  }

  const notional = notionalAt(inverse, size, E);
  const entryFee = f * notional;
  const exitFeeAtStop = f * notionalAt(inverse, size, stop);
  const lossAtStop = -pnl(inverse, s, size, E, stop) + entryFee + exitFeeAtStop;
  const tp = inp.takeProfit ?? null;
  const exitFeeAtTakeProfit = tp === null ? null : f * notionalAt(inverse, size, tp);
  const rewardAtTakeProfit =
    tp === null ? null : pnl(inverse, s, size, E, tp) - entryFee - (exitFeeAtTakeProfit as number);
  const rewardRisk = rewardAtTakeProfit === null || lossAtStop <= 0 ? null : rewardAtTakeProfit / lossAtStop;

  const liquidationPrice = size > 0 ? lpAt(t, size, L) : null;
  const stopToLiquidationPct = liquidationPrice === null ? null : ((stop - liquidationPrice) * s * 100) / stop;

  // Largest safe leverage.
  let maxSafeLeverage: number | null;
  if (inp.marginMode === 'isolated') {
    const at = size > 0 ? size : Math.min(riskBound, t.tableCap);
    maxSafeLeverage = bisectUp((l) => safeAt(t, at, l), 1000, true, 1e-3);
  } else {
    maxSafeLeverage = stopBound === null ? null : notionalAt(inverse, stopBound, E) / inp.equity;
  }

  const headroom =
    size > 0
      ? sizeHeadroom(accountWith(t, size, L, false), CANDIDATE, {
          lpWithinPct: inp.headroomLpWithinPct,
          lotStep: lot ?? undefined,
        })
      : null;

  return {
    side,
    contract: inverse ? 'inverse' : 'linear',
    currency: inverse ? 'coin' : 'quote',
    entry: E,
    stop,
    takeProfit: tp,
    leverage: L,
    riskBudget,
    bounds: { risk: riskBound, margin: marginBound, stopBeforeLiquidation: stopBound },
    binding,
    lotStep: lot,
    size,
    contracts,
    notional,
    initialMargin: notional / L,
    entryFee,
    exitFeeAtStop,
    exitFeeAtTakeProfit,
    lossAtStop,
    lossAtStopPctOfEquity: (lossAtStop / inp.equity) * 100,
    rewardAtTakeProfit,
    rewardRisk,
    liquidationPrice,
    stopToLiquidationPct,
    maxSafeLeverage,
    headroom,
    notes,
  };
}
