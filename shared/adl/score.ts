/**
 * Auto-deleveraging exposure: each venue's published ranking input for a profitable position,
 * computed from what Cascade knows (the position and its account). It is an ESTIMATE of the
 * venue's number: the venue ranks against every other trader on the same side, which no one
 * outside it sees, so there is no band unless the venue publishes one.
 *
 * - Hyperliquid: "The specific sorting index to determine the affected users in profit is
 *   (mark_price / entry_price) * (notional_position / account_value)". The page states it once
 *   for all users in profit; for a short, a profitable position has mark < entry, so Cascade uses
 *   the side-symmetric form (entry / mark) × (notional / account value), which ranks a more
 *   profitable short higher as the page's "ranked by unrealized pnl and leverage used" says.
 *   Account value: the cross account's equity, or the isolated position's margin + PnL.
 * - Binance: LeveragePnL = PnL percent × margin ratio, PnL percent = max(0, unrealized profit) /
 *   max(1, wallet balance), margin ratio = maintenance margin / (wallet balance + unrealized
 *   profit) (0 when that sum is ≤ 0). Cascade's reading: the position's unrealized profit, and the
 *   wallet and maintenance of the margin it draws on (isolated: its own; cross: the account's).
 * - BitMEX: Ranking = PNL percentage × effective leverage (PNL percentage > 0), effective leverage
 *   = |mark value| / (mark value − bankrupt value), PNL percentage = (mark value − entry value) /
 *   |entry value|.
 * - Bybit ("in order of highest profit and effective leverage use"), OKX ("leverage PnL % =
 *   position's PnL % × effective leverage") and Gate ("highest yield"): their pages name the
 *   inputs without the full definitions Cascade could read; Cascade uses BitMEX's published
 *   definitions of PnL % and effective leverage for them.
 */
import type { Side, VenueId } from '../engine/types';
import { BINANCE_ADL, BITMEX_ADL, BYBIT_ADL, GATE_ADL, HYPERLIQUID_ADL, OKX_ADL } from './sources';

/** A position as {@link adlScore} needs it (the engine's figures at the mark). */
export interface AdlInput {
  venue: VenueId;
  side: Side;
  contract: 'linear' | 'inverse';
  /** Base units (linear) or quote units (inverse). */
  size: number;
  entryPrice: number;
  markPrice: number;
  /** Unrealised PnL at the mark (quote; coin for inverse). */
  unrealizedPnl: number;
  /** Position value at the mark (quote; coin for inverse). */
  notional: number;
  /** The engine's bankruptcy price, null when none. */
  bankruptcyPrice: number | null;
  /** Hyperliquid's account value: cross equity, or the isolated position's margin + PnL. */
  accountValue: number;
  /** Binance's wallet balance: the isolated margin, or the cross wallet. */
  walletBalance: number;
  /** Binance's maintenance margin: the position's (isolated) or the account's (cross). */
  maintenanceMargin: number;
}

/** A profitable position's ADL ranking input, as `cascade assess --json` prints it under `adl`. */
export interface AdlScore {
  /** The venue's ranking number: higher is deleveraged first. */
  score: number;
  /** The venue's band (1 … 5) when it publishes one for the position; Cascade has none to show. */
  band?: number;
  /** The formula used, in the venue's words. */
  formula: string;
  /** The page the formula comes from. */
  source: string;
}

const BITMEX_FORM =
  'PNL percentage × effective leverage; PNL percentage = (mark value − entry value) / |entry value|, effective leverage = |mark value| / (mark value − bankrupt value)';

/** Value of a position at a price in the account's currency (linear: quote; inverse: coin). */
function valueAt(contract: AdlInput['contract'], size: number, price: number): number {
  return contract === 'inverse' ? size / price : size * price;
}

/** PnL % × effective leverage as BitMEX defines them, with side signs. */
function bitmexForm(p: AdlInput): number {
  const entryValue = valueAt(p.contract, p.size, p.entryPrice);
  const markValue = p.notional;
  const bankrupt =
    p.bankruptcyPrice === null || p.bankruptcyPrice <= 0 ? 0 : valueAt(p.contract, p.size, p.bankruptcyPrice);
  const cushion = Math.abs(markValue - bankrupt);
  const pnlPercent = p.unrealizedPnl / Math.abs(entryValue);
  const leverage = cushion > 0 ? Math.abs(markValue) / cushion : Infinity;
  return pnlPercent * leverage;
}

/**
 * The ADL ranking input of a position on its venue, or null when the position is not in profit
 * (ADL closes profitable positions; a losing one is last in every venue's queue).
 */
export function adlScore(p: AdlInput): AdlScore | null {
  if (!(p.unrealizedPnl > 0) || !(p.size > 0) || !(p.entryPrice > 0) || !(p.markPrice > 0)) return null;
  switch (p.venue) {
    case 'hyperliquid': {
      if (!(p.accountValue > 0)) return null;
      const long = p.side === 'long';
      return {
        score:
          (long ? p.markPrice / p.entryPrice : p.entryPrice / p.markPrice) * (Math.abs(p.notional) / p.accountValue),
        formula: long
          ? '(mark_price / entry_price) × (notional_position / account_value)'
          : '(entry_price / mark_price) × (notional_position / account_value) — the side-symmetric form of the published (mark_price / entry_price) × (notional_position / account_value), for a short',
        source: HYPERLIQUID_ADL.url,
      };
    }
    case 'binance-usdm':
    case 'binance-coinm': {
      const pnlPercent = Math.max(0, p.unrealizedPnl) / Math.max(1, p.walletBalance);
      const balance = p.walletBalance + p.unrealizedPnl;
      const marginRatio = balance <= 0 ? 0 : p.maintenanceMargin / balance;
      return {
        score: pnlPercent * marginRatio,
        formula:
          'LeveragePnL = PnL percent × margin ratio; PnL percent = max(0, unrealized profit) / max(1, wallet balance), margin ratio = maintenance margin / (wallet balance + unrealized profit)',
        source: BINANCE_ADL.url,
      };
    }
    case 'bitmex':
      return { score: bitmexForm(p), formula: BITMEX_FORM, source: BITMEX_ADL.url };
    case 'bybit':
      return {
        score: bitmexForm(p),
        formula: `${BITMEX_FORM} (BitMEX's definitions; Bybit ranks by "highest profit and effective leverage")`,
        source: BYBIT_ADL.url,
      };
    case 'okx':
      return {
        score: bitmexForm(p),
        formula: `leverage PnL % = PnL % × effective leverage, with ${BITMEX_FORM} (BitMEX's definitions)`,
        source: OKX_ADL.url,
      };
    case 'gate':
      return {
        score: bitmexForm(p),
        formula: `${BITMEX_FORM} (BitMEX's definitions; Gate reduces "the highest yield" first)`,
        source: GATE_ADL.url,
      };
    default:
      return {
        score: bitmexForm(p),
        formula: `${BITMEX_FORM} (no venue rule: BitMEX's definitions)`,
        source: BITMEX_ADL.url,
      };
  }
}
