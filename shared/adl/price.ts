/**
 * The price at which a venue closes a position it auto-deleverages.
 *
 * - Hyperliquid: "Those traders' positions are closed at the previous mark price against the now
 *   underwater user."
 * - Binance, Bybit, BitMEX: at the bankruptcy price of the liquidated order (Binance: "closed out
 *   at the bankruptcy price of the initial liquidated order"; Bybit: "deleveraged at the
 *   bankruptcy price of the liquidated order"; BitMEX: "The price at which a trader's position is
 *   closed out is the Bankruptcy Price of the initial liquidated order").
 * - OKX: "In normal circumstances, deleveraged positions are forcibly closed at the mark price at
 *   the time of matching", at the bankruptcy price when the fund is nearly depleted.
 * - Gate: not stated in the text Cascade could read; taken as the bankruptcy price of the
 *   liquidated order, like the other centralised venues.
 *
 * In a stress path the liquidated side's bankruptcy price is the market's level where ADL begins
 * (ADL happens once liquidations can no longer fill better than bankruptcy), so the stress model
 * closes at the price of the move where ADL is switched on, for every venue; the rule's text says
 * what the venue itself uses.
 */
import type { VenueId } from '../engine/types';
import { BINANCE_ADL, BITMEX_ADL, BYBIT_ADL, GATE_ADL, HYPERLIQUID_ADL, OKX_ADL, type RuleSource } from './sources';

/** What a venue's ADL closes at. */
export interface AdlPriceRule {
  venue: VenueId;
  basis: 'previous-mark' | 'bankruptcy-of-liquidated' | 'mark-at-matching';
  text: string;
  source: RuleSource;
}

/** The ADL closing-price rule of a venue. */
export function adlPriceRule(venue: VenueId): AdlPriceRule {
  switch (venue) {
    case 'hyperliquid':
      return { venue, basis: 'previous-mark', text: 'closed at the previous mark price', source: HYPERLIQUID_ADL };
    case 'binance-usdm':
    case 'binance-coinm':
      return {
        venue,
        basis: 'bankruptcy-of-liquidated',
        text: 'closed at the bankruptcy price of the liquidated order',
        source: BINANCE_ADL,
      };
    case 'bybit':
      return {
        venue,
        basis: 'bankruptcy-of-liquidated',
        text: 'closed at the bankruptcy price of the liquidated order',
        source: BYBIT_ADL,
      };
    case 'okx':
      return {
        venue,
        basis: 'mark-at-matching',
        text: 'closed at the mark price at matching (the bankruptcy price when the insurance fund is nearly depleted)',
        source: OKX_ADL,
      };
    case 'gate':
      return {
        venue,
        basis: 'bankruptcy-of-liquidated',
        text: 'taken as the bankruptcy price of the liquidated order (not stated by Gate)',
        source: GATE_ADL,
      };
    default:
      return {
        venue,
        basis: 'bankruptcy-of-liquidated',
        text: 'taken as the bankruptcy price of the liquidated order',
        source: BITMEX_ADL,
      };
  }
}
