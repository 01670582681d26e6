import type { MaintenanceTier, VenueId } from '../types';

/**
 * A shipped maintenance-tier table: data, reviewed like code, with where it came from and when.
 * Notional is in quote (linear) or coin (inverse), exactly as {@link MaintenanceTier}.
 */
export interface TierTable {
  venue: VenueId;
  /** Canonical symbol as the venue writes it, e.g. `BTCUSDT`, `BTC-USDT-SWAP`, `XBTUSD`. */
  symbol: string;
  /** Other spellings accepted by `lookupTiers` (compared after upper-casing and dropping `/-_:`). */
  aliases: readonly string[];
  contract: 'linear' | 'inverse';
  /** URL of the page or file the numbers were copied from. */
  source: string;
  /**
   * Date (YYYY-MM-DD) of the copy the numbers were taken from. For stored copies of a repository
   * or page this is the date of that copy's content as best known, not the day it was typed in:
   * use it for "table older than N days" warnings.
   */
  retrieved: string;
  /** Caveats: how the table was derived, what was extended (e.g. last tier to Infinity). */
  note?: string;
  tiers: readonly MaintenanceTier[];
}

/**
 * One row of a tier table keyed by position SIZE in contracts (OKX "position tiers": `minSz` /
 * `maxSz` are numbers of contracts, not notional). The row applies to sizes in
 * (previous row's `maxContracts`, `maxContracts`]: OKX writes the next row's `minSz` as the
 * previous `maxSz` plus one lot.
 */
export interface SizeTier {
  /** Lower bound as the source prints it (contracts). */
  minContracts: number;
  /** Upper bound, inclusive (contracts). */
  maxContracts: number;
  /** Maintenance margin rate; applies to the whole position (no maintenance amount). */
  mmr: number;
  /** Initial margin rate (informative). */
  imr: number;
  maxLeverage: number;
}

/**
 * A shipped table whose tiers are chosen by position size in contracts. Because size does not
 * change with price, the tier at the liquidation price is simply the tier of the position's size:
 * the engine turns the matching row into one flat tier (prepare.ts).
 */
export interface SizeTierTable extends Omit<TierTable, 'tiers'> {
  basis: 'contracts';
  /**
   * Size of one contract in the engine's size unit: base units for linear (OKX `ctVal`, e.g.
   * 0.01 BTC), quote units for inverse (e.g. 100 USD).
   */
  contractValue: number;
  sizeTiers: readonly SizeTier[];
  /**
   * When the table is the venue's cross-margin table and only its first rows are known to match
   * the isolated one: the largest size (contracts) it may price in isolated mode.
   */
  isolatedUpTo?: number;
}
