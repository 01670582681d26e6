/**
 * Unit conventions of linear and inverse contracts, shared by every venue.
 *
 * - Linear: size `q` = quantity × contractSize in base units; notional(P) = q·P (quote);
 *   uPnL(P) = side·q·(P − entry) (quote).
 * - Inverse: size `Q` = quantity × contractSize in quote units (USD); notional(P) = Q/P (coin);
 *   uPnL(P) = side·Q·(1/entry − 1/P) (coin). Sources: Binance COIN-M "How to Calculate
 *   Liquidation Price of COIN-M Futures Contracts"
 *   (https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46), Bybit
 *   "Liquidation Price Calculation under Isolated Mode" (Position Value = Contract Quantity /
 *   Entry Price; https://www.bybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account).
 *
 * `side` is +1 for long and −1 for short throughout the engine.
 */
import type { PositionSpec } from './types';

/** +1 for long, −1 for short. */
export type Sign = 1 | -1;

/** +1 for a long, −1 for a short. */
export function sideSign(p: Pick<PositionSpec, 'side'>): Sign {
  return p.side === 'long' ? 1 : -1;
}

/** Size in base units (linear) or in quote units (inverse): quantity × contractSize (default 1). */
export function positionSize(p: Pick<PositionSpec, 'quantity' | 'contractSize'>): number {
  return p.quantity * (p.contractSize ?? 1);
}

/** Notional at price `price`: quote for linear, coin for inverse. */
export function notionalAt(inverse: boolean, size: number, price: number): number {
  return inverse ? size / price : size * price;
}

/** Unrealised PnL at `price`: quote for linear, coin for inverse. */
export function pnlAt(inverse: boolean, side: Sign, size: number, entry: number, price: number): number {
  return inverse ? side * size * (1 / entry - 1 / price) : side * size * (price - entry);
}

/** Isolated margin of a position: as given, else entry notional / leverage (quote linear, coin inverse). */
export function isolatedMarginOf(p: PositionSpec, size: number): number {
  if (p.isolatedMargin !== undefined) return p.isolatedMargin;
  return notionalAt(p.contract === 'inverse', size, p.entryPrice) / (p.leverage as number); // validation guarantees one of the two
}
