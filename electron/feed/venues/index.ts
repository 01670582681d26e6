import type { FeedVenue, VenueAdapter } from '../types';
import { binanceAdapter } from './binance';
import { bybitAdapter } from './bybit';
import { hyperliquidAdapter } from './hyperliquid';
import { okxAdapter } from './okx';

/** Every venue with a live public feed. */
export const venueAdapters: Readonly<Record<FeedVenue, VenueAdapter>> = {
  binance: binanceAdapter,
  bybit: bybitAdapter,
  okx: okxAdapter,
  hyperliquid: hyperliquidAdapter,
};

/**
 * Which feed serves an engine venue's book symbols. Venues without a public feed here
 * (COIN-M, Gate, BitMEX, generic) keep manual prices.
 */
export function feedVenueOf(engineVenue: string): FeedVenue | null {
  switch (engineVenue) {
    case 'binance-usdm':
      return 'binance';
    case 'bybit':
      return 'bybit';
    case 'okx':
      return 'okx';
    case 'hyperliquid':
      return 'hyperliquid';
    default:
      return null;
  }
}
