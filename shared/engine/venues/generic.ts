import type { VenueRules } from './types';

/**
 * `generic`: the textbook model, for venues the engine does not know. Liquidation when
 * equity (margin + uPnL) falls to maintenance = notional × mmr − maintenanceAmount; linear
 * uPnL = side·q·(P − E), inverse uPnL = side·Q·(1/E − 1/P). No fee to close, no rounding unless
 * the position gives `tickSize` (then conservative, see rounding.ts). Same equation as
 * Binance's published formulas (see binance-usdm.ts, binance-coinm.ts) with a flat rate.
 */
export const generic: VenueRules = {
  id: 'generic',
  label: 'Generic (textbook)',
  closeFeeRate: () => 0,
  priceStep: (p) => p.tickSize,
  sources: [
    'https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93',
    'https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46',
  ],
};
