import { describe, expect, it } from 'vitest';
import type { AccountSpec, MaintenanceTier } from '../engine/index';
import { applyTierOverrides, overrideMap, withTierOverrides } from './tierOverrides';

const tiers: MaintenanceTier[] = [{ minNotional: 0, maxNotional: Infinity, mmr: 0.02, maintenanceAmount: 0 }];
const account = (venue: AccountSpec['venue'], over: Partial<AccountSpec['positions'][number]> = {}): AccountSpec => ({
  venue,
  marginMode: 'cross',
  walletBalance: 1000,
  positions: [
    {
      id: 'p',
      symbol: 'FOOUSDT',
      side: 'long',
      contract: 'linear',
      quantity: 1,
      entryPrice: 10,
      markPrice: 10,
      ...over,
    },
  ],
});

describe('applyTierOverrides', () => {
  const overrides = overrideMap([
    { venue: 'binance-usdm', symbol: 'FOO/USDT', tiers },
    { venue: 'hyperliquid', symbol: 'FOOUSDT', tiers },
  ]);

  it('gives a position without maintenance parameters its override, under any spelling of the symbol', () => {
    expect(applyTierOverrides(account('binance-usdm'), overrides).positions[0].tiers).toEqual(tiers);
    expect(applyTierOverrides(account('binance-usdm', { symbol: 'foo-usdt' }), overrides).positions[0].tiers).toEqual(
      tiers,
    );
  });
  it('leaves positions with their own tiers or rate, and other venues, alone (same object back)', () => {
    const own = account('binance-usdm', { mmr: 0.05 });
    expect(applyTierOverrides(own, overrides)).toBe(own);
    const other = account('bybit');
    expect(applyTierOverrides(other, overrides)).toBe(other);
  });
  it('maxLeverage counts as maintenance only on Hyperliquid, the one venue whose rule reads it', () => {
    expect(applyTierOverrides(account('binance-usdm', { maxLeverage: 20 }), overrides).positions[0].tiers).toEqual(
      tiers,
    );
    expect(
      applyTierOverrides(account('hyperliquid', { maxLeverage: 20 }), overrides).positions[0].tiers,
    ).toBeUndefined();
  });
  it('withTierOverrides returns the same book when nothing applies', () => {
    const book = { accounts: [] };
    expect(withTierOverrides(book, overrides)).toBe(book);
  });
});
