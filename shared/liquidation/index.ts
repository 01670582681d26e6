/**
 * The venues' published liquidation rules beyond the liquidation price: how much each venue
 * closes at a liquidation point ({@link partialRuleOf}, {@link liquidationStep}) and how much of
 * the margin left it keeps ({@link liquidationCost}). Sources with dates: {@link RuleSource}.
 */
export {
  partialRuleOf,
  liquidationStep,
  tierOf,
  HYPERLIQUID_PARTIAL_SHARE,
  HYPERLIQUID_PARTIAL_MIN_VALUE,
  type PartialRule,
  type StepInput,
  type LiquidationStep,
} from './partial';
export { liquidationCost, type LiquidationCost, type LiquidationCostInput } from './cost';
export { binanceClearanceRate, type ClearanceRate } from './fees';
export type { RuleSource } from './sources';
