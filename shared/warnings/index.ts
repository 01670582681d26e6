/**
 * Cascade warnings: pure functions over plain data (no DOM, no Node).
 *
 * - {@link evaluateRules}: {@link Warning}s for a {@link Book}; rules are data
 *   ({@link rulesSchema}, {@link defaultRules}, {@link withDefaultRules}).
 */
export * from './rules';
export * from './warning';
export type { RuleContext } from './context';
export { evaluateRules } from './evaluate';
export { weekendWithin } from './checks';
