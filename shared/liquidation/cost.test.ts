import { describe, expect, it } from 'vitest';
import { liquidationCost } from './cost';

const base = { marginLeft: 312, closedValue: 62_400 };

describe('liquidationCost', () => {
  it('Hyperliquid: no clearance fee on the book, the whole margin in a backstop liquidation', () => {
    expect(liquidationCost({ ...base, venue: 'hyperliquid', step: 'full' }).venueKeeps).toEqual({ low: 0, high: 312 });
    expect(liquidationCost({ ...base, venue: 'hyperliquid', step: 'partial' }).venueKeeps).toEqual({ low: 0, high: 0 });
  });
  it('Binance: the clearance fee (BTCUSDT 1.25 %) up to all of the margin left', () => {
    // A large position whose margin left exceeds the fee: 1.25 % of 20,000 = 250 ≤ 312.
    const c = liquidationCost({
      venue: 'binance-usdm',
      step: 'full',
      marginLeft: 312,
      closedValue: 20_000,
      symbol: 'BTCUSDT',
    });
    expect(c.venueKeeps.low).toBeCloseTo(250, 9);
    expect(c.venueKeeps.high).toBe(312);
    expect(c.sources[0]!.url).toContain('binance.com');
    // A small one: the fee (780) is more than the margin left, so Binance keeps all 312 either way.
    expect(liquidationCost({ ...base, venue: 'binance-usdm', step: 'full', symbol: 'BTCUSDT' }).venueKeeps).toEqual({
      low: 312,
      high: 312,
    });
    // Unknown symbol or COIN-M: up to the margin left.
    expect(
      liquidationCost({ ...base, venue: 'binance-coinm', step: 'full', symbol: 'BTCUSD_PERP' }).venueKeeps,
    ).toEqual({ low: 0, high: 312 });
  });
  it('Bybit and BitMEX: the margin left at the bankruptcy price; nothing on a tier step', () => {
    for (const venue of ['bybit', 'bitmex'] as const) {
      expect(liquidationCost({ ...base, venue, step: 'full' }).venueKeeps).toEqual({ low: 312, high: 312 });
      expect(liquidationCost({ ...base, venue, step: 'partial' }).venueKeeps).toEqual({ low: 0, high: 0 });
    }
  });
  it('OKX: the margin left in full, the taker-rate fee on a partial step', () => {
    expect(liquidationCost({ ...base, venue: 'okx', step: 'full' }).venueKeeps).toEqual({ low: 312, high: 312 });
    const p = liquidationCost({ ...base, venue: 'okx', step: 'partial', takerFeeRate: 0.0004 });
    expect(p.venueKeeps.low).toBeCloseTo(62_400 * 0.0004, 9);
    expect(p.venueKeeps.high).toBe(p.venueKeeps.low);
    // without the account's rate: OKX's base taker fee, never more than the margin left
    expect(liquidationCost({ venue: 'okx', step: 'partial', marginLeft: 10, closedValue: 62_400 }).venueKeeps.low).toBe(
      10,
    );
  });
  it('never keeps a negative amount (a bankrupt account leaves nothing)', () => {
    expect(liquidationCost({ venue: 'bybit', step: 'full', marginLeft: -50, closedValue: 1 }).venueKeeps).toEqual({
      low: 0,
      high: 0,
    });
  });
});
