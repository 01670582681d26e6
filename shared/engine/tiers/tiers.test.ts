import { describe, expect, it } from 'vitest';
import { lookupTierTable, lookupTiers, tierTables, validateTiers, VENUE_CONTRACTS } from '../index';

describe('shipped tier tables', () => {
  it.each(tierTables.map((t) => [`${t.venue} ${t.symbol}`, t] as const))('%s: valid tiers, source URL, date', (_name, t) => {
    expect(() => validateTiers(t.tiers)).not.toThrow();
    expect(t.source).toMatch(/^https:\/\//);
    expect(t.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(t.retrieved))).toBe(false);
    expect(VENUE_CONTRACTS[t.venue]).toContain(t.contract);
  });

  it('maintenance is continuous across tiers where the venue publishes a maintenance amount', () => {
    for (const t of tierTables) {
      for (let i = 1; i < t.tiers.length; i++) {
        const b = t.tiers[i].minNotional;
        const below = b * t.tiers[i - 1].mmr - t.tiers[i - 1].maintenanceAmount;
        const above = b * t.tiers[i].mmr - t.tiers[i].maintenanceAmount;
        expect(Math.abs(below - above)).toBeLessThanOrEqual(1e-6 * Math.max(1, b));
      }
    }
  });

  it('lookup accepts other spellings and misses cleanly', () => {
    expect(lookupTiers('binance-usdm', 'btc/usdt:usdt')).toBe(lookupTiers('binance-usdm', 'BTCUSDT'));
    expect(lookupTierTable('hyperliquid', 'ETH')?.tiers[0].mmr).toBeCloseTo(1 / 50, 15);
    expect(lookupTiers('okx', 'BTC-USDT-SWAP')).toBeUndefined();
  });
});
