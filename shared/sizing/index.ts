/**
 * Cascade sizing: pure functions over plain data (no DOM, no Node).
 *
 * - {@link sizePosition}: trade size from risk, stop and leverage — the smallest of the risk,
 *   margin and stop-before-liquidation bounds, rounded down to the lot step, with fees, LP,
 *   reward:risk and the largest safe leverage. Input schema {@link sizingInputSchema}.
 * - {@link sizeHeadroom}: the reverse — how much can be added before the LP comes within X % or
 *   the notional crosses into the next maintenance tier.
 */
export * from './input';
export * from './calculator';
export * from './headroom';
export { floorToStep, lookupLotStep, lotSteps, type LotStep } from './lots';
