import { describe, expect, it } from 'vitest';
import { fundingOverHorizon } from './accrual';
import { fundingRuleOf, intervalAfterCappedSettlement } from './rules';
import { atLimit, cappedRate, defaultFundingTerms, type FundingTerms } from './terms';

const terms = (over: Partial<FundingTerms>): FundingTerms => ({
  rate: 0.0001,
  intervalHours: 8,
  cap: 0.003,
  floor: -0.003,
  origin: 'manual',
  asOf: null,
  source: 'test',
  ...over,
});

describe('cap and floor', () => {
  it('holds the rate within the cap and the floor', () => {
    expect(cappedRate(terms({ rate: 0.01 }))).toBe(0.003);
    expect(cappedRate(terms({ rate: -0.01 }))).toBe(-0.003);
    expect(cappedRate(terms({ rate: 0.001 }))).toBe(0.001);
    expect(cappedRate(terms({ rate: 0.01, cap: null, floor: null }))).toBe(0.01);
    expect(atLimit(terms({ rate: -0.003 }))).toBe(true);
    expect(atLimit(terms({ rate: 0.0029 }))).toBe(false);
  });
});

describe('intervals after a capped settlement', () => {
  it('Binance and Bybit go to hourly; OKX steps one level at a time; Hyperliquid stays hourly', () => {
    expect(intervalAfterCappedSettlement(fundingRuleOf('binance-usdm'), 8)).toBe(1);
    expect(intervalAfterCappedSettlement(fundingRuleOf('bybit'), 4)).toBe(1);
    const okx = fundingRuleOf('okx');
    // OKX's example: a 4 h contract at its cap goes to 2 h, then to 1 h.
    expect(intervalAfterCappedSettlement(okx, 4)).toBe(2);
    expect(intervalAfterCappedSettlement(okx, 2)).toBe(1);
    expect(intervalAfterCappedSettlement(okx, 1)).toBe(1);
    expect(intervalAfterCappedSettlement(fundingRuleOf('hyperliquid'), 1)).toBe(1);
    expect(intervalAfterCappedSettlement(fundingRuleOf('binance-coinm'), 8)).toBe(8);
  });
  it("Bybit's BTC and ETH majors keep their interval", () => {
    expect(intervalAfterCappedSettlement(fundingRuleOf('bybit'), 8, 'BTCUSDT')).toBe(8);
    expect(intervalAfterCappedSettlement(fundingRuleOf('bybit'), 8, 'SOLUSDT')).toBe(1);
  });
});

describe('fundingOverHorizon', () => {
  it('accrues pro rata at an uncapped rate (3 settlements a day at 8 h)', () => {
    const a = fundingOverHorizon(terms({ rate: 0.0001 }), fundingRuleOf('binance-usdm'), 24);
    expect(a.rateSum).toBeCloseTo(0.0003, 15);
    expect(a.settlements).toBe(3);
    expect(a.finalIntervalHours).toBe(8);
    expect(fundingOverHorizon(terms({ rate: 0.0001 }), fundingRuleOf('binance-usdm'), 12).rateSum).toBeCloseTo(
      0.00015,
      15,
    );
  });
  it('Binance at its cap: one 8 h settlement, then every hour (BTCUSDT ±0.3 %)', () => {
    const a = fundingOverHorizon(terms({ rate: -0.01 }), fundingRuleOf('binance-usdm'), 24);
    expect(a.rate).toBe(-0.003);
    expect(a.atLimit).toBe(true);
    expect(a.settlements).toBe(1 + 16);
    expect(a.rateSum).toBeCloseTo(-0.003 * 17, 12);
    expect(a.finalIntervalHours).toBe(1);
  });
  it('OKX at its cap from 8 h: 8 h, 4 h, 2 h, then hourly', () => {
    const a = fundingOverHorizon(terms({ rate: 0.00375, cap: 0.00375, floor: -0.00375 }), fundingRuleOf('okx'), 24);
    // settlements at 8, 12, 14, then 15 … 24 hourly: 3 + 10
    expect(a.settlements).toBe(13);
    expect(a.rateSum).toBeCloseTo(0.00375 * 13, 12);
  });
  it('Hyperliquid: hourly, capped at 4 % an hour', () => {
    const hl = defaultFundingTerms('hyperliquid', 'ETH');
    expect(hl).toMatchObject({ intervalHours: 1, cap: 0.04, floor: -0.04, origin: 'default' });
    const a = fundingOverHorizon({ ...hl, rate: 0.1 }, fundingRuleOf('hyperliquid'), 10);
    expect(a.rateSum).toBeCloseTo(0.4, 12);
  });
  it('ends mid-interval with a partial settlement', () => {
    const a = fundingOverHorizon(terms({ rate: 0.003 }), fundingRuleOf('binance-usdm'), 4);
    expect(a.rateSum).toBeCloseTo(0.0015, 15);
    expect(a.finalIntervalHours).toBe(8);
  });
  it('refuses a bad horizon or interval', () => {
    expect(() => fundingOverHorizon(terms({}), fundingRuleOf('okx'), -1)).toThrow(/horizonHours/);
    expect(() => fundingOverHorizon(terms({ intervalHours: 0 }), fundingRuleOf('okx'), 1)).toThrow(/intervalHours/);
  });
});

describe('defaultFundingTerms', () => {
  it("ships Bybit's per-symbol interval and limits (instruments-info, 2025-09-18)", () => {
    expect(defaultFundingTerms('bybit', 'BTCUSDT')).toMatchObject({
      intervalHours: 8,
      cap: 0.005,
      floor: -0.005,
      origin: 'shipped',
      asOf: '2025-09-18',
    });
    expect(defaultFundingTerms('bybit', 'DOGEUSDT')).toMatchObject({ intervalHours: 8, cap: 0.0058 });
  });
  it("Binance BTCUSDT's announced ±0.3 %; other symbols the venue default without a cap", () => {
    expect(defaultFundingTerms('binance-usdm', 'BTCUSDT')).toMatchObject({
      intervalHours: 8,
      cap: 0.003,
      floor: -0.003,
      origin: 'shipped',
    });
    expect(defaultFundingTerms('binance-usdm', 'SOLUSDT')).toMatchObject({
      intervalHours: 8,
      cap: null,
      floor: null,
      origin: 'default',
    });
    expect(defaultFundingTerms('okx', 'BTC-USDT-SWAP')).toMatchObject({
      intervalHours: 8,
      cap: null,
      origin: 'default',
    });
  });
});
