/**
 * Each venue's funding interval rules: the default interval, and what the venue does to the
 * interval after a settlement at the funding cap or floor. Venues change these rules (Bybit and
 * OKX now move capped contracts to hourly settlement), so per-symbol intervals and caps come from
 * the venue's public data when online (terms.ts, parse.ts); these are the rules and the offline
 * defaults.
 *
 * - Binance USDⓈ-M: default every 8 h (some symbols 4 h, listed by `GET /fapi/v1/fundingInfo`);
 *   since 2025-05-02, "If the previous funding rate settlement … reaches the funding rate
 *   cap/floor, Binance Futures will adjust the settlement frequency from every eight hours or
 *   every four hours to every one hour". BTCUSDT: cap/floor ±0.3 %. COIN-M: no such announcement.
 * - Bybit: the interval and limits per symbol in instruments-info; since 2025-10-30, a rate at
 *   its limit at settlement switches the contract to hourly ("excludes some BTC and ETH
 *   contracts" at first: BTC/USDT, BTC/USDC, BTC/USD, ETH/USDT, ETH/USDC, ETH/USD, ETHBTC/USDT).
 * - OKX: interval = nextFundingTime − fundingTime, limits min/maxFundingRate; since 2026-04-14 a
 *   capped settlement escalates one level at a time, 8 h → 4 h → 2 h → 1 h.
 * - Hyperliquid: "paid every hour", "capped at 4%/hour".
 * - BitMEX, Gate, generic: every 8 h by default; no escalation rule known to Cascade.
 *
 * Reverting to the longer interval happens when the premium is back to normal, i.e. when the rate
 * is no longer at its cap; a horizon held at a capped rate never reverts, so accrual.ts ignores it.
 */
import type { VenueId } from '../engine/types';
import {
  BINANCE_FUNDING_INFO,
  BINANCE_HOURLY_WHEN_CAPPED,
  BYBIT_HOURLY_WHEN_CAPPED,
  BYBIT_INSTRUMENTS,
  HYPERLIQUID_FUNDING,
  OKX_FUNDING_RATE_API,
  OKX_ONE_LEVEL_WHEN_CAPPED,
  type RuleSource,
} from './sources';

/** A venue's funding interval rule. */
export interface FundingRule {
  venue: VenueId;
  /** Hours between settlements when the venue's data says nothing else. */
  defaultIntervalHours: number;
  /** After a settlement at the cap or floor: straight to hourly, one level shorter, or nothing. */
  whenCapped: 'hourly' | 'one-level' | 'none';
  /** Intervals a one-level venue steps through, longest first. */
  levels?: readonly number[];
  /** A cap the venue applies to every symbol (Hyperliquid: 4 % per hour), when it has one. */
  venueCap?: number;
  /** Venue symbols the escalation does not apply to (Bybit's BTC and ETH majors, at first). */
  exempt?: readonly string[];
  text: string;
  sources: RuleSource[];
}

/** The funding interval rule of a venue. */
export function fundingRuleOf(venue: VenueId): FundingRule {
  switch (venue) {
    case 'binance-usdm':
      return {
        venue,
        defaultIntervalHours: 8,
        whenCapped: 'hourly',
        text: 'every 8 h unless Binance lists another interval; a settlement at the cap or floor moves the symbol to hourly (since 2025-05-02)',
        sources: [BINANCE_HOURLY_WHEN_CAPPED, BINANCE_FUNDING_INFO],
      };
    case 'bybit':
      return {
        venue,
        defaultIntervalHours: 8,
        whenCapped: 'hourly',
        exempt: ['BTCUSDT', 'BTCPERP', 'BTCUSD', 'ETHUSDT', 'ETHPERP', 'ETHUSD', 'ETHBTCUSDT'],
        text: 'interval and limits per symbol; a settlement at a limit moves the contract to hourly (since 2025-10-30; not, at first, the BTC and ETH majors)',
        sources: [BYBIT_INSTRUMENTS, BYBIT_HOURLY_WHEN_CAPPED],
      };
    case 'okx':
      return {
        venue,
        defaultIntervalHours: 8,
        whenCapped: 'one-level',
        levels: [8, 4, 2, 1],
        text: 'a settlement at the cap or floor shortens the interval one level at a time, 8 h → 4 h → 2 h → 1 h (since 2026-04-14)',
        sources: [OKX_ONE_LEVEL_WHEN_CAPPED, OKX_FUNDING_RATE_API],
      };
    case 'hyperliquid':
      return {
        venue,
        defaultIntervalHours: 1,
        whenCapped: 'none',
        venueCap: 0.04,
        text: 'paid every hour, capped at 4 % per hour',
        sources: [HYPERLIQUID_FUNDING],
      };
    default:
      return {
        venue,
        defaultIntervalHours: 8,
        whenCapped: 'none',
        text: 'every 8 h by default; no escalation rule known',
        sources: [],
      };
  }
}

/** The interval after a settlement at the cap or floor, under a venue's rule. */
export function intervalAfterCappedSettlement(rule: FundingRule, intervalHours: number, venueSymbol?: string): number {
  if (venueSymbol !== undefined && rule.exempt?.includes(venueSymbol.toUpperCase())) return intervalHours;
  if (rule.whenCapped === 'hourly') return Math.min(intervalHours, 1);
  if (rule.whenCapped === 'one-level') {
    const next = (rule.levels ?? []).find((h) => h < intervalHours);
    return next ?? intervalHours;
  }
  return intervalHours;
}
