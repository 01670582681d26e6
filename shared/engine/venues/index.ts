/** Registry of venue rules. */
import type { VenueId } from '../types';
import { binanceUsdm } from './binance-usdm';
import { generic } from './generic';
import type { VenueRules } from './types';

export type { VenueRules } from './types';

const registry: Partial<Record<VenueId, VenueRules>> = {
  'binance-usdm': binanceUsdm,
  generic,
};

/** Rules of a venue; throws when the venue is not implemented. */
export function venueRules(id: VenueId): VenueRules {
  const v = registry[id];
  if (!v) throw new Error(`venue ${id} is not implemented yet`);
  return v;
}
