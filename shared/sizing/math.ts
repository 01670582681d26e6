/**
 * Linear / inverse unit conventions, as in the engine (shared/engine/contract.ts): a linear size
 * is in base units and money in quote; an inverse size is in quote units (USD) and money in coin.
 */
import type { AccountSpec, PositionSpec } from '../engine/index';

/** Position size: quantity × contractSize (base units for linear, quote units for inverse). */
export function sizeOf(p: Pick<PositionSpec, 'quantity' | 'contractSize'>): number {
  return p.quantity * (p.contractSize ?? 1);
}

/** Notional at `price` in the account's currency (quote for linear, coin for inverse). */
export function notionalAt(inverse: boolean, size: number, price: number): number {
  return inverse ? size / price : size * price;
}

/** PnL of a move from `from` to `to`, +1 long / −1 short, in the account's currency. */
export function pnl(inverse: boolean, side: 1 | -1, size: number, from: number, to: number): number {
  return inverse ? side * size * (1 / from - 1 / to) : side * size * (to - from);
}

/** +1 for long, −1 for short. */
export function sign(side: 'long' | 'short'): 1 | -1 {
  return side === 'long' ? 1 : -1;
}

/** Whether the account's positions (and so its money) are inverse. */
export function isInverseAccount(account: Pick<AccountSpec, 'positions'>): boolean {
  return account.positions[0]?.contract === 'inverse';
}
