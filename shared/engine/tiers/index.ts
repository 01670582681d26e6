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
import { okxTables } from './okx';
import type { SizeTier, SizeTierTable, TierTable } from './types';

export type { SizeTier, SizeTierTable, TierTable } from './types';

/** Every shipped table, in venue order. */
export const tierTables: readonly TierTable[] = [
  ...binanceUsdmTables,
  ...binanceCoinmTables,
  ...bybitTables,
  ...gateTables,
  ...hyperliquidTables,
  ...bitmexTables,
];

/** Every shipped table keyed by position size in contracts (OKX). */
export const sizeTierTables: readonly SizeTierTable[] = okxTables;

/** Upper-cases and drops separators so `btc/usdt:usdt`, `BTC-USDT` and `BTCUSDT` compare equal. */
export function normalizeSymbol(symbol: string): string {
  return symbol.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Tables by `venue|NORMALIZEDSYMBOL` for the symbol and every alias (the first table wins). */
function indexBySymbol<T extends { venue: VenueId; symbol: string; aliases: readonly string[] }>(
  tables: readonly T[],
): Map<string, T> {
  const out = new Map<string, T>();
  for (const t of tables) {
    for (const s of [t.symbol, ...t.aliases]) {
      const key = `${t.venue}|${normalizeSymbol(s)}`;
      if (!out.has(key)) out.set(key, t);
    }
  }
  return out;
}

const index = indexBySymbol(tierTables);
const sizeIndex = indexBySymbol(sizeTierTables);

/** The shipped table for a venue and symbol (any spelling in its aliases), or undefined. */
export function lookupTierTable(venue: VenueId, symbol: string): TierTable | undefined {
  return index.get(`${venue}|${normalizeSymbol(symbol)}`);
}

/** The shipped tiers for a venue and symbol, or undefined when none is shipped. */
export function lookupTiers(venue: VenueId, symbol: string): readonly MaintenanceTier[] | undefined {
  return lookupTierTable(venue, symbol)?.tiers;
}

/** The shipped size-keyed table (OKX position tiers) for a venue and symbol, or undefined. */
export function lookupSizeTierTable(venue: VenueId, symbol: string): SizeTierTable | undefined {
  return sizeIndex.get(`${venue}|${normalizeSymbol(symbol)}`);
}

/** Size of a position in contracts of a size-keyed table (`size`: base units linear, quote units inverse). */
export function contractsOf(table: SizeTierTable, size: number): number {
  return size / table.contractValue;
}

/**
 * The row of a size-keyed table that holds `contracts` (each row's upper bound is inclusive, as
 * OKX's `maxSz`), or undefined past the table's last row. A relative 1e-9 absorbs binary noise
 * from size / contractValue.
 */
export function sizeTierAt(table: SizeTierTable, contracts: number): SizeTier | undefined {
  for (const t of table.sizeTiers) if (contracts <= t.maxContracts * (1 + 1e-9)) return t;
  return undefined;
}

const flatCache = new WeakMap<SizeTier, readonly MaintenanceTier[]>();

/**
 * A size-keyed row as the engine's notional tiers: one flat bracket with the row's rate. Size does
 * not move with price, so the tier at the liquidation price is the tier of the position's size.
 * Cached per row (no allocation per position).
 */
export function flatTierOf(row: SizeTier): readonly MaintenanceTier[] {
  let tiers = flatCache.get(row);
  if (!tiers) {
    tiers = [
      { minNotional: 0, maxNotional: Infinity, mmr: row.mmr, maintenanceAmount: 0, maxLeverage: row.maxLeverage },
    ];
    flatCache.set(row, tiers);
  }
  return tiers;
}

/** One shipped table as screens and the CLI list it. */
export interface TierTableSummary {
  venue: VenueId;
  symbol: string;
  contract: 'linear' | 'inverse';
  /** What the tiers are keyed by; `contractValue` is set for contracts. */
  keyedBy: 'notional' | 'contracts';
  contractValue?: number;
  /** Number of tiers. */
  tiers: number;
  /** Where the table ends: notional, or contracts for a contract-keyed table (Infinity: open). */
  upTo: number;
  retrieved: string;
  source: string;
}

/** Every shipped table, notional-keyed ones first, each as a {@link TierTableSummary}. */
export function tierTableSummaries(): TierTableSummary[] {
  const byNotional = tierTables.map((t): TierTableSummary => ({
    venue: t.venue,
    symbol: t.symbol,
    contract: t.contract,
    keyedBy: 'notional',
    tiers: t.tiers.length,
    upTo: t.tiers[t.tiers.length - 1].maxNotional,
    retrieved: t.retrieved,
    source: t.source,
  }));
  const bySize = sizeTierTables.map((t): TierTableSummary => ({
    venue: t.venue,
    symbol: t.symbol,
    contract: t.contract,
    keyedBy: 'contracts',
    contractValue: t.contractValue,
    tiers: t.sizeTiers.length,
    upTo: t.sizeTiers[t.sizeTiers.length - 1].maxContracts,
    retrieved: t.retrieved,
    source: t.source,
  }));
  return [...byNotional, ...bySize];
}
