import { describe, expect, it } from 'vitest';
import { lookupTierTable, lookupTiers, validateTiers } from '../index';

describe('Gate BTC_USDT tier table', () => {
  it('loads under every spelling and validates', () => {
    const tiers = lookupTiers('gate', 'BTC_USDT')!;
    expect(tiers).toBeDefined();
    expect(lookupTiers('gate', 'BTC/USDT:USDT')).toBe(tiers);
    expect(lookupTiers('gate', 'btcusdt')).toBe(tiers);
    expect(() => validateTiers(tiers)).not.toThrow();
    expect(lookupTierTable('gate', 'BTC_USDT')!.contract).toBe('linear');
  });

  it('matches the published rows (risk limits and MMR of Gate help article 22162)', () => {
    const tiers = lookupTiers('gate', 'BTC_USDT')!;
    expect(tiers[0]).toMatchObject({ minNotional: 0, maxNotional: 20_000, mmr: 0.004, maxLeverage: 125 });
    expect(tiers.map((t) => t.maxNotional)).toEqual([
      20_000, 50_000, 100_000, 200_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000,
    ]);
    expect(tiers[4].mmr).toBe(0.01);
    expect(tiers[7].mmr).toBe(0.5);
    // Deductions by Gate's rule, written out: 20k·0.05 % = 10; +50k·0.05 % = 35; +100k·0.2 % = 235;
    // +200k·0.3 % = 835; +1M·1 % = 10,835; +2M·3 % = 70,835; +3M·45 % = 1,420,835.
    expect(tiers.map((t) => t.maintenanceAmount)).toEqual([0, 10, 35, 235, 835, 10_835, 70_835, 1_420_835]);
  });

  it("maintenance equals Gate's slice-by-slice sum (each tier's MMR on the part above the previous limit)", () => {
    const tiers = lookupTiers('gate', 'BTC_USDT')!;
    for (const notional of [10_000, 20_000, 75_000, 1_200_000, 2_500_000, 4_000_000]) {
      let sliced = 0;
      for (const t of tiers) sliced += Math.max(0, Math.min(notional, t.maxNotional) - t.minNotional) * t.mmr;
      const t = tiers.find((x) => notional >= x.minNotional && notional < x.maxNotional) ?? tiers[tiers.length - 1];
      expect(notional * t.mmr - t.maintenanceAmount).toBeCloseTo(sliced, 6);
    }
    // Written out for 1.2M USDT: 20k·0.4 % + 30k·0.45 % + 50k·0.5 % + 100k·0.7 % + 800k·1 % + 200k·2 %.
    const t = tiers[5];
    expect(1_200_000 * t.mmr - t.maintenanceAmount).toBeCloseTo(80 + 135 + 250 + 700 + 8_000 + 4_000, 6);
  });
});
