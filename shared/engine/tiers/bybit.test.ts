import { describe, expect, it } from 'vitest';
import { lookupTierTable, lookupTiers, validateTiers } from '../index';

describe('Bybit BTCUSDT tier table (first risk-limit tier)', () => {
  it('loads under every spelling and validates', () => {
    const tiers = lookupTiers('bybit', 'BTCUSDT')!;
    expect(tiers).toBeDefined();
    expect(lookupTiers('bybit', 'BTC/USDT:USDT')).toBe(tiers);
    expect(() => validateTiers(tiers)).not.toThrow();
    expect(lookupTierTable('bybit', 'BTCUSDT')!.contract).toBe('linear');
  });

  it("is Bybit's published first tier: 0.5 % up to 2,000,000 USDT, no deduction", () => {
    expect(lookupTiers('bybit', 'BTCUSDT')).toEqual([{ minNotional: 0, maxNotional: 2_000_000, mmr: 0.005, maintenanceAmount: 0 }]);
  });

  it('keeps the inverse BTCUSD table separate from the linear one', () => {
    expect(lookupTierTable('bybit', 'BTCUSD')!.contract).toBe('inverse');
    expect(lookupTiers('bybit', 'ETHUSDT')).toBeUndefined();
  });
});
