/**
 * Tiered collateral valuation: the part of a holding inside each bracket counts at that bracket's
 * ratio, as OKX ("5,000,000 × 1 + 5,000,000 × 0.98 + 1,000,000 × 0.975") and Bybit ("tiered value
 * rates … 0 − 10: 0.98, >10 − 20: 0.95 …") describe it. Pure arithmetic; no lookups.
 */
import type { CollateralTier } from './types';

/**
 * Σ over brackets of (the part of `amount` inside the bracket) × ratio. `amount` is in the
 * brackets' unit (coin quantity or USD). Returns the effective counted amount (same unit).
 */
export function tieredAmount(tiers: readonly CollateralTier[], amount: number): number {
  if (amount <= 0) return 0;
  let counted = 0;
  let from = 0;
  for (const t of tiers) {
    if (amount <= from) break;
    const part = Math.min(amount, t.upTo) - from;
    counted += part * t.ratio;
    from = t.upTo;
  }
  return counted;
}

/** One collateral asset's counting rule once its price is known. */
export interface AssetRule {
  /** A fixed ratio (account override, assumed 1, or a one-bracket table). */
  ratio?: number;
  /** Tiered brackets and their unit. */
  tiers?: readonly CollateralTier[];
  basis?: 'quantity' | 'usd';
  /** Binance: negative equity and maintenance count at price × (1 + askBuffer). */
  askBuffer: number;
}

/**
 * USD value of `amount` units of an asset at `price` under `rule`: positive holdings at the
 * (tiered) ratio, a negative balance at the full price (× (1 + askBuffer) on Binance).
 */
export function assetValue(rule: AssetRule, amount: number, price: number): number {
  if (amount < 0) return amount * price * (1 + rule.askBuffer);
  if (rule.ratio !== undefined) return amount * price * rule.ratio;
  const tiers = rule.tiers ?? [];
  return rule.basis === 'usd' ? tieredAmount(tiers, amount * price) : tieredAmount(tiers, amount) * price;
}
