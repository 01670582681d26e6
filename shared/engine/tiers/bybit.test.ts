import { describe, expect, it } from 'vitest';
import { assessAccount, lookupTierTable, lookupTiers, validateTiers } from '../index';

/** Bybit's tier-based MM: each tier's MMR on the slice of value inside it. */
function slicedMaintenance(
  tiers: readonly { minNotional: number; maxNotional: number; mmr: number }[],
  value: number,
): number {
  let mm = 0;
  for (const t of tiers) mm += Math.max(0, Math.min(value, t.maxNotional) - t.minNotional) * t.mmr;
  return mm;
}

describe('Bybit tier tables', () => {
  it.each([
    ['BTCUSDT', 'BTC/USDT:USDT', 'linear'],
    ['BTCUSD', 'BTC/USD:BTC', 'inverse'],
    ['ETHUSD', 'ETH/USD:ETH', 'inverse'],
    ['ETHUSDT', 'ETH/USDT:USDT', 'linear'],
  ] as const)('%s loads under its spellings, validates and has the right contract kind', (symbol, alias, contract) => {
    const tiers = lookupTiers('bybit', symbol)!;
    expect(tiers).toBeDefined();
    expect(lookupTiers('bybit', alias)).toBe(tiers);
    expect(() => validateTiers(tiers)).not.toThrow();
    expect(lookupTierTable('bybit', symbol)!.contract).toBe(contract);
  });

  it("BTCUSDT: Bybit's article rows — 0.5 % to 2,000,000 USDT, 0.56 % to 2,600,000", () => {
    const tiers = lookupTiers('bybit', 'BTCUSDT')!;
    expect(tiers.map((t) => [t.maxNotional, t.mmr])).toEqual([
      [2_000_000, 0.005],
      [2_600_000, 0.0056],
    ]);
    // Deduction = 2,000,000 × (0.56 % − 0.5 %) = 1,200 USDT (Bybit "Margin Parameters" formula).
    expect(tiers[1].maintenanceAmount).toBeCloseTo(1_200, 6);
  });

  it('BTCUSD: 0.5 % to 150 BTC, 1 % to 300 BTC; ETHUSD: 1 % to 3,000 ETH', () => {
    expect(lookupTiers('bybit', 'BTCUSD')!.map((t) => [t.maxNotional, t.mmr])).toEqual([
      [150, 0.005],
      [300, 0.01],
    ]);
    expect(lookupTiers('bybit', 'ETHUSD')).toEqual([
      { minNotional: 0, maxNotional: 3_000, mmr: 0.01, maintenanceAmount: 0 },
    ]);
  });

  it('value × MMR − deduction equals the tier-by-tier sum Bybit describes', () => {
    for (const [symbol, values] of [
      ['BTCUSDT', [1_000_000, 2_000_000, 2_300_000, 2_599_999]],
      ['BTCUSD', [100, 150, 225, 299]],
    ] as const) {
      const tiers = lookupTiers('bybit', symbol)!;
      for (const v of values) {
        const t = tiers.find((x) => v >= x.minNotional && v < x.maxNotional)!;
        expect(v * t.mmr - t.maintenanceAmount).toBeCloseTo(slicedMaintenance(tiers, v), 6);
      }
    }
  });

  it("ETHUSDT: the legacy docs' risk id 11 only — 0.5 % to 900,000 USDT, 100x; beyond it the position is refused", () => {
    expect(lookupTiers('bybit', 'ETHUSDT')).toEqual([
      { minNotional: 0, maxNotional: 900_000, mmr: 0.005, maintenanceAmount: 0, maxLeverage: 100 },
    ]);
    const position = {
      id: 'p',
      symbol: 'ETHUSDT',
      side: 'long' as const,
      contract: 'linear' as const,
      quantity: 300,
      entryPrice: 3_000,
      markPrice: 3_000,
      leverage: 10,
    };
    expect(() =>
      assessAccount({ venue: 'bybit', marginMode: 'isolated', walletBalance: 0, positions: [position] }),
    ).toThrow(/900000/);
    // 100 ETH @ 3,000, 10x: LP = Entry − (IM − MM)/Size = 3,000 − (30,000 − 1,500)/100 = 2,715 (Bybit's USDT formula).
    const lp = assessAccount({
      venue: 'bybit',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [{ ...position, quantity: 100 }],
    }).positions[0].liquidationPrice;
    expect(lp).toBeCloseTo(2_715, 9);
  });
});
