import { describe, expect, it } from 'vitest';
import { lookupTierTable, lookupTiers, validateTiers } from '../index';

describe('Binance COIN-M ETHUSD_PERP tier table', () => {
  it('loads under every spelling and validates', () => {
    const tiers = lookupTiers('binance-coinm', 'ETHUSD_PERP')!;
    expect(tiers).toBeDefined();
    expect(lookupTiers('binance-coinm', 'ETHUSD')).toBe(tiers);
    expect(lookupTiers('binance-coinm', 'ETH/USD:ETH')).toBe(tiers);
    expect(() => validateTiers(tiers)).not.toThrow();
    expect(lookupTierTable('binance-coinm', 'ETHUSD')!.contract).toBe('inverse');
    expect(lookupTiers('binance-coinm', 'ETHUSD')).not.toBe(lookupTiers('binance-coinm', 'BTCUSD'));
  });

  it('has the published brackets (FAQ, in ETH) and MMRs (2021-04 announcement)', () => {
    const tiers = lookupTiers('binance-coinm', 'ETHUSD')!;
    expect(tiers[0]).toMatchObject({
      minNotional: 0,
      maxNotional: 100,
      mmr: 0.005,
      maintenanceAmount: 0,
      maxLeverage: 100,
    });
    expect(tiers.map((t) => t.maxNotional)).toEqual([100, 500, 1_000, 2_000, 4_000, 6_000, 8_000, 10_000]);
    expect(tiers.map((t) => t.mmr)).toEqual([0.005, 0.0065, 0.01, 0.025, 0.05, 0.1, 0.125, 0.15]);
  });

  it("uses Binance's Maintenance Amount rule: cum = previous cum + floor × ΔMMR", () => {
    const tiers = lookupTiers('binance-coinm', 'ETHUSD')!;
    // Hand-worked: 100 × 0.15 % = 0.15; + 500 × 0.35 % = 1.9; + 1,000 × 1.5 % = 16.9.
    expect(tiers[1].maintenanceAmount).toBeCloseTo(0.15, 12);
    expect(tiers[2].maintenanceAmount).toBeCloseTo(1.9, 12);
    expect(tiers[3].maintenanceAmount).toBeCloseTo(16.9, 12);
  });

  it('rests on the announcement whose BTCUSD "before" column is the shipped BTCUSD_PERP table', () => {
    // Binance announcement 9c6a1766…: BTCUSD Quarterly 0625, MMR before adjustment, brackets in BTC.
    const published = [
      [10, 0.004],
      [20, 0.005],
      [30, 0.01],
      [50, 0.025],
      [100, 0.05],
      [200, 0.1],
      [400, 0.125],
    ];
    expect(lookupTiers('binance-coinm', 'BTCUSD')!.map((t) => [t.maxNotional, t.mmr])).toEqual(published);
  });
});
