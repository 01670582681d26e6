/**
 * Cascade stress testing: pure functions over plain data (no DOM, no Node), used live by the
 * renderer's sliders and by main / the CLI. Model and limits: README, "Stress testing".
 *
 * - {@link stressSweep}: equity, PnL and liquidations of one account over many BTC moves
 *   ({@link createStressModel} + {@link sweepModel} to keep the prepared model while a slider moves).
 * - {@link cascadeLadder}: the whole book's liquidations in order, exact BTC moves, both directions.
 * - {@link survivalPlan}: extra collateral / safe leverage / size reduction that survives a move.
 * - {@link fundingDrift}: liquidation prices before and after a horizon of funding.
 * - {@link liquidationProbability}, {@link volatilityDistances}, {@link bookLiquidationProbability}:
 *   first-passage probabilities under GBM and distances in σ units.
 * - Betas: {@link DEFAULT_BETAS}, {@link CRASH_BETAS}, {@link stressedBetas}, {@link estimateBetas}.
 * - {@link crashPresets}: historical crashes as sourced data.
 * - {@link scenarioSchema}: the saved-scenario shape ({@link scenarioOptions} turns one into options).
 */
export type { AccountSpec } from '../engine/types';
export { scenarioSchema, type Scenario } from './scenario';
export { stressSweep, sweepModel, type StressSweep, type SweepOptions } from './sweep';
export {
  createStressModel,
  betaOf,
  shockedPrice,
  pnlAtPrice,
  type StressModel,
  MOVE_CEILING,
  MOVE_FLOOR,
} from './model';
export {
  liquidationProbability,
  bandExitProbability,
  touchProbability,
  sigmaDistance,
  DAYS_PER_YEAR,
  type LiquidationProbabilityInput,
} from './probability';
export { baseAsset, lookupBySymbol } from './symbols';
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
export { crashPresets, findPreset, presetBtcMove, presetBetas, type CrashPreset, type PresetMove } from './presets';
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
