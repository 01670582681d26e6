/**
 * Unified (multi-collateral) accounts: Bybit UTA cross margin, Binance USDⓈ-M Multi-Assets mode
 * and Portfolio Margin, OKX multi-currency margin. See assess.ts and modes.ts.
 */
export { assessUnified } from './assess';
export { prepareUnified, type PreparedUnified } from './prepare';
export { modeOf, unifiedRules, type UnifiedRules } from './modes';
export { collateralTables, lookupCollateralTable } from './collateral/index';
export { assetKey, PEGGED, settleAsset, STABLECOINS, symbolBase } from './assets';
export { assetPrice, type AssetPrice } from './prices';
export { tieredAmount } from './valuation';
export { validateUnified } from './validate';
export type {
  CollateralSpec,
  CollateralTable,
  CollateralTier,
  CollateralValue,
  PriceSource,
  RatioSource,
  UnifiedAccountRisk,
  UnifiedAccountSpec,
  UnifiedMode,
  UnifiedOptions,
  UnifiedSummary,
} from './types';
