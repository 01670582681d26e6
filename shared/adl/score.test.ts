import { describe, expect, it } from 'vitest';
import { adlScore, type AdlInput } from './score';

const long: AdlInput = {
  venue: 'hyperliquid',
  side: 'long',
  contract: 'linear',
  size: 5,
  entryPrice: 100_000,
  markPrice: 110_000,
  unrealizedPnl: 50_000,
  notional: 550_000,
  bankruptcyPrice: 70_000,
  accountValue: 200_000,
  walletBalance: 150_000,
  maintenanceMargin: 6_875,
};

describe('adlScore', () => {
  it('Hyperliquid long: (mark / entry) × (notional / account value)', () => {
    const s = adlScore(long)!;
    expect(s.score).toBeCloseTo((110_000 / 100_000) * (550_000 / 200_000), 12);
    expect(s.formula).toBe('(mark_price / entry_price) × (notional_position / account_value)');
    expect(s.source).toBe('https://hyperliquid.gitbook.io/hyperliquid-docs/trading/auto-deleveraging');
    expect(s.band).toBeUndefined();
  });
  it('Hyperliquid short: the side-symmetric form, and says so', () => {
    const s = adlScore({ ...long, side: 'short', entryPrice: 110_000, markPrice: 100_000, notional: 500_000 })!;
    expect(s.score).toBeCloseTo((110_000 / 100_000) * (500_000 / 200_000), 12);
    expect(s.formula).toContain('side-symmetric');
  });
  it('a position not in profit has no ADL exposure', () => {
    expect(adlScore({ ...long, unrealizedPnl: -1 })).toBeNull();
    expect(adlScore({ ...long, unrealizedPnl: 0 })).toBeNull();
  });
  it('Binance: reproduces the worked LeveragePnL example (UP 40.2, WB 4.27, margin ratio 13.42 % → 1.26)', () => {
    // dev.binance.vision/t/17801: Pnl Percent = 40.2 / 4.27 = 9.41; Leverage Pnl = 9.41 × 13.42 % = 1.26.
    const mm = 0.1342 * (4.27 + 40.2);
    const s = adlScore({
      ...long,
      venue: 'binance-usdm',
      unrealizedPnl: 40.2,
      walletBalance: 4.27,
      maintenanceMargin: mm,
    })!;
    expect(s.score).toBeCloseTo(1.26, 2);
    expect(s.source).toContain('binance.com');
  });
  it('Binance: a wallet below 1 counts as 1, a non-positive balance as margin ratio 0', () => {
    expect(
      adlScore({ ...long, venue: 'binance-usdm', unrealizedPnl: 2, walletBalance: 0.5, maintenanceMargin: 0.25 })!
        .score,
    ).toBeCloseTo((2 / 1) * (0.25 / 2.5), 12);
  });
  it('BitMEX: PNL percentage × effective leverage', () => {
    const s = adlScore({
      ...long,
      venue: 'bitmex',
      size: 1,
      entryPrice: 100,
      markPrice: 110,
      unrealizedPnl: 10,
      notional: 110,
      bankruptcyPrice: 90,
    })!;
    expect(s.score).toBeCloseTo(0.1 * (110 / 20), 12);
  });
  it('BitMEX short: signs follow the side (entry value − mark value > 0 in profit)', () => {
    const s = adlScore({
      ...long,
      venue: 'bitmex',
      side: 'short',
      size: 1,
      entryPrice: 110,
      markPrice: 100,
      unrealizedPnl: 10,
      notional: 100,
      bankruptcyPrice: 120,
    })!;
    expect(s.score).toBeCloseTo((10 / 110) * (100 / 20), 12);
  });
  it('Bybit, OKX and Gate use BitMEX’s definitions and say so', () => {
    for (const venue of ['bybit', 'okx', 'gate'] as const) {
      const s = adlScore({ ...long, venue })!;
      expect(s.score).toBeCloseTo((50_000 / 500_000) * (550_000 / (550_000 - 350_000)), 12);
      expect(s.formula).toContain("BitMEX's definitions");
    }
  });
});
