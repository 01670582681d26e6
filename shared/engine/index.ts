/**
 * Cascade liquidation engine: pure functions over plain data (no DOM, no Node).
 *
 * - {@link assessAccount}: liquidation / bankruptcy prices and account figures.
 * - zod schemas ({@link accountSpecSchema}, {@link positionSpecSchema},
 *   {@link maintenanceTierSchema}, {@link maintenanceTiersSchema}) and {@link validateAccount}
 *   for IPC / import validation; errors are {@link EngineInputError} with a field `path`.
 * - Shipped tier tables with source and date ({@link tierTables}, {@link lookupTiers}); OKX's
 *   tables keyed by size in contracts ({@link sizeTierTables}, {@link lookupSizeTierTable}).
 */
export type { AccountRisk, AccountSpec, MaintenanceTier, PositionRisk, PositionSpec, Side, VenueId } from './types';
export { assessAccount } from './assess';
export { legsShareTier, sizeBySymbol } from './prepare';
export {
  accountSpecSchema,
  maintenanceTierSchema,
  maintenanceTiersSchema,
  positionSpecSchema,
  validateAccount,
  validatePosition,
  validateTiers,
  VENUE_CONTRACTS,
  VENUE_IDS,
} from './schema';
export { EngineInputError, MissingTierTableError } from './errors';
export {
  lookupSizeTierTable,
  lookupTierTable,
  lookupTiers,
  normalizeSymbol,
  sizeTierTables,
  tierTableSummaries,
  tierTables,
  type SizeTier,
  type SizeTierTable,
  type TierTable,
  type TierTableSummary,
} from './tiers/index';
export { roundConservative, roundToStep } from './rounding';
export { venueInfo, venueRules, type VenueInfo, type VenueRules } from './venues/index';
export {
  parseTierAnswer,
  type ParsedTierAnswer,
  type ParseTierAnswerOptions,
  type TierAnswerFormat,
} from './tiers/venueAnswer';
export {
  assessUnified,
  collateralTables,
  lookupCollateralTable,
  modeOf,
  settleAsset,
  STABLECOINS,
  PEGGED,
  unifiedRules,
  type CollateralSpec,
  type CollateralTable,
  type CollateralTier,
  type CollateralValue,
  type PriceSource,
  type RatioSource,
  type UnifiedAccountRisk,
  type UnifiedAccountSpec,
  type UnifiedMode,
  type UnifiedOptions,
  type UnifiedRules,
  type UnifiedSummary,
} from './unified/index';
