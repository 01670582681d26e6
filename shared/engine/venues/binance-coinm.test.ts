import { describe, expect, it } from 'vitest';
import { assessAccount, type AccountSpec, type PositionSpec } from '../index';

const btcusd = (over: Partial<PositionSpec>): PositionSpec => ({
  id: 'p',
  symbol: 'BTCUSD_PERP',
  side: 'long',
  contract: 'inverse',
  quantity: 1,
  contractSize: 100,
  entryPrice: 45000,
  markPrice: 45000,
  ...over,
});

describe('binance-coinm', () => {
  it('Binance calculator: WB 101 BTC cross, long 100,000 BTCUSD contracts @ 45,000 → 33,599.40 (dev.binance.vision/t/6292)', () => {
    // https://dev.binance.vision/t/coin-margined-futures-liquidation-price-calculation-help-cm-variable/6292:
    // "The Binance Calculator is calculating the Liquidation Price as $33,599.40". The bracket at
    // LP (~298 BTC) is the 12.5 % one; the FAQ (https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46)
    // gives "if the BTCUSD contract position is 300 BTC, the Maintenance Amount would be 11.605 BTC".
    const acc: AccountSpec = {
      venue: 'binance-coinm',
      marginMode: 'cross',
      walletBalance: 101,
      positions: [btcusd({ quantity: 100_000, mmr: 0.125, maintenanceAmount: 11.605 })],
    };
    // Exact: 10,000,000 × 1.125 / (101 + 11.605 + 10,000,000/45,000) = 33,599.4187…; the
    // calculator shows 33,599.40, i.e. cut to BTCUSD's 0.1 tick. We round a long's LP UP
    // (conservative), so with tickSize 0.1 we report 33,599.5 — one tick from Binance's figure.
    const exact = (10_000_000 * 1.125) / (101 + 11.605 + 10_000_000 / 45000);
    const lp = assessAccount(acc).positions[0].liquidationPrice as number;
    expect(Math.abs(lp - 33599.4)).toBeLessThan(0.1);
    expect(lp).toBeCloseTo(exact, 7);
    const ticked = assessAccount({ ...acc, positions: [{ ...acc.positions[0], tickSize: 0.1 }] }).positions[0];
    expect(ticked.liquidationPrice).toBe(33599.5);
  });

  it('FAQ maintenance example: 100 BTCUSD contracts at mark 25,000 → 0.4 BTC notional, MM = 0.0016 BTC (shipped table, level 1)', () => {
    const acc: AccountSpec = {
      venue: 'binance-coinm',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [btcusd({ quantity: 100, entryPrice: 25000, markPrice: 25000, leverage: 10 })],
    };
    const r = assessAccount(acc).positions[0];
    expect(r.notional).toBeCloseTo(0.4, 12);
    expect(r.maintenanceMargin).toBeCloseTo(0.0016, 12);
  });

  it('isolated short, published formula written out: LP = (Q·MMR − Q) / (WB + cum − Q/EP)', () => {
    // Q = 50 contracts × 100 USD = 5,000 USD; EP 40,000; isolated WB 0.025 BTC (5x); MMR 0.4 %, cum 0.
    const acc: AccountSpec = {
      venue: 'binance-coinm',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [
        btcusd({ side: 'short', quantity: 50, entryPrice: 40000, markPrice: 40000, isolatedMargin: 0.025, mmr: 0.004 }),
      ],
    };
    const expected = (5000 * 0.004 - 5000) / (0.025 + 0 - 5000 / 40000); // 49,800
    const lp = assessAccount(acc).positions[0].liquidationPrice as number;
    expect(lp).toBeLessThanOrEqual(expected);
    expect(lp).toBeCloseTo(expected, 7);
  });

  it('hedge mode in cross: LONG and SHORT legs share one LP (published formula with L and S terms)', () => {
    const acc: AccountSpec = {
      venue: 'binance-coinm',
      marginMode: 'cross',
      positionMode: 'hedge',
      walletBalance: 0.2,
      positions: [
        btcusd({ id: 'L', quantity: 300, entryPrice: 30000, markPrice: 30000, mmr: 0.004 }),
        btcusd({ id: 'S', side: 'short', quantity: 100, entryPrice: 31000, markPrice: 30000, mmr: 0.004 }),
      ],
    };
    // LP = (L·MMR_L + S·MMR_S + L − S) / (WB + cumL + cumS + L/EPL − S/EPS), L = 30,000, S = 10,000 USD
    const expected = (30000 * 0.004 + 10000 * 0.004 + 30000 - 10000) / (0.2 + 0 + 0 + 30000 / 30000 - 10000 / 31000);
    const r = assessAccount(acc).positions;
    expect(r[0].liquidationPrice).toBeCloseTo(expected, 6);
    expect(r[1].liquidationPrice).toBe(r[0].liquidationPrice);
  });

  it('equity and uPnL in coin: uPnL = side·Q·(1/EP − 1/mark)', () => {
    const acc: AccountSpec = {
      venue: 'binance-coinm',
      marginMode: 'cross',
      walletBalance: 1,
      positions: [btcusd({ quantity: 10, entryPrice: 40000, markPrice: 50000, mmr: 0.004 })],
    };
    const r = assessAccount(acc);
    expect(r.positions[0].unrealizedPnl).toBeCloseTo(1000 * (1 / 40000 - 1 / 50000), 15);
    expect(r.equity).toBeCloseTo(1 + 1000 * (1 / 40000 - 1 / 50000), 15);
  });
});
