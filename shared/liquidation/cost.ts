/**
 * The cost of being liquidated: how much of the margin left at a liquidation point the venue
 * keeps (its liquidation / clearance fee or insurance-fund rule), so that "equity after" is what
 * the trader actually keeps. Where the venue's rule gives a range, both ends are returned.
 *
 * `marginLeft` is what is left of the liquidated margin above the bankruptcy price at the rung:
 * an isolated position's margin + PnL at its liquidation price, a cross account's equity at its
 * crossing (about its maintenance margin, since that is where it is liquidated).
 *
 * - Hyperliquid: "Unlike CEXs there is no clearance fee on liquidations"; a fill on the book
 *   leaves "any remaining collateral" with the trader, a backstop liquidation (equity below 2/3 of
 *   maintenance) does not return the maintenance margin. Range: keeps 0 … all of it. Partial steps
 *   go to the book: 0.
 * - Binance: "a liquidation fee will be charged on the amount liquidated only", at the symbol's
 *   clearance rate (exchangeInfo `liquidationFee`, 1.25 % for BTCUSDT in the shipped snapshot);
 *   if the Immediate-or-Cancel order fills the trader keeps the rest, otherwise the position "will
 *   be closed at the bankruptcy price … A portion of the remaining collateral (if any) will go to
 *   the Insurance Fund". Range: the fee (at most the margin left) … all of it. Small positions,
 *   whose maintenance rate is below the fee rate, are "already bankrupt when first entering
 *   liquidation": both ends are the margin left.
 * - Bybit: taken over at the bankruptcy price; "the remaining margin from the position would be
 *   contributed to the insurance fund": keeps all of it. A tier step is a FillOrKill order in
 *   the market: 0 beyond the trading fee.
 * - BitMEX: "you will be liquidated and your maintenance margin will be lost": keeps all of it.
 *   Tier steps: 0 beyond the trading fee.
 * - OKX: a full liquidation closes at the bankruptcy price (the surplus goes to OKX's insurance
 *   fund): keeps all of it; a partial step pays the liquidation fee, charged at the taker rate of
 *   the user's fee tier on what is closed.
 * - Gate and generic: no published split: keeps up to all of it.
 *
 * Everything here is an estimate: it assumes the liquidation fills at the liquidation price
 * (no slippage), which a crash does not grant.
 */
import type { VenueId } from '../engine/types';
import { binanceClearanceRate } from './fees';
import {
  BINANCE_LIQUIDATION_PROTOCOLS,
  BITMEX_LIQUIDATION,
  BYBIT_LIQUIDATION_PROCESS,
  GATE_LIQUIDATION,
  HYPERLIQUID_LIQUIDATIONS,
  OKX_LIQUIDATION_OVERVIEW,
  OKX_PARTIAL_LIQUIDATION,
  type RuleSource,
} from './sources';

/** OKX's base taker fee for swaps (0.05 %), its liquidation fee rate when the account gives none. */
const OKX_BASE_TAKER = 0.0005;

/** Input of {@link liquidationCost}. */
export interface LiquidationCostInput {
  venue: VenueId;
  /** A partial step (the position or account goes on) or the full liquidation. */
  step: 'partial' | 'full';
  /** Margin left above bankruptcy at the rung (≥ 0 is meaningful; below 0 the venue keeps nothing). */
  marginLeft: number;
  /** Value closed at this rung (quote; coin for inverse). */
  closedValue: number;
  /** The account's taker fee rate, where known. */
  takerFeeRate?: number;
  /** The venue's symbol (Binance: looks up its clearance fee rate). */
  symbol?: string;
}

/** What the venue keeps at one rung. */
export interface LiquidationCost {
  /** The venue's share of `marginLeft`: both ends (equal when the rule gives one figure). */
  venueKeeps: { low: number; high: number };
  /** One sentence for the ladder: the venue's rule at this rung. */
  text: string;
  sources: RuleSource[];
}

/** What a venue keeps when liquidating at one rung (see the module comment). */
export function liquidationCost(input: LiquidationCostInput): LiquidationCost {
  const left = Math.max(0, input.marginLeft);
  const all = { low: left, high: left };
  const upTo = { low: 0, high: left };
  const none = { low: 0, high: 0 };
  const partial = input.step === 'partial';
  switch (input.venue) {
    case 'hyperliquid':
      return partial
        ? { venueKeeps: none, text: 'partial step to the book: no clearance fee', sources: [HYPERLIQUID_LIQUIDATIONS] }
        : {
            venueKeeps: upTo,
            text: 'a fill on the book leaves the remaining margin with the trader (no clearance fee); a backstop liquidation keeps all of it',
            sources: [HYPERLIQUID_LIQUIDATIONS],
          };
    case 'binance-usdm':
    case 'binance-coinm': {
      const clearance =
        input.venue === 'binance-usdm' && input.symbol !== undefined ? binanceClearanceRate(input.symbol) : undefined;
      if (!clearance)
        return {
          venueKeeps: upTo,
          text: 'the clearance fee on what is liquidated, up to all of the margin left if closed at the bankruptcy price (clearance rate for this symbol not in Cascade’s data)',
          sources: [BINANCE_LIQUIDATION_PROTOCOLS],
        };
      const fee = Math.min(left, Math.abs(input.closedValue) * clearance.rate);
      return {
        venueKeeps: { low: fee, high: left },
        text: `clearance fee ${(clearance.rate * 100).toFixed(2)} % of what is liquidated; all of the margin left if closed at the bankruptcy price`,
        sources: [
          BINANCE_LIQUIDATION_PROTOCOLS,
          {
            title: 'Binance exchangeInfo liquidationFee (shipped snapshot)',
            url: clearance.source,
            date: clearance.asOf,
          },
        ],
      };
    }
    case 'bybit':
    case 'bitmex': {
      const sources = [input.venue === 'bybit' ? BYBIT_LIQUIDATION_PROCESS : BITMEX_LIQUIDATION];
      return partial
        ? {
            venueKeeps: none,
            text: 'tier step by a FillOrKill order in the market: no liquidation fee beyond the trading fee',
            sources,
          }
        : {
            venueKeeps: all,
            text: 'taken over at the bankruptcy price: the margin left goes to the insurance fund',
            sources,
          };
    }
    case 'okx': {
      if (!partial)
        return {
          venueKeeps: all,
          text: 'liquidated at the bankruptcy price: the margin left goes to the insurance fund',
          sources: [OKX_LIQUIDATION_OVERVIEW],
        };
      const rate = input.takerFeeRate ?? OKX_BASE_TAKER;
      const fee = Math.min(left, Math.abs(input.closedValue) * rate);
      return {
        venueKeeps: { low: fee, high: fee },
        text: `partial step: liquidation fee at the taker rate (${(rate * 100).toFixed(3)} %) on what is closed`,
        sources: [OKX_PARTIAL_LIQUIDATION, OKX_LIQUIDATION_OVERVIEW],
      };
    }
    case 'gate':
      return {
        venueKeeps: upTo,
        text: 'liquidation fee and insurance-fund share not published in detail: up to the margin left',
        sources: [GATE_LIQUIDATION],
      };
    default:
      return { venueKeeps: upTo, text: 'no published rule: up to the margin left', sources: [] };
  }
}
