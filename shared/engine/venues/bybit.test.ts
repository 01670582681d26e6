import { describe, expect, it } from 'vitest';
import { assessAccount, type AccountSpec, type PositionSpec } from '../index';

const usdt = (over: Partial<PositionSpec>): PositionSpec => ({
  id: 'p',
  symbol: 'BTCUSDT',
  side: 'long',
  contract: 'linear',
  quantity: 1,
  entryPrice: 10000,
  markPrice: 10000,
  mmr: 0.005,
  ...over,
});
const iso = (p: PositionSpec): AccountSpec => ({
  venue: 'bybit',
  marginMode: 'isolated',
  walletBalance: 0,
  positions: [p],
});
const lp = (a: AccountSpec, i = 0) => assessAccount(a).positions[i].liquidationPrice;

describe('bybit linear (USDT): published worked examples', () => {
  it('long 1 BTC @ 10,000, 50x, MMR 0.5 % → 9,850 (help.bybit.com/hc/en-us/articles/900000181046)', () => {
    expect(lp(iso(usdt({ leverage: 50 })))).toBeCloseTo(9850, 9);
  });
  it('short 1 BTC @ 8,000, 40x, MMR 0.5 % → 8,160 (same article)', () => {
    expect(lp(iso(usdt({ side: 'short', entryPrice: 8000, markPrice: 8000, leverage: 40 })))).toBeCloseTo(8160, 9);
  });
  it('long 1 BTC @ 20,000, 50x: IM 400, MM 100, LP = 20,000 − 300 = 19,700 (bybit.com help "Liquidation Price (USDT Contract)")', () => {
    expect(lp(iso(usdt({ entryPrice: 20000, markPrice: 20000, leverage: 50 })))).toBeCloseTo(19700, 9);
  });
  it('short 1 BTC @ 20,000, 40x → 20,400 (Bybit article as mirrored at support.moonxbt.com/hc/ja/articles/5532119155343)', () => {
    expect(lp(iso(usdt({ side: 'short', entryPrice: 20000, markPrice: 20000, leverage: 40 })))).toBeCloseTo(20400, 9);
  });
  it('cross, one position: 2 BTC long @ 10,000, available 2,000 + IM 200, MM 100 → loss capacity 2,100 → LP 8,950 (help.bybit.com 900000181046, example 1)', () => {
    const acc: AccountSpec = {
      venue: 'bybit',
      marginMode: 'cross',
      walletBalance: 2200, // available balance 2,000 + position IM 200 (the example's uPnL is not collateral)
      positions: [usdt({ quantity: 2, markPrice: 10000 })],
    };
    expect(lp(acc)).toBeCloseTo(10000 - 2100 / 2, 9);
  });
  it('rounds to tick conservatively (long up)', () => {
    // 1 BTC @ 10,001, 50x: exact 10,001·(1 − 0.02 + 0.005) = 9851.0 − 0.015 = 9850.985 → tick 0.1 → 9851.0
    expect(lp(iso(usdt({ entryPrice: 10001, markPrice: 10001, leverage: 50, tickSize: 0.1 })))).toBe(9851);
  });
});

describe('bybit inverse: published worked examples', () => {
  it('cross: balance 0.5 BTC, long 10,000 BTCUSD @ 8,000, MM 0.5 %, fee 0.075 % → BP 5718.57, LP 5739.50 (help.bybit.com 360039261334)', () => {
    const acc: AccountSpec = {
      venue: 'bybit',
      marginMode: 'cross',
      walletBalance: 0.5,
      takerFeeRate: 0.00075,
      positions: [
        {
          id: 'p',
          symbol: 'BTCUSD',
          side: 'long',
          contract: 'inverse',
          quantity: 10000,
          contractSize: 1,
          entryPrice: 8000,
          markPrice: 8000,
          mmr: 0.005,
          tickSize: 0.5,
        },
      ],
    };
    const r = assessAccount(acc).positions[0];
    // Exact LP 5739.10 rounded UP to the 0.5 tick gives the published 5739.50.
    expect(r.liquidationPrice).toBe(5739.5);
    // BP = 1.00075 × 10,000 / (10,000/8,000 + 0.5) = 5718.57…, rounded up to the tick.
    expect(r.bankruptcyPrice).toBe(5719);
  });
  it('isolated: long 60,000 USD @ 50,000, 10x, MMR 0.5 %: LP = Qty / [PV + (IM − MM)] (bybit UTA isolated article, 2024 revision)', () => {
    const acc: AccountSpec = {
      venue: 'bybit',
      marginMode: 'isolated',
      walletBalance: 0,
      positions: [
        {
          id: 'p',
          symbol: 'BTCUSD',
          side: 'long',
          contract: 'inverse',
          quantity: 60000,
          contractSize: 1,
          entryPrice: 50000,
          markPrice: 50000,
          leverage: 10,
          mmr: 0.005,
        },
      ],
    };
    // PV = 1.2 BTC, IM = 0.12, MM = 0.006 → 60,000 / 1.314
    expect(lp(acc)).toBeCloseTo(60000 / (1.2 + 0.12 - 0.006), 7);
  });
  it('uses the shipped BTCUSD first tier (0.5 %) and refuses positions beyond its documented 300 BTC', () => {
    const p: PositionSpec = {
      id: 'p',
      symbol: 'BTCUSD',
      side: 'long',
      contract: 'inverse',
      quantity: 60000,
      contractSize: 1,
      entryPrice: 50000,
      markPrice: 50000,
      leverage: 10,
    };
    const acc: AccountSpec = { venue: 'bybit', marginMode: 'isolated', walletBalance: 0, positions: [p] };
    expect(lp(acc)).toBeCloseTo(60000 / (1.2 + 0.12 - 0.006), 7);
    expect(() => assessAccount({ ...acc, positions: [{ ...p, quantity: 20_000_000 }] })).toThrow(
      /positions\[0\]: notional .* exceeds the shipped bybit BTCUSD table/,
    );
  });
});
