import type { MaintenanceTier } from '../types';
import type { VenueRules } from './types';

/** Hyperliquid's maintenance rate for a max leverage: half the initial margin at max leverage. */
export function hyperliquidMmr(maxLeverage: number): number {
  return 1 / (2 * maxLeverage);
}

/**
 * Hyperliquid. Source: "Liquidations", https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations:
 * "the maintenance margin is half of the initial margin at max leverage";
 *
 *   liq_price = price − side · margin_available / position_size / (1 − l · side),  l = 1/MAINTENANCE_LEVERAGE
 *   margin_available (cross)    = account_value − maintenance_margin_required
 *   margin_available (isolated) = isolated_margin − maintenance_margin_required
 *
 * "For assets with margin tiers, maintenance leverage depends on the unique margin tier
 * corresponding to the position value at the liquidation price." With MAINTENANCE_LEVERAGE =
 * 2·maxLeverage this is algebraically solve.ts's equation (margin + uPnL(P) = notional(P)·l):
 * P = price + margin_available / (size·(l − side)) and side/(1 − l·side) = 1/(side − l).
 * Tiers: "Margin tiers", https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers
 * (maintenance_margin = notional·rate − deduction). No fee to close; liquidation prices are
 * reported unrounded (freqtrade's recorded exchange values have 8 significant decimals), so we
 * round only when `tickSize` is given.
 */
export const hyperliquid: VenueRules = {
  id: 'hyperliquid',
  label: 'Hyperliquid',
  closeFeeRate: () => 0,
  priceStep: (p) => p.tickSize,
  tiersFromPosition: (p): MaintenanceTier[] | undefined =>
    p.maxLeverage === undefined
      ? undefined
      : [
          {
            minNotional: 0,
            maxNotional: Infinity,
            mmr: hyperliquidMmr(p.maxLeverage),
            maintenanceAmount: 0,
            maxLeverage: p.maxLeverage,
          },
        ],
  sources: [
    'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations',
    'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers',
  ],
};
