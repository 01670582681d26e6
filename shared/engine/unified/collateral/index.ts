/**
 * Registry of shipped collateral-ratio tables. Each carries its source and date so that screens
 * can warn when it is old; a `collateralRatio` on an account's row overrides it.
 *
 * Bybit: no table is shipped. Bybit publishes its tiered collateral value ratios on a live page
 * (Margin Trading → Margin Specification) and through GET /v5/spot-margin-trade/collateral; the
 * help articles only print illustrative tiers ("Assume the tiered value rates of BTC and USDT are
 * shown as follows …"), and no dated copy of the live numbers was available. A Bybit account gives
 * `collateralRatio` per asset (as its Assets page shows), except USDT and USDC, counted at 1.
 */
import { assetKey } from '../assets';
import type { CollateralTable, UnifiedMode } from '../types';
import { binanceCollateralTables } from './binance';
import { okxCollateralTables } from './okx';

/** Every shipped table. */
export const collateralTables: readonly CollateralTable[] = [...binanceCollateralTables, ...okxCollateralTables];

/** The first table in `tables` for a mode and asset (compared upper-cased), or undefined. */
export function lookupCollateralTable(
  mode: UnifiedMode,
  asset: string,
  tables: readonly CollateralTable[] = collateralTables,
): CollateralTable | undefined {
  const key = assetKey(asset);
  return tables.find((t) => t.modes.includes(mode) && assetKey(t.asset) === key);
}
