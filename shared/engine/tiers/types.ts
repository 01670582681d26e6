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
