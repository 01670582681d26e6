/**
 * Funding terms of one symbol: the rate per settlement with the symbol's own interval and cap,
 * and where they came from. The offline defaults are the venue's rule (rules.ts) plus the shipped
 * snapshots: Bybit's per-symbol interval and limits from instruments-info (2025-09-18), and
 * Binance's announced BTCUSDT cap (±0.3 %, 8 h).
 */
import bybitFunding from '../data/bybit-funding-2025-09-18.json';
import type { VenueId } from '../engine/types';
import { fundingRuleOf } from './rules';
import { BINANCE_HOURLY_WHEN_CAPPED } from './sources';

/** Funding of one symbol on one venue. */
export interface FundingTerms {
  /** Rate per settlement (0.0001 = 0.01 %); positive: longs pay shorts. */
  rate: number;
  /** Hours between settlements. */
  intervalHours: number;
  /** Highest rate per settlement, null when unknown. */
  cap: number | null;
  /** Lowest rate per settlement (negative), null when unknown. */
  floor: number | null;
  /** Who set these: the user, the live feed / a venue answer, the shipped snapshot, or the venue's default rule. */
  origin: 'manual' | 'venue' | 'shipped' | 'default';
  /** Date (YYYY-MM-DD) or ISO time of the figures, null when unknown. */
  asOf: string | null;
  /** Where the interval and cap come from. */
  source: string;
}

interface Snapshot {
  source: string;
  asOf: string;
  symbols: Record<string, { intervalHours: number; cap: number; floor: number }>;
}

const BYBIT = bybitFunding as Snapshot;

/** Symbols whose cap a venue has published in an announcement, with that announcement. */
const ANNOUNCED: Partial<
  Record<VenueId, Record<string, { intervalHours: number; cap: number; floor: number; asOf: string; source: string }>>
> = {
  'binance-usdm': {
    BTCUSDT: {
      intervalHours: 8,
      cap: 0.003,
      floor: -0.003,
      asOf: '2025-05-02',
      source: BINANCE_HOURLY_WHEN_CAPPED.url,
    },
  },
};

/** Venue symbol spelling for the shipped snapshots: upper case, no separators. */
const key = (symbol: string) => symbol.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * The offline funding terms of a symbol at rate 0 (the rate comes from the user or the feed):
 * shipped per-symbol interval and cap where Cascade has them, else the venue's default interval
 * with no cap (Hyperliquid: its 4 %/hour cap).
 */
export function defaultFundingTerms(venue: VenueId, symbol: string): FundingTerms {
  const rule = fundingRuleOf(venue);
  const k = key(symbol);
  if (venue === 'bybit') {
    const row = BYBIT.symbols[k];
    if (row)
      return {
        rate: 0,
        intervalHours: row.intervalHours,
        cap: row.cap,
        floor: row.floor,
        origin: 'shipped',
        asOf: BYBIT.asOf,
        source: BYBIT.source,
      };
  }
  const announced = ANNOUNCED[venue]?.[k];
  if (announced)
    return {
      rate: 0,
      intervalHours: announced.intervalHours,
      cap: announced.cap,
      floor: announced.floor,
      origin: 'shipped',
      asOf: announced.asOf,
      source: announced.source,
    };
  return {
    rate: 0,
    intervalHours: rule.defaultIntervalHours,
    cap: rule.venueCap ?? null,
    floor: rule.venueCap === undefined ? null : -rule.venueCap,
    origin: 'default',
    asOf: null,
    source: rule.sources[0]?.url ?? 'venue default: every 8 h',
  };
}

/** The rate a venue settles: the given rate held within the cap and floor. */
export function cappedRate(terms: Pick<FundingTerms, 'rate' | 'cap' | 'floor'>): number {
  let r = terms.rate;
  if (terms.cap !== null && r > terms.cap) r = terms.cap;
  if (terms.floor !== null && r < terms.floor) r = terms.floor;
  return r;
}

/** Whether a rate settles at its cap or floor (the trigger of the venues' shorter intervals). */
export function atLimit(terms: Pick<FundingTerms, 'rate' | 'cap' | 'floor'>): boolean {
  const r = cappedRate(terms);
  const eps = 1e-12;
  return (terms.cap !== null && r >= terms.cap - eps) || (terms.floor !== null && r <= terms.floor + eps);
}
