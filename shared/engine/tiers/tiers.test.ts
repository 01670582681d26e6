import { describe, expect, it } from 'vitest';
import {
  lookupSizeTierTable,
  lookupTierTable,
  lookupTiers,
  sizeTierTables,
  tierTables,
  validateTiers,
  VENUE_CONTRACTS,
} from '../index';

describe('shipped tier tables', () => {
  it.each(tierTables.map((t) => [`${t.venue} ${t.symbol}`, t] as const))(
    '%s: valid tiers, source URL, date',
    (_name, t) => {
      expect(() => validateTiers(t.tiers)).not.toThrow();
      expect(t.source).toMatch(/^https:\/\//);
      expect(t.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(t.retrieved))).toBe(false);
      expect(VENUE_CONTRACTS[t.venue]).toContain(t.contract);
    },
  );

  it('maintenance is continuous across tiers where the venue publishes a maintenance amount', () => {
    for (const t of tierTables) {
      // BitMEX's risk steps raise the whole position's rate (no maintenance amount): a jump by design.
      if (t.tiers.every((x) => x.maintenanceAmount === 0)) continue;
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
    // OKX ships tiers by contracts, not by notional: a separate registry.
    expect(lookupTiers('okx', 'BTC-USDT-SWAP')).toBeUndefined();
    expect(lookupSizeTierTable('okx', 'btc/usdt:usdt')?.symbol).toBe('BTC-USDT-SWAP');
    expect(lookupSizeTierTable('okx', 'BTC-USD-SWAP')?.contract).toBe('inverse');
    expect(lookupSizeTierTable('okx', 'ETH-USD-SWAP')).toBeUndefined();
  });
});

describe('shipped size-keyed tier tables (OKX position tiers)', () => {
  it.each(sizeTierTables.map((t) => [`${t.venue} ${t.symbol}`, t] as const))(
    '%s: contiguous rows, rising rates, source, date',
    (_name, t) => {
      expect(t.source).toMatch(/^https:\/\//);
      expect(t.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.contractValue).toBeGreaterThan(0);
      expect(t.sizeTiers[0].minContracts).toBe(0);
      for (let i = 1; i < t.sizeTiers.length; i++) {
        const [prev, row] = [t.sizeTiers[i - 1], t.sizeTiers[i]];
        // OKX starts the next row one lot above the previous maxSz (0.01 contract on USDT swaps, 0.1 on coin-margined).
        expect(row.minContracts - prev.maxContracts).toBeCloseTo(t.contract === 'inverse' ? 0.1 : 0.01, 9);
        expect(row.mmr).toBeGreaterThan(prev.mmr);
        expect(row.imr).toBeGreaterThan(prev.imr);
        expect(row.maxLeverage).toBeLessThan(prev.maxLeverage);
      }
      // maxLever is 1 / imr truncated to 2 decimals in every OKX row.
      for (const r of t.sizeTiers) expect(r.maxLeverage).toBe(Math.floor(Math.round(1e6 / r.imr) / 1e4) / 100);
    },
  );

  it("BTC-USD-SWAP: the announcement's tiers 1-3 and its tier-4 rule, as OKX's position-tiers answer lists them (tiers 4, 10, 40)", () => {
    const rows = lookupSizeTierTable('okx', 'BTC-USD-SWAP')?.sizeTiers ?? [];
    expect(rows).toHaveLength(40);
    expect(rows.slice(0, 3).map((r) => [r.maxContracts, r.mmr, r.imr, r.maxLeverage])).toEqual([
      [2000, 0.004, 0.008, 125],
      [5000, 0.005, 0.01, 100],
      [20000, 0.0075, 0.015, 66.66],
    ]);
    expect(rows[3]).toEqual({ minContracts: 20000.1, maxContracts: 40000, mmr: 0.0125, imr: 0.02, maxLeverage: 50 });
    expect(rows[9]).toEqual({ minContracts: 140000.1, maxContracts: 160000, mmr: 0.0425, imr: 0.05, maxLeverage: 20 });
    expect(rows[39]).toEqual({ minContracts: 740000.1, maxContracts: 760000, mmr: 0.1925, imr: 0.2, maxLeverage: 5 });
  });

  it('BTC-USDT-SWAP: rows quoted in the source (tiers 1, 2, 13, 52, 99)', () => {
    const rows = lookupSizeTierTable('okx', 'BTC-USDT-SWAP')?.sizeTiers ?? [];
    expect(rows).toHaveLength(99);
    expect(rows[0]).toEqual({ minContracts: 0, maxContracts: 1000, mmr: 0.004, imr: 0.01, maxLeverage: 100 });
    expect(rows[1]).toEqual({ minContracts: 1000.01, maxContracts: 5000, mmr: 0.005, imr: 0.015, maxLeverage: 66.66 });
    expect(rows[12]).toEqual({
      minContracts: 200000.01,
      maxContracts: 220000,
      mmr: 0.0575,
      imr: 0.07,
      maxLeverage: 14.28,
    });
    expect(rows[51]).toEqual({
      minContracts: 980000.01,
      maxContracts: 1000000,
      mmr: 0.2525,
      imr: 0.265,
      maxLeverage: 3.77,
    });
    expect(rows[98]).toEqual({
      minContracts: 1920000.01,
      maxContracts: 1940000,
      mmr: 0.4875,
      imr: 0.5,
      maxLeverage: 2,
    });
  });
});
