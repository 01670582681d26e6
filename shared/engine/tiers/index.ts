/**
 * Registry of shipped maintenance-tier tables. Each table carries its source URL and date so
 * that the UI can warn when a table is stale; users override per position with `tiers` or `mmr`.
 */
import type { MaintenanceTier, VenueId } from '../types';
import { binanceCoinmTables } from './binance-coinm';
import { binanceUsdmTables } from './binance-usdm';
import { bitmexTables } from './bitmex';
import { bybitTables } from './bybit';
import { gateTables } from './gate';
import { hyperliquidTables } from './hyperliquid';
import type { TierTable } from './types';

export type { TierTable } from './types';

/** Every shipped table, in venue order. */
export const tierTables: readonly TierTable[] = [
  ...binanceUsdmTables,
  ...binanceCoinmTables,
  ...bybitTables,
  ...gateTables,
  ...hyperliquidTables,
  ...bitmexTables,
];

/** Upper-cases and drops separators so `btc/usdt:usdt`, `BTC-USDT` and `BTCUSDT` compare equal. */
export function normalizeSymbol(symbol: string): string {
  return symbol.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const index = new Map<string, TierTable>();
for (const t of tierTables) {
  for (const s of [t.symbol, ...t.aliases]) {
    const key = `${t.venue}|${normalizeSymbol(s)}`;
    if (!index.has(key)) index.set(key, t);
  }
}

/** The shipped table for a venue and symbol (any spelling in its aliases), or undefined. */
export function lookupTierTable(venue: VenueId, symbol: string): TierTable | undefined {
  return index.get(`${venue}|${normalizeSymbol(symbol)}`);
}

/** The shipped tiers for a venue and symbol, or undefined when none is shipped. */
export function lookupTiers(venue: VenueId, symbol: string): readonly MaintenanceTier[] | undefined {
  return lookupTierTable(venue, symbol)?.tiers;
}
