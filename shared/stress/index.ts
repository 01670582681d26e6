/**
 * Cascade stress testing: pure functions over plain data (no DOM, no Node), used live by the
 * renderer's sliders and by main / the CLI. Model and limits: docs/stress-model.md.
 *
 * - {@link liquidationMove} / {@link bookLiquidationMoves}: the BTC move (and price) at which each
 *   account is first liquidated, both directions, the ladder's first rung ({@link btcReferencePrice}
 *   is the BTC price the moves refer to).
 * - {@link stressSweep}: equity, PnL and liquidations of one account over many BTC moves
 *   ({@link createStressModel} + {@link sweepModel} to keep the prepared model while a slider moves).
 * - {@link cascadeLadder}: the whole book's liquidations in order, exact BTC moves, both directions.
 * - {@link survivalPlan}: extra collateral / safe leverage / size reduction that survives a move.
 * - {@link fundingDrift}: liquidation prices before and after a horizon of funding.
 * - {@link liquidationProbability}, {@link volatilityDistances}, {@link bookLiquidationProbability}:
 *   first-passage probabilities under GBM and distances in σ units.
 * - Shocks in log space ({@link shockedPrice}: mark · (1 + m)^β); betas: {@link DEFAULT_BETAS},
 *   {@link CRASH_BETAS}, {@link stressedBetas}, {@link estimateBetas}.
 * - {@link parseSymbol}: the base asset, quote and multiplier of any venue's symbol spelling.
 * - {@link crashPresets}: historical crashes as sourced data.
 * - {@link scenarioSchema}: the saved-scenario shape ({@link scenarioOptions} turns one into options).
 */
export type { AccountSpec } from '../engine/types';
export { scenarioSchema, type Scenario } from './scenario';
export { stressSweep, sweepModel, type StressSweep, type SweepOptions } from './sweep';
export { createStressModel, betaOf, pnlAtPrice, type StressModel, MOVE_CEILING, MOVE_FLOOR } from './model';
export { shockedPrice, shockFactor, moveToPrice, impliedBeta, logDistance, MIN_BTC_FACTOR } from './shock';
export {
  liquidationMove,
  bookLiquidationMoves,
  nearerMove,
  type LiquidationMove,
  type LiquidationMoves,
  type LiquidationMoveOptions,
  type AccountLiquidationMove,
  type PositionLiquidationMove,
  type BookLiquidationMoves,
} from './joint';
export { btcReferencePrice } from './reference';
export {
  liquidationProbability,
  bandExitProbability,
  touchProbability,
  sigmaDistance,
  DAYS_PER_YEAR,
  type LiquidationProbabilityInput,
} from './probability';
export { baseAsset, isBtc, parseSymbol, lookupBySymbol, type SymbolParts } from '../symbols/index';
export { mulberry32, normalSource } from './random';
export {
  DEFAULT_BETAS,
  CRASH_BETAS,
  crashBetasFromPresets,
  baseBeta,
  stressedBetas,
  estimateBetas,
  type StressedBetaOptions,
  type PricePoint,
  type BetaEstimates,
} from './betas';
export {
  crashPresets,
  findPreset,
  presetBtcMove,
  presetBetas,
  presetReplayBetas,
  type CrashPreset,
  type PresetMove,
} from './presets';
export {
  cascadeLadder,
  rungsUpTo,
  bookBtcPrice,
  ladderBetas,
  HYPERLIQUID_PARTIAL_FRACTION,
  HYPERLIQUID_PARTIAL_MIN_NOTIONAL,
  type CascadeLadder,
  type LadderEvent,
  type LadderEventKind,
  type LadderOptions,
} from './ladder';
export { survivalPlan, type SurvivalPlan, type AccountSurvival, type PositionSurvival } from './survive';
export { fundingDrift, type FundingDrift, type FundingDriftOptions, type FundingDriftRow } from './funding';
export {
  volatilityDistances,
  bookLiquidationProbability,
  type VolatilityOptions,
  type VolatilityRow,
} from './volatility';
export { scenarioOptions, scenarioFromPreset, type ScenarioOptions } from './scenarioOptions';
