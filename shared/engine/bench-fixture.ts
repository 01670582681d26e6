/** Deterministic cross accounts for the benchmark and the O(n) test (not exported from index.ts). */
import { lookupTiers } from './tiers/index';
import type { AccountSpec, PositionSpec } from './types';

/** A cross account with `n` positions on distinct symbols, half long and half short, with tiers. */
export function crossAccount(n: number): AccountSpec {
  const tiers = lookupTiers('binance-usdm', 'BTCUSDT');
  const positions: PositionSpec[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const entry = 100 + (i % 97) * 13.7;
    positions[i] = {
      id: `p${i}`,
      symbol: `SYM${i}USDT`,
      side: i % 2 === 0 ? 'long' : 'short',
      contract: 'linear',
      quantity: 1 + (i % 11),
      entryPrice: entry,
      markPrice: entry * (1 + (((i * 7919) % 200) - 100) / 2000),
      tiers: tiers ? [...tiers] : undefined,
    };
  }
  return { venue: 'binance-usdm', marginMode: 'cross', walletBalance: 50 * n * 1000, positions };
}
