/**
 * Cascade sizing and warnings: pure functions over plain data (no DOM, no Node).
 *
 * - Warning rules are data: {@link rulesSchema}, {@link defaultRules}, {@link withDefaultRules}.
 * - {@link Warning} is what the rule evaluation returns.
 */
export * from './rules';
export * from './warning';
export * from './input';
export * from './calculator';
export * from './headroom';
export { floorToStep, lookupLotStep, lotSteps, type LotStep } from './lots';
export type { RuleContext } from './context';
export { evaluateRules } from './evaluate';
export { weekendWithin } from './checks';
