/** Registry of venue rules. */
import type { VenueId } from '../types';
import { binanceCoinm } from './binance-coinm';
import { binanceUsdm } from './binance-usdm';
import { bitmex } from './bitmex';
import { bybit } from './bybit';
import { gate } from './gate';
import { generic } from './generic';
import { hyperliquid } from './hyperliquid';
import { okx } from './okx';
import type { VenueRules } from './types';

export type { VenueRules } from './types';

/** Rules of every venue, keyed by id. */
export const venues: Readonly<Record<VenueId, VenueRules>> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  bybit,
  okx,
  gate,
  hyperliquid,
  bitmex,
  generic,
};

/** Rules of a venue. */
export function venueRules(id: VenueId): VenueRules {
  return venues[id];
}

/** Display data of one venue: name and the pages its rules were taken from. */
export interface VenueInfo {
  id: VenueId;
  label: string;
  sources: readonly string[];
}

/** Every venue's label and sources, in {@link venues} order (for settings and about screens). */
export const venueInfo: readonly VenueInfo[] = Object.values(venues).map((v) => ({
  id: v.id,
  label: v.label,
  sources: v.sources,
}));
